import { describe, expect, it } from 'vitest';
import { inviteFileName, inviteIcs, inviteToken } from './invite.ts';

describe('the follow-up invite', () => {
  it("carries the participant link this tab knows, else the sender's own link below facilitator, never the facilitator's or a grant", () => {
    expect(inviteToken('facilitator', 'f-token', 'p-token')).toBe('p-token');
    expect(inviteToken('facilitator', 'f-token', undefined)).toBeNull();
    expect(inviteToken('participant', 'p-token', undefined)).toBe('p-token');
    expect(inviteToken('observer', 'o-token', undefined)).toBe('o-token');
    expect(inviteToken('participant', 'w1.participant.sig', undefined)).toBeNull();
    expect(inviteToken('participant', null, undefined)).toBeNull();
  });

  it('names the file after the postmortem', () => {
    expect(inviteFileName('Checkout API: 5xx after a pool change')).toBe(
      'followup-review-checkout-api-5xx-after-a-pool-change.ics',
    );
    expect(inviteFileName('???')).toBe('followup-review.ics');
  });

  it('lists only the actions not done, with the board link', () => {
    const ics = inviteIcs({
      boardId: 'abcdEFGH1234',
      host: 'pm.example.com',
      title: 'Checkout outage',
      followUp: {
        date: '2026-12-01',
        time: '10:00',
        durationMinutes: 30,
        timeZone: 'UTC',
        revision: 2,
      },
      boardUrl: 'https://pm.example.com/b/abcdEFGH1234',
      actions: [
        { title: 'Alert on pool saturation', owner: 'Pat', due: '2026-11-30', status: 'open' },
        { title: 'Runbook for pool changes', status: 'done' },
      ],
      now: Date.parse('2026-11-20T09:00:00Z'),
    });
    const text = ics.replace(/\r\n /g, '');
    expect(text).toContain('SUMMARY:Follow-up review: Checkout outage');
    expect(text).toContain('DTSTART:20261201T100000Z');
    expect(text).toContain('UID:abcdEFGH1234-followup@pm.example.com');
    expect(text).toContain('Alert on pool saturation (owner: Pat\\, due 2026-11-30)');
    expect(text).not.toContain('Runbook');
    expect(text).toContain('SEQUENCE:2');
    expect(text).toContain('URL:https://pm.example.com/b/abcdEFGH1234');
  });
});
