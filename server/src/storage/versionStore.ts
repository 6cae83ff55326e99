/**
 * Where a board's versions are kept (see plugins/history.ts). A focused interface beside
 * `Store`, so each store implements it next to its other tables and the history never
 * needs more than this.
 */
import { DocDigestSchema, type DocDigest, type VersionReason } from '@hindsight/shared';
import type { Fence } from '../cluster/leases.ts';

/** A version without its content. */
export interface VersionRecord {
  readonly id: string;
  readonly boardId: string;
  /** ms since the epoch */
  readonly takenAt: number;
  readonly reason: VersionReason;
  readonly label: string;
  /** The board doc's layout version the content is in (shared doc/migrations.ts). */
  readonly schemaVersion: number;
  /** Size of the stored content, bytes. */
  readonly bytes: number;
  /** Fingerprint of the content, for summaries and to skip identical versions. */
  readonly digest: DocDigest;
}

export interface VersionContent {
  readonly content: Uint8Array;
  readonly schemaVersion: number;
}

/**
 * Versions are kept by the process that owns the board: with a `fence`, a write is refused
 * (a StaleLeaseError, nothing written) unless the board's lease is still at that epoch, as
 * the store's appends are.
 */
export interface VersionStore {
  /** Stores a version and its content (an encoded board doc). */
  addVersion(
    record: Omit<VersionRecord, 'bytes'>,
    content: Uint8Array,
    fence?: Fence,
  ): Promise<void>;
  /** A board's versions, newest first, without their content. */
  listVersions(boardId: string): Promise<VersionRecord[]>;
  /** The content of one version and its layout; null when the board has no such version. */
  readVersion(boardId: string, id: string): Promise<VersionContent | null>;
  /** Deletes versions of a board; unknown ids are ignored. */
  deleteVersions(boardId: string, ids: readonly string[], fence?: Fence): Promise<void>;
}

/** The `board_versions` columns of a new row, in the order both stores insert them. */
export function versionValues(
  record: Omit<VersionRecord, 'bytes'>,
  content: Uint8Array,
): [string, string, number, VersionReason, string, number, string, Uint8Array] {
  const { boardId, id, takenAt, reason, label, schemaVersion, digest } = record;
  return [boardId, id, takenAt, reason, label, schemaVersion, JSON.stringify(digest), content];
}

/** A `board_versions` row as both stores select it (Postgres reads BIGINT as text). */
export interface VersionRow {
  id: string;
  board_id: string;
  taken_at: number | string;
  reason: VersionReason;
  label: string;
  schema_version: number;
  digest: string;
  bytes: number | string;
}

export function versionFromRow(row: VersionRow): VersionRecord {
  return {
    id: row.id,
    boardId: row.board_id,
    takenAt: Number(row.taken_at),
    reason: row.reason,
    label: row.label,
    schemaVersion: row.schema_version,
    bytes: Number(row.bytes),
    // Our own writing; a row that does not parse summarises as empty, never throws.
    digest: DocDigestSchema.safeParse(JSON.parse(row.digest)).data ?? {},
  };
}
