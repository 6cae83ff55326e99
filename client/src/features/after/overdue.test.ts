import { describe, expect, it } from 'vitest';
import { dueText, isOverdue, todayIn } from './overdue.ts';

describe('overdue actions', () => {
  it('takes today in the incident time zone', () => {
    const now = Date.parse('2026-11-20T23:30:00Z');
    expect(todayIn('UTC', now)).toBe('2026-11-20');
    expect(todayIn('Europe/Berlin', now)).toBe('2026-11-21');
    expect(todayIn('America/New_York', now)).toBe('2026-11-20');
  });

  it('is an action not done, due before today', () => {
    expect(isOverdue({ status: 'open', due: '2026-11-19' }, '2026-11-20')).toBe(true);
    expect(isOverdue({ status: 'in progress', due: '2026-11-19' }, '2026-11-20')).toBe(true);
    expect(isOverdue({ status: 'open', due: '2026-11-20' }, '2026-11-20')).toBe(false);
    expect(isOverdue({ status: 'done', due: '2026-11-01' }, '2026-11-20')).toBe(false);
    expect(isOverdue({ status: 'open' }, '2026-11-20')).toBe(false);
  });

  it("counts a won't do as overdue until the facilitator or an admin accepts it", () => {
    const due = '2026-11-01';
    expect(isOverdue({ status: "won't do", due }, '2026-11-20')).toBe(true);
    expect(isOverdue({ status: "won't do", accepted: true, due }, '2026-11-20')).toBe(false);
    expect(isOverdue({ status: 'blocked', due }, '2026-11-20')).toBe(true);
  });

  it('says how far off the due date is', () => {
    expect(dueText({ status: 'open', due: '2026-11-20' }, '2026-11-20')).toBe('Due today');
    expect(dueText({ status: 'open', due: '2026-11-21' }, '2026-11-20')).toBe('Due tomorrow');
    expect(dueText({ status: 'open', due: '2026-12-01' }, '2026-11-20')).toBe('Due in 11 days');
    expect(dueText({ status: 'open', due: '2026-11-19' }, '2026-11-20')).toBe('1 day overdue');
    expect(dueText({ status: 'open', due: '2026-10-31' }, '2026-11-20')).toBe('20 days overdue');
    expect(dueText({ status: 'done', due: '2026-10-31' }, '2026-11-20')).toBeNull();
  });
});
