import { describe, expect, it } from 'vitest';
import {
  addDays,
  defaultFollowUp,
  followUpText,
  lengthLabel,
  reviewScopeText,
} from './schedule.ts';

const now = Date.parse('2026-11-20T09:00:00Z');

describe('the follow-up proposal', () => {
  it('is two weeks out at 10:00 in the zone given', () => {
    expect(defaultFollowUp(now, 'Europe/Berlin', [])).toEqual({
      date: '2026-12-04',
      time: '10:00',
      durationMinutes: 30,
      timeZone: 'Europe/Berlin',
    });
  });

  it('waits for the last due date when it is later', () => {
    expect(defaultFollowUp(now, 'UTC', ['2026-11-25', undefined, '2027-01-10']).date).toBe(
      '2027-01-11',
    );
    expect(defaultFollowUp(now, 'UTC', ['2026-11-25']).date).toBe('2026-12-04');
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});

describe('the follow-up as text', () => {
  it('gives the day, the wall-clock start and end, and the zone', () => {
    expect(
      followUpText({
        date: '2026-12-01',
        time: '10:00',
        durationMinutes: 45,
        timeZone: 'America/New_York',
      }),
    ).toMatch(/^Tuesday,? 1 December 2026, 10:00–10:45 \(America\/New York\)$/);
  });
});

describe('what the review will check', () => {
  it('counts a won\u2019t do as resolved only once it is accepted', () => {
    const done = { status: 'done' as const };
    const refused = { status: "won't do" as const, accepted: false };
    const accepted = { status: "won't do" as const, accepted: true };
    expect(reviewScopeText([done, refused])).toMatch(/^1 open action to review/);
    expect(reviewScopeText([done, accepted])).toMatch(/^Every action is resolved/);
  });

  it('does not call an empty list resolved', () => {
    expect(reviewScopeText([])).toMatch(/^No actions yet/);
  });

  it('says how many are open', () => {
    const open = { status: 'open' as const };
    const blocked = { status: 'blocked' as const };
    expect(reviewScopeText([open, blocked])).toMatch(/^2 open actions to review/);
  });
});

describe('the review length', () => {
  it('reads in whole units, an hour and a half as 1 h 30 min', () => {
    expect([30, 45, 60, 90, 120].map(lengthLabel)).toEqual([
      '30 min',
      '45 min',
      '1 h',
      '1 h 30 min',
      '2 h',
    ]);
  });
});
