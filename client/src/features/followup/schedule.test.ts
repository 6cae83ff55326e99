import { describe, expect, it } from 'vitest';
import { addDays, defaultFollowUp, followUpText } from './schedule.ts';

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
