/**
 * The workspace's list of boards (the home page, `GET /api/boards`): newest first, by
 * pages, with who created each and where its meeting is. The board docs stay the source
 * of truth; the phase here is the server's copy, kept current from its own docs
 * (plugins/boardPhase.ts).
 */
import type { Fence } from '../cluster/leases.ts';
import type { BoardRecord } from './store.ts';

/** Who made a board: a person or an API token; null for a board adopted from before. */
export interface BoardCreatorRef {
  readonly kind: 'person' | 'token';
  readonly id: string;
}

export interface BoardListRow {
  readonly id: string;
  readonly title: string;
  readonly createdAt: number;
  readonly phase: string | null;
  readonly createdBy: BoardCreatorRef | null;
  /** ms since the epoch when the workspace adopted the board; null for boards made in it. */
  readonly adoptedAt: number | null;
  /** The names its facilitators showed (not removed), in the order they joined. */
  readonly facilitators: string[];
}

/** Where a page starts: after the board with this creation time and id. */
export interface BoardPosition {
  readonly createdAt: number;
  readonly id: string;
}

export interface BoardIndexStore {
  /** Up to `limit` boards, newest first (then by id), after `after` when given. */
  listBoards(after: BoardPosition | null, limit: number): Promise<BoardListRow[]>;
  /**
   * Records where a board's meeting is. The board's owner records it: with a `fence`,
   * refused (a StaleLeaseError) unless its lease is at that epoch.
   */
  setBoardPhase(boardId: string, phase: string, fence?: Fence): Promise<void>;
}

/** A row as both stores read it (Postgres's BIGINT arrives as text). */
export interface BoardListDbRow {
  id: string;
  title: string;
  created_at: number | string;
  phase: string | null;
  created_by_kind: string | null;
  created_by_id: string | null;
  adopted_at: number | string | null;
}

/** Who made a board, from its row's two columns; null when unknown. */
export function creatorOf(
  row: Pick<BoardListDbRow, 'created_by_kind' | 'created_by_id'>,
): BoardCreatorRef | null {
  const kind = row.created_by_kind;
  return (kind === 'person' || kind === 'token') && row.created_by_id !== null
    ? { kind, id: row.created_by_id }
    : null;
}

/** A board's record from its row, as both stores read it. */
export function boardRecord(
  row: Pick<BoardListDbRow, 'id' | 'title' | 'created_at' | 'created_by_kind' | 'created_by_id'> & {
    template: string;
  },
): BoardRecord {
  const createdBy = creatorOf(row);
  return {
    id: row.id,
    title: row.title,
    template: row.template,
    createdAt: Number(row.created_at),
    ...(createdBy ? { createdBy } : {}),
  };
}

export function boardListRow(row: BoardListDbRow, facilitators: string[]): BoardListRow {
  return {
    id: row.id,
    title: row.title,
    createdAt: Number(row.created_at),
    phase: row.phase,
    createdBy: creatorOf(row),
    adoptedAt: row.adopted_at === null ? null : Number(row.adopted_at),
    facilitators,
  };
}

export const BOARD_LIST_COLUMNS =
  'id, title, created_at, phase, created_by_kind, created_by_id, adopted_at';

/** The facilitators' names by board, from `(board_id, name)` rows in joining order. */
export function namesByBoard(rows: readonly { board_id: string; name: string }[]) {
  const names = new Map<string, string[]>();
  for (const { board_id, name } of rows) {
    const list = names.get(board_id) ?? [];
    if (!list.includes(name)) list.push(name);
    names.set(board_id, list);
  }
  return names;
}
