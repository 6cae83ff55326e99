import { describe, expect, it } from 'vitest';
import { dueText, isOverdue, pastDueWarning, todayIn } from './due.ts';

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

describe('a due date entered in the past', () => {
  it('is said at entry, in days, and today or later is not', () => {
    expect(pastDueWarning('2026-12-06', '2026-12-07')).toBe(
      'In the past: yesterday. The action will show as overdue.',
    );
    expect(pastDueWarning('2026-11-30', '2026-12-07')).toBe(
      'In the past: 7 days ago. The action will show as overdue.',
    );
    expect(pastDueWarning('2026-12-07', '2026-12-07')).toBeNull();
    expect(pastDueWarning('2027-01-02', '2026-12-07')).toBeNull();
    expect(pastDueWarning('', '2026-12-07')).toBeNull();
  });
});
