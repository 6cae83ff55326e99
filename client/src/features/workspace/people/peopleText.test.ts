import { describe, expect, it } from 'vitest';
import { linkOutcome } from './peopleText.ts';

const invitation = {
  id: 'i',
  email: 'sam@example.com',
  role: 'member',
  invitedBy: null,
  createdAt: 0,
  expiresAt: 1,
  state: 'pending',
} as const;

describe('what the admin is told about an invitation link', () => {
  it('says the mail failed, why, and that the invitation is kept', () => {
    const told = linkOutcome({
      invitation,
      link: 'x',
      mail: { sent: false, reason: 'failed', detail: '550 Mailbox unavailable' },
    });
    expect(told.tone).toBe('problem');
    expect(told.text).toContain('550 Mailbox unavailable');
    expect(told.text).toContain('The invitation is kept');
  });

  it('says when it was mailed, when mail is not set up, and when a link replaced another', () => {
    expect(linkOutcome({ invitation, link: 'x', mail: { sent: true, reason: 'sent' } }).text).toBe(
      'Invitation mailed to sam@example.com.',
    );
    expect(
      linkOutcome({ invitation, link: 'x', mail: { sent: false, reason: 'not-configured' } }).text,
    ).toContain('does not send mail');
    expect(linkOutcome({ invitation, link: 'x', mail: null }).text).toContain('no longer works');
  });
});
