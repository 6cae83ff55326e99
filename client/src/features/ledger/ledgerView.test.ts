import { describe, expect, it } from 'vitest';
import { apiQuery, EMPTY_VIEW, formatLedgerView, parseLedgerView, weekOf } from './ledgerView.ts';

describe('the ledger view in the URL', () => {
  it('round-trips every filter, and drops values it does not know', () => {
    const view = {
      ...EMPTY_VIEW,
      owner: 'me',
      status: "won't do" as const,
      overdue: true,
      week: true,
      severity: 'SEV1',
      service: 'checkout',
    };
    expect(parseLedgerView(formatLedgerView(view))).toEqual(view);
    expect(parseLedgerView('?status=parked&severity=SEV9&overdue=yes')).toEqual(EMPTY_VIEW);
    expect(formatLedgerView(EMPTY_VIEW)).toBe('');
  });

  it('asks the API for Monday to Sunday when the view is "due this week"', () => {
    // Wednesday 2026-12-09.
    expect(weekOf(Date.parse('2026-12-09T10:00:00Z'))).toEqual({
      from: '2026-12-07',
      to: '2026-12-13',
    });
    expect(weekOf(Date.parse('2026-12-13T23:00:00Z'))).toEqual({
      from: '2026-12-07',
      to: '2026-12-13',
    });
    const q = apiQuery({ ...EMPTY_VIEW, week: true }, Date.parse('2026-12-09T10:00:00Z'), null);
    expect(q).toBe('dueFrom=2026-12-07&dueTo=2026-12-13');
  });
});
