import { INCIDENT_DEFAULTS, IncidentValidationError, checkIncidentPatch } from '@hindsight/shared';
import { describe, expect, it } from 'vitest';
import { issuesFor, patchFor, readCount, refusal } from './factPatch.ts';

describe('facts fields', () => {
  it('read counts with thousands separators, blanks as null, and pass anything else on', () => {
    expect(readCount(' 18,400 ')).toBe(18400);
    expect(readCount('')).toBeNull();
    expect(readCount('lots')).toBe('lots');
  });

  it('build a patch for a top-level or an impact field', () => {
    expect(patchFor('title', 'Checkout down')).toEqual({ title: 'Checkout down' });
    expect(patchFor('impact.usersAffected', '1 200')).toEqual({ impact: { usersAffected: 1200 } });
    expect(patchFor('impact.revenueLost', 'USD 5k')).toEqual({ impact: { revenueLost: 'USD 5k' } });
  });

  it('show the shared model’s message for a bad value next to its field', () => {
    let error: unknown;
    try {
      checkIncidentPatch(INCIDENT_DEFAULTS, patchFor('impact.usersAffected', 'lots'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IncidentValidationError);
    expect(refusal(error, 'impact.usersAffected')).toBe('Users affected must be a number');
  });

  it('pick the issues of the field, or all when none is its own', () => {
    const issues = [
      { path: 'links.1.url', message: 'Link 2: bad' },
      { path: 'title', message: 'Title too long' },
    ];
    expect(issuesFor(issues, 'links')).toEqual(['Link 2: bad']);
    expect(issuesFor(issues, 'summary')).toEqual(['Link 2: bad', 'Title too long']);
  });
});
