import { describe, expect, it } from 'vitest';
import { bulkSummary } from './bulkSummary.ts';

describe('bulkSummary', () => {
  it('counts the changed actions when none was refused', () => {
    expect(bulkSummary(3, [])).toBe('3 changed.');
    expect(bulkSummary(0, [])).toBe('0 changed.');
  });

  it('names each refused action with the reason the server gave', () => {
    expect(
      bulkSummary(3, [
        {
          title: 'Runbook',
          why: 'Only the owner, the facilitator or an admin may change this action.',
        },
      ]),
    ).toBe(
      '3 changed, 1 refused: “Runbook”: Only the owner, the facilitator or an admin may change this action.',
    );
    expect(
      bulkSummary(0, [
        { title: 'A', why: 'Not allowed.' },
        { title: 'B', why: 'not changed' },
      ]),
    ).toBe('0 changed, 2 refused: “A”: Not allowed; “B”: not changed.');
  });
});
