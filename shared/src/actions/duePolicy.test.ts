import { describe, expect, it } from 'vitest';
import { localDate } from '../reminders/schedule.ts';
import {
  DEFAULT_DUE_POLICY,
  defaultDue,
  dueDefaultFor,
  dueDefaultNote,
  DuePolicySchema,
  policySpan,
} from './duePolicy.ts';

describe('the due-date policy', () => {
  it('gives a new action its severity’s days from the incident’s date', () => {
    expect(defaultDue('SEV1', DEFAULT_DUE_POLICY, '2026-11-20')).toBe('2026-12-18');
    expect(defaultDue('SEV2', DEFAULT_DUE_POLICY, '2026-11-20')).toBe('2027-01-15');
  });

  it('gives none without a severity, without a policy, or for a severity the policy leaves out', () => {
    expect(defaultDue(null, DEFAULT_DUE_POLICY, '2026-11-20')).toBeUndefined();
    expect(defaultDue(undefined, DEFAULT_DUE_POLICY, '2026-11-20')).toBeUndefined();
    expect(defaultDue('SEV1', null, '2026-11-20')).toBeUndefined();
    expect(defaultDue('SEV3', { SEV1: 7 }, '2026-11-20')).toBeUndefined();
  });

  it('counts calendar days: month and year ends, a leap day, and a daylight saving change', () => {
    const policy = { SEV1: 1, SEV2: 28 };
    expect(defaultDue('SEV1', policy, '2026-12-31')).toBe('2027-01-01');
    expect(defaultDue('SEV1', policy, '2028-02-28')).toBe('2028-02-29');
    expect(defaultDue('SEV1', policy, '2027-02-28')).toBe('2027-03-01');
    // The US changes its clocks on 2026-03-08; a date is still a date.
    expect(defaultDue('SEV2', policy, '2026-03-07')).toBe('2026-04-04');
  });

  it('starts from today in the incident’s zone: one instant is two dates across the world', () => {
    const instant = Date.parse('2026-03-08T23:30:00Z');
    const policy = { SEV1: 1 };
    expect(defaultDue('SEV1', policy, localDate(instant, 'America/Los_Angeles'))).toBe(
      '2026-03-09',
    );
    expect(defaultDue('SEV1', policy, localDate(instant, 'Asia/Tokyo'))).toBe('2026-03-10');
  });

  it('accepts whole days from 1 to 3650 per known severity', () => {
    expect(DuePolicySchema.parse({ SEV1: 14 })).toEqual({ SEV1: 14 });
    expect(DuePolicySchema.parse(undefined)).toEqual({});
    for (const bad of [{ SEV1: 0 }, { SEV1: 1.5 }, { SEV1: 3651 }, { SEV9: 3 }, { SEV1: '7' }]) {
      expect(DuePolicySchema.safeParse(bad).success).toBe(false);
    }
  });
});

describe('the default due date of a new action', () => {
  const given = { due: '2027-01-15', severity: 'SEV2', days: 56 } as const;

  it('is given to an action with no due date, from the severity’s days', () => {
    expect(dueDefaultFor({}, 'SEV2', DEFAULT_DUE_POLICY, '2026-11-20')).toEqual(given);
  });

  it('is never given over a person’s date, nor twice: a cleared default stays cleared', () => {
    expect(dueDefaultFor({ due: '2026-12-01' }, 'SEV2', DEFAULT_DUE_POLICY, '2026-11-20')).toBe(
      null,
    );
    expect(dueDefaultFor({ dueDefault: given }, 'SEV2', DEFAULT_DUE_POLICY, '2026-11-20')).toBe(
      null,
    );
  });

  it('is none without a severity or days for it', () => {
    expect(dueDefaultFor({}, null, DEFAULT_DUE_POLICY, '2026-11-20')).toBe(null);
    expect(dueDefaultFor({}, 'SEV3', { SEV1: 7 }, '2026-11-20')).toBe(null);
  });

  it('is explained beside the date only while the date is the one the policy gave', () => {
    expect(dueDefaultNote({ due: '2027-01-15', dueDefault: given })).toBe('SEV2 policy, 8 weeks');
    expect(dueDefaultNote({ due: '2027-01-16', dueDefault: given })).toBe(null);
    expect(dueDefaultNote({ dueDefault: given })).toBe(null);
    expect(dueDefaultNote({ due: '2027-01-15' })).toBe(null);
  });

  it('says weeks when the days are whole weeks', () => {
    expect([1, 7, 10, 56].map(policySpan)).toEqual(['1 day', '1 week', '10 days', '8 weeks']);
  });
});
