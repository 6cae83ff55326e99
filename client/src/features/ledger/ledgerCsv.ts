/**
 * The ledger's current view as CSV, through the export's cell guard (shared csvRows): a
 * cell a spreadsheet would run as a formula is defused. Pure.
 */
import { csvRows, type LedgerAction } from '@hindsight/shared';

export const LEDGER_CSV_COLUMNS = [
  'Action',
  'Postmortem',
  'Owner',
  'Due',
  'Priority',
  'Status',
  'Reason',
  'Ticket',
  'Severity',
  'Services',
  'Created',
] as const;

export function ledgerCsv(items: readonly LedgerAction[]): string {
  return csvRows([
    [...LEDGER_CSV_COLUMNS],
    ...items.map((a) => [
      a.title,
      a.postmortemTitle,
      a.owner ?? '',
      a.due ?? '',
      a.priority ?? '',
      a.status,
      a.reason ?? '',
      a.ticket ?? '',
      a.severity ?? '',
      a.services.join('; '),
      a.createdAt.slice(0, 10),
    ]),
  ]);
}
