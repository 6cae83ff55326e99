/**
 * The mail Hindsight sends, as pure functions of what goes in it: an invitation and a
 * password reset, each in plain text and HTML. Every value that came from a person (a
 * name, an email) or from the configuration (the origin) is escaped in the HTML, so none
 * can add markup or a link; the subject holds no such value.
 */
import { escapeHtml, type WorkspaceRole } from '@hindsight/shared';
import type { MailMessage } from './mailer.ts';

/** What each role may do, in the words of an invitation. */
const ROLE_WORDS: Record<WorkspaceRole, string> = {
  admin: 'an admin (people, settings and API tokens, besides postmortems)',
  member: 'a member (you can create and run postmortems)',
  viewer: 'a viewer (you can read the postmortems)',
};

/** A moment as people read it in mail, in UTC since we do not know their time zone. */
export function mailTime(at: number): string {
  return new Date(at).toUTCString().replace(/GMT$/, 'UTC');
}

export interface InvitationMailInput {
  readonly to: string;
  /** The admin who invited, as the workspace knows them. */
  readonly inviterName: string;
  readonly role: WorkspaceRole;
  /** The page that accepts it, with the token in its fragment. */
  readonly link: string;
  /** The workspace's origin, so the reader knows which Hindsight this is. */
  readonly origin: string;
  readonly expiresAt: number;
}

export function invitationMail(m: InvitationMailInput): MailMessage {
  const until = mailTime(m.expiresAt);
  const text = [
    `${m.inviterName} invited you to the Hindsight workspace at ${m.origin} as ${ROLE_WORDS[m.role]}.`,
    '',
    'Accept the invitation and choose your password here:',
    m.link,
    '',
    `The link works once, until ${until}.`,
    'If you did not expect this invitation, ignore this message.',
  ].join('\n');
  const html = page([
    `<p>${escapeHtml(m.inviterName)} invited you to the Hindsight workspace at ${escapeHtml(m.origin)} as ${escapeHtml(ROLE_WORDS[m.role])}.</p>`,
    `<p><a href="${escapeHtml(m.link)}">Accept the invitation and choose your password</a></p>`,
    `<p>The link works once, until ${escapeHtml(until)}. If you did not expect this invitation, ignore this message.</p>`,
  ]);
  return { to: m.to, subject: 'You are invited to Hindsight', text, html };
}

export interface PasswordResetMailInput {
  readonly to: string;
  readonly link: string;
  readonly origin: string;
  readonly expiresAt: number;
}

export function passwordResetMail(m: PasswordResetMailInput): MailMessage {
  const until = mailTime(m.expiresAt);
  const text = [
    `Someone asked to reset the password of your Hindsight account at ${m.origin}.`,
    '',
    'Choose a new password here:',
    m.link,
    '',
    `The link works once, until ${until}. Setting a new password signs you out everywhere else.`,
    'If you did not ask for this, ignore this message: your password stays as it is.',
  ].join('\n');
  const html = page([
    `<p>Someone asked to reset the password of your Hindsight account at ${escapeHtml(m.origin)}.</p>`,
    `<p><a href="${escapeHtml(m.link)}">Choose a new password</a></p>`,
    `<p>The link works once, until ${escapeHtml(until)}. Setting a new password signs you out everywhere else.</p>`,
    '<p>If you did not ask for this, ignore this message: your password stays as it is.</p>',
  ]);
  return { to: m.to, subject: 'Reset your Hindsight password', text, html };
}

function page(paragraphs: readonly string[]): string {
  return `<!doctype html>\n<html><body>\n${paragraphs.join('\n')}\n</body></html>\n`;
}
