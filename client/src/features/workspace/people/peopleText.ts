import type { InvitationLinkResponse, MailOutcome, WorkspaceRole } from '@hindsight/shared';

export const ROLE_LABELS: Record<WorkspaceRole, string> = {
  admin: 'Admin',
  member: 'Member',
  viewer: 'Viewer',
};

/** A moment on the People page: date and time in the reader's own zone. */
export function shortTime(at: number): string {
  return new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** What the admin is told about an invitation link they were just given. */
export function linkOutcome({ invitation, mail }: InvitationLinkResponse): {
  readonly tone: 'ok' | 'problem';
  readonly text: string;
} {
  return mailSentence(invitation.email, mail);
}

function mailSentence(
  email: string,
  mail: MailOutcome | null,
): { tone: 'ok' | 'problem'; text: string } {
  if (mail === null)
    return {
      tone: 'ok',
      text: `A new link for ${email}: the one before no longer works. Pass it on.`,
    };
  switch (mail.reason) {
    case 'sent':
      return { tone: 'ok', text: `Invitation mailed to ${email}.` };
    case 'not-configured':
      return {
        tone: 'ok',
        text: `This workspace does not send mail: pass this link on to ${email}.`,
      };
    case 'failed':
      return {
        tone: 'problem',
        text: `The mail to ${email} could not be sent (${mail.detail}). The invitation is kept: pass this link on instead.`,
      };
  }
}
