import { describe, expect, it } from 'vitest';
import type { ActionHistoryEntry } from '@hindsight/shared';
import { historyLine } from './actionHistory.ts';

const entry = (patch: Partial<ActionHistoryEntry>): ActionHistoryEntry => ({
  at: '2026-03-04T14:05:09.000Z',
  field: 'status',
  from: 'open',
  to: 'done',
  by: { kind: 'person', id: 'p1', name: 'Dana Ops' },
  via: 'api',
  ...patch,
});

describe('an action’s history as the ledger shows it', () => {
  it('says who changed what, from and to, when and where', () => {
    expect(historyLine(entry({}))).toEqual({
      when: '2026-03-04 14:05 UTC',
      who: 'Dana Ops',
      what: 'Status',
      from: 'Open',
      to: 'Done',
      where: 'in the ledger',
    });
  });

  it('names an unnamed changer by kind, and shows nothing as a dash', () => {
    const line = historyLine(
      entry({
        field: 'owner',
        from: null,
        to: 'Eli',
        by: { kind: 'token', id: 't', name: null },
        via: 'board',
      }),
    );
    expect(line).toMatchObject({
      who: 'An API token',
      from: '—',
      to: 'Eli',
      where: 'on the board',
    });
    expect(historyLine(entry({ field: 'accepted', from: 'false', to: 'true' }))).toMatchObject({
      from: 'no',
      to: 'yes',
    });
  });
});
