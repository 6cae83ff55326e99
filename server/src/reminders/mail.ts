/**
 * A reminder by mail, in plain text and HTML: the actions with their links in the ledger,
 * and a link that mutes the reader's reminders without signing in. Every value a person
 * wrote is escaped in the HTML.
 */
import { escapeHtml } from '@hindsight/shared';
import type { MailMessage } from '../workspace/mail/mailer.ts';
import { actionLine, actionLink, headline, postmortemLink } from './content.ts';
import type { SendContent } from './reminderStore.ts';

export interface ReminderMailInput {
  readonly to: string;
  readonly name: string;
  readonly content: SendContent;
  readonly origin: string;
  /** The page that mutes this person's reminders (its token signed for them alone). */
  readonly muteLink: string;
}

export function reminderMail({
  to,
  name,
  content,
  origin,
  muteLink,
}: ReminderMailInput): MailMessage {
  const { subject, lead } = headline(content);
  const about = content.postmortem && postmortemLink(origin, content.postmortem.boardId);
  const text = [
    `Hello ${name},`,
    '',
    lead,
    '',
    ...content.actions.flatMap((a) => [`- ${actionLine(a)}`, `  ${actionLink(origin, a)}`]),
    ...(about ? [about] : []),
    '',
    `Mute these reminders: ${muteLink}`,
  ].join('\n');
  const items = content.actions.map(
    (a) =>
      `<li><a href="${escapeHtml(actionLink(origin, a))}">${escapeHtml(actionLine(a))}</a></li>`,
  );
  const html = `<!doctype html>
<html><body>
<p>Hello ${escapeHtml(name)},</p>
<p>${escapeHtml(lead)}</p>
<ul>
${items.join('\n')}
</ul>
${about ? `<p><a href="${escapeHtml(about)}">Open it in the ledger</a></p>\n` : ''}<p><a href="${escapeHtml(muteLink)}">Mute these reminders</a></p>
</body></html>
`;
  return { to, subject, text, html };
}
