/**
 * The action ledger's rows behind one interface, with a SQLite and a Postgres
 * implementation that one contract suite checks (test/ledgerContract.ts). What both
 * share lives here: the filters as SQL and a stored row read back.
 */
import {
  DEFAULT_SEVERITIES,
  type ActionItemStatus,
  type KeptAction,
  type Severity,
} from '@hindsight/shared';
import type { Fence } from '../cluster/leases.ts';

/** An action as the ledger keeps it (projection.ts writes these from the board docs). */
export interface LedgerRow {
  readonly boardId: string;
  readonly actionId: string;
  readonly title: string;
  readonly owner: string | null;
  /** The owner's names, folded (actions/ownerMatch.ts), for the owner filter. */
  readonly ownerNames: readonly string[];
  readonly ownerPersonId: string | null;
  readonly due: string | null;
  readonly priority: 'high' | 'medium' | 'low' | null;
  readonly status: ActionItemStatus;
  readonly reason: string | null;
  readonly accepted: boolean;
  readonly resolved: boolean;
  readonly ticket: string | null;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** A row with its postmortem's facts, as the list answers it. */
export interface LedgerListed extends LedgerRow {
  /**
   * The date (`YYYY-MM-DD`, UTC) the server first saw it resolved; null while it is not,
   * and for actions resolved before the ledger kept the date.
   */
  readonly resolvedOn: string | null;
  readonly postmortemTitle: string;
  readonly severity: string | null;
  readonly services: string[];
}

export interface LedgerFilters {
  /** A name in the owner text, folded. */
  readonly ownerName?: string | undefined;
  /** With `ownerName`: the person chosen as owner, or (when none was chosen) the name. */
  readonly ownerPersonId?: string | undefined;
  readonly status?: ActionItemStatus | undefined;
  /** Overdue (true) or not (false) as of this date, `YYYY-MM-DD`. */
  readonly overdue?: { readonly today: string; readonly is: boolean } | undefined;
  readonly dueFrom?: string | undefined;
  readonly dueTo?: string | undefined;
  readonly severity?: string | undefined;
  readonly service?: string | undefined;
  readonly boardId?: string | undefined;
}

/** Where a page starts: after this action in (due, board, action) order. */
export interface LedgerPosition {
  readonly dueKey: string;
  readonly boardId: string;
  readonly actionId: string;
}

/** One change of an action, with who made it and where. */
export interface HistoryRecord {
  readonly boardId: string;
  readonly actionId: string;
  readonly at: number;
  readonly field: 'status' | 'owner' | 'due' | 'reason' | 'accepted';
  readonly from: string | null;
  readonly to: string | null;
  readonly byKind: 'person' | 'member' | 'token' | 'tracker' | 'unknown';
  readonly byId: string | null;
  readonly byName: string | null;
  readonly via: 'api' | 'board' | 'tracker';
}

export interface LedgerStore {
  /**
   * Replaces a board's actions with `rows`, in one transaction. An action resolved now
   * keeps the date it was first seen resolved, or gets `today` (`YYYY-MM-DD`). With a
   * `fence` (the board's owner projecting), refused unless the board's lease is still at
   * that epoch (a StaleLeaseError, nothing written), as the board's docs are.
   */
  replaceBoardActions(
    boardId: string,
    rows: readonly LedgerRow[],
    fence?: Fence,
    today?: string,
  ): Promise<void>;
  /** What the on-time rate needs of every action (actions/onTime.ts). */
  actionFacts(): Promise<KeptAction[]>;
  /** A workspace setting's stored JSON value; null when never written. */
  readSetting(key: string): Promise<unknown>;
  /** Writes a workspace setting (any JSON value), by whom and when. */
  writeSetting(key: string, value: unknown, at: number, by: string | null): Promise<void>;
  /** Up to `limit` actions, soonest due first (none last), then by board and id. */
  listActions(
    filters: LedgerFilters,
    after: LedgerPosition | null,
    limit: number,
  ): Promise<LedgerListed[]>;
  /** The action with this id, with its postmortem's facts; null when none. */
  findAction(actionId: string): Promise<LedgerListed | null>;
  /**
   * Records changes of one board's actions, in one transaction; fenced as
   * {@link replaceBoardActions} is (the `fence` is of the records' board).
   */
  appendHistory(records: readonly HistoryRecord[], fence?: Fence): Promise<void>;
  /** An action's history, oldest first. */
  actionHistory(boardId: string, actionId: string): Promise<HistoryRecord[]>;
}

/** The due key of an action without a due date: after every real date. */
export const NO_DUE = '9999-12-31';

export const LEDGER_COLUMN_NAMES = [
  'board_id',
  'action_id',
  'title',
  'owner',
  'owner_names',
  'owner_person_id',
  'due',
  'due_key',
  'priority',
  'status',
  'reason',
  'accepted',
  'resolved',
  'ticket',
  'created_at',
  'updated_at',
  'resolved_on',
] as const;

/** Today's date on the server's clock, UTC: the resolution date of a row resolved now. */
export const utcToday = (now = Date.now()) => new Date(now).toISOString().slice(0, 10);

/**
 * Each row's resolution date: kept from before (`before` maps the actions that were
 * resolved to their date, null when resolved before dates were kept), `today` for one
 * resolved now, null for one not resolved.
 */
export function resolvedOnOf(
  row: LedgerRow,
  before: ReadonlyMap<string, string | null>,
  today: string,
): string | null {
  if (!row.resolved) return null;
  return before.has(row.actionId) ? before.get(row.actionId)! : today;
}

/** The query of a board's resolved actions and their dates, before a replace. */
export const RESOLVED_BEFORE_SQL = (param: string) =>
  `SELECT action_id, resolved_on FROM ledger_actions WHERE board_id = ${param} AND resolved = 1`;

/** What the on-time rate reads of every action, with its postmortem's severity. */
export const FACTS_SQL = `SELECT p.severity AS severity, a.due AS due, a.resolved AS resolved,
  a.resolved_on AS resolved_on
  FROM ledger_actions a LEFT JOIN postmortem_index p ON p.board_id = a.board_id`;

export interface FactsDbRow {
  severity: string | null;
  due: string | null;
  resolved: number;
  resolved_on: string | null;
}

export function factOfRow(row: FactsDbRow): KeptAction {
  const severity = (DEFAULT_SEVERITIES as readonly string[]).includes(row.severity ?? '')
    ? (row.severity as Severity)
    : null;
  return {
    severity,
    due: row.due,
    resolved: Number(row.resolved) === 1,
    resolvedOn: row.resolved_on,
  };
}

export function ledgerValues(row: LedgerRow, resolvedOn: string | null): unknown[] {
  return [
    row.boardId,
    row.actionId,
    row.title,
    row.owner,
    ownerNamesKey(row.ownerNames),
    row.ownerPersonId,
    row.due,
    row.due ?? NO_DUE,
    row.priority,
    row.status,
    row.reason,
    row.accepted ? 1 : 0,
    row.resolved ? 1 : 0,
    row.ticket,
    row.createdAt,
    row.updatedAt,
    resolvedOn,
  ];
}

/** `|pat lee|sam roe|`: each name between bars, so a LIKE finds a whole name. */
function ownerNamesKey(names: readonly string[]): string {
  return `|${names.map((n) => n.replace(/\|/g, ' ')).join('|')}|`;
}

const likeWhole = (name: string) =>
  `%|${name.replace(/\|/g, ' ').replace(/[\\%_]/g, (c) => `\\${c}`)}|%`;

/** The SELECT of listed rows, `a` the ledger, `p` the library's index, `b` the boards. */
export const LISTED_SELECT = `SELECT ${LEDGER_COLUMN_NAMES.map((c) => `a.${c}`).join(', ')},
  COALESCE(p.title, b.title) AS postmortem_title, p.severity AS severity, p.services AS services
  FROM ledger_actions a
  JOIN boards b ON b.id = a.board_id
  LEFT JOIN postmortem_index p ON p.board_id = a.board_id`;

export const LISTED_ORDER = 'ORDER BY a.due_key, a.board_id, a.action_id';

/** The WHERE conditions of the filters; `param` adds a value and answers its placeholder. */
export function ledgerFilterSql(
  filters: LedgerFilters,
  after: LedgerPosition | null,
  param: (value: unknown) => string,
): string[] {
  const where: string[] = [];
  if (filters.ownerName !== undefined) {
    // Placeholders in the order they appear: SQLite's `?` are filled in that order.
    const person =
      filters.ownerPersonId === undefined
        ? null
        : `a.owner_person_id = ${param(filters.ownerPersonId)}`;
    const named = `a.owner_names LIKE ${param(likeWhole(filters.ownerName))} ESCAPE '\\'`;
    where.push(person ? `(${person} OR (a.owner_person_id IS NULL AND ${named}))` : named);
  }
  if (filters.status) where.push(`a.status = ${param(filters.status)}`);
  if (filters.overdue) {
    const overdue = `(a.resolved = 0 AND a.due_key < ${param(filters.overdue.today)})`;
    where.push(filters.overdue.is ? overdue : `NOT ${overdue}`);
  }
  if (filters.dueFrom) where.push(`a.due_key >= ${param(filters.dueFrom)}`);
  if (filters.dueTo) where.push(`a.due_key <= ${param(filters.dueTo)}`);
  if (filters.severity) where.push(`p.severity = ${param(filters.severity)}`);
  if (filters.service) {
    where.push(
      `a.board_id IN (SELECT board_id FROM postmortem_facets
        WHERE kind = 'service' AND value = ${param(filters.service.trim().toLowerCase())})`,
    );
  }
  if (filters.boardId) where.push(`a.board_id = ${param(filters.boardId)}`);
  if (after) {
    where.push(
      `(a.due_key, a.board_id, a.action_id) > (${param(after.dueKey)}, ${param(after.boardId)}, ${param(after.actionId)})`,
    );
  }
  return where;
}

/** A listed row as both stores read it (Postgres's BIGINT arrives as text). */
export interface ListedDbRow {
  board_id: string;
  action_id: string;
  title: string;
  owner: string | null;
  owner_names: string;
  owner_person_id: string | null;
  due: string | null;
  priority: string | null;
  status: string;
  reason: string | null;
  accepted: number;
  resolved: number;
  ticket: string | null;
  created_at: number | string;
  updated_at: number | string;
  resolved_on: string | null;
  postmortem_title: string;
  severity: string | null;
  services: string | null;
}

export function listedOfRow(row: ListedDbRow): LedgerListed {
  return {
    boardId: row.board_id,
    actionId: row.action_id,
    title: row.title,
    owner: row.owner,
    ownerNames: row.owner_names.split('|').filter((n) => n !== ''),
    ownerPersonId: row.owner_person_id,
    due: row.due,
    priority: row.priority as LedgerRow['priority'],
    status: row.status as ActionItemStatus,
    reason: row.reason,
    accepted: Number(row.accepted) === 1,
    resolved: Number(row.resolved) === 1,
    ticket: row.ticket,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
    resolvedOn: row.resolved_on,
    postmortemTitle: row.postmortem_title,
    severity: row.severity,
    services: row.services ? (JSON.parse(row.services) as string[]) : [],
  };
}

export const HISTORY_COLUMN_NAMES = [
  'board_id',
  'action_id',
  'at',
  'field',
  'from_value',
  'to_value',
  'by_kind',
  'by_id',
  'by_name',
  'via',
] as const;

export function historyValues(r: HistoryRecord): unknown[] {
  return [r.boardId, r.actionId, r.at, r.field, r.from, r.to, r.byKind, r.byId, r.byName, r.via];
}

export interface HistoryDbRow {
  board_id: string;
  action_id: string;
  at: number | string;
  field: string;
  from_value: string | null;
  to_value: string | null;
  by_kind: string;
  by_id: string | null;
  by_name: string | null;
  via: string;
}

export function historyOfRow(row: HistoryDbRow): HistoryRecord {
  return {
    boardId: row.board_id,
    actionId: row.action_id,
    at: Number(row.at),
    field: row.field as HistoryRecord['field'],
    from: row.from_value,
    to: row.to_value,
    byKind: row.by_kind as HistoryRecord['byKind'],
    byId: row.by_id,
    byName: row.by_name,
    via: row.via as HistoryRecord['via'],
  };
}
