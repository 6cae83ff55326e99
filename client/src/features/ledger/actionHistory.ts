/**
 * An action's history as the ledger shows it: one line per change, who made it, when,
 * what it changed from and to, and where. Pure.
 */
import type { ActionHistoryEntry, ActionItemStatus } from '@hindsight/shared';
import { STATUS_LABELS } from '../actions/StatusSelect.tsx';

const FIELD_LABELS: Readonly<Record<ActionHistoryEntry['field'], string>> = {
  status: 'Status',
  owner: 'Owner',
  due: 'Due',
  reason: 'Reason',
  accepted: "Won't do accepted",
};

/** A value as a person reads it: a status by its label, nothing as "—". */
function valueText(field: ActionHistoryEntry['field'], value: string | null): string {
  if (value === null || value === '') return '—';
  if (field === 'status') return STATUS_LABELS[value as ActionItemStatus] ?? value;
  if (field === 'accepted') return value === 'true' ? 'yes' : 'no';
  return value;
}

export interface HistoryLine {
  readonly when: string;
  readonly who: string;
  readonly what: string;
  readonly from: string;
  readonly to: string;
  readonly where: string;
}

/** `2026-03-04 14:05 UTC`: the same for everyone reading the ledger. */
export function historyTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

export function historyLine(entry: ActionHistoryEntry): HistoryLine {
  const { by } = entry;
  const who =
    by.name ??
    (by.kind === 'token' ? 'An API token' : by.kind === 'member' ? 'A member' : 'Someone');
  return {
    when: historyTime(entry.at),
    who,
    what: FIELD_LABELS[entry.field],
    from: valueText(entry.field, entry.from),
    to: valueText(entry.field, entry.to),
    where: entry.via === 'board' ? 'on the board' : 'in the ledger',
  };
}
