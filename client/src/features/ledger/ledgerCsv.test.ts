import { describe, expect, it } from 'vitest';
import type { LedgerAction } from '@hindsight/shared';
import { ledgerCsv } from './ledgerCsv.ts';

const action: LedgerAction = {
  id: 'Action0000000001',
  boardId: 'Board00000000001',
  postmortemTitle: 'Checkout, again',
  title: '=HYPERLINK("http://evil")',
  owner: '@Pat',
  ownerPersonId: null,
  due: '2026-12-01',
  priority: 'high',
  status: 'blocked',
  reason: 'vendor',
  accepted: false,
  resolved: false,
  ticket: null,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
  severity: 'SEV1',
  services: ['checkout', 'payments'],
};

describe('ledgerCsv', () => {
  it('defuses formula cells and quotes commas, as the export does', () => {
    const [head, row] = ledgerCsv([action]).split('\r\n');
    expect(head).toMatch(/^Action,Postmortem,Owner,Due/);
    expect(row).toBe(
      `"'=HYPERLINK(""http://evil"")","Checkout, again",'@Pat,2026-12-01,high,blocked,vendor,,SEV1,checkout; payments,2026-11-01`,
    );
  });
});
