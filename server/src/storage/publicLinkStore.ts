/**
 * Where public share links are kept (workspace/publicLinks.ts owns the rules). Part of the
 * {@link WorkspaceStore}; a link's token is stored as its SHA-256 only. One link per board.
 */

export interface PublicLinkRecord {
  readonly boardId: string;
  /** SHA-256 of the token, hex. */
  readonly hash: string;
  /** The person who made it; null when unknown. */
  readonly createdBy: string | null;
  /** ms since the epoch */
  readonly createdAt: number;
}

export interface PublicLinkStore {
  /** Stores the board's link, replacing the one it had (which stops working). */
  putPublicLink(record: PublicLinkRecord): Promise<void>;
  /** The link whose token hashes to `hash`, or null. */
  findPublicLink(hash: string): Promise<PublicLinkRecord | null>;
  /** The board's link, or null when it has none. */
  publicLinkOf(boardId: string): Promise<PublicLinkRecord | null>;
  /** Deletes the board's link; false when it had none. */
  deletePublicLink(boardId: string): Promise<boolean>;
}

/** A row as both stores read it (Postgres's BIGINT arrives as text unless cast). */
export interface PublicLinkRow {
  board_id: string;
  token_hash: string;
  created_by: string | null;
  created_at: number | string;
}

export function publicLinkOf(row: PublicLinkRow): PublicLinkRecord {
  return {
    boardId: row.board_id,
    hash: row.token_hash,
    createdBy: row.created_by,
    createdAt: Number(row.created_at),
  };
}
