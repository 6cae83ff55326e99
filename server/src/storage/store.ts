/**
 * Persistence behind one interface, so the embedded SQLite default and a scale-out
 * Postgres store are interchangeable. Methods are async so a networked store fits;
 * the SQLite implementation answers synchronously underneath.
 */
import type { Role } from '@hindsight/shared';
import type { BoardCreatorRef, BoardIndexStore } from './boardIndex.ts';
import type { MemberStore } from './memberStore.ts';
import type { LedgerStore } from '../ledger/ledgerStore.ts';
import type { ReminderStore } from '../reminders/reminderStore.ts';
import type { TrackerStore } from '../trackers/trackerStore.ts';
import type { SearchIndexStore } from '../search/searchIndex.ts';
import type { VocabularyStore } from './vocabularyStore.ts';
import type { BoardLeases, Fence } from '../cluster/leases.ts';

export interface BoardRecord {
  readonly id: string;
  readonly title: string;
  readonly template: string;
  /** ms since the epoch */
  readonly createdAt: number;
  /** Who created it; null or absent when unknown (a board adopted from before the workspace). */
  readonly createdBy?: BoardCreatorRef | null;
}

export interface TokenRecord {
  readonly role: Role;
  /** SHA-256 of the token, hex. The token itself is never stored. */
  readonly hash: string;
}

/**
 * What a room's persisted state is made of: a snapshot and the updates logged after it.
 * A room's updates are numbered 1, 2, 3… in the order their appends commit; the snapshot
 * holds every update up to its number.
 */
export interface StoredDoc {
  readonly snapshot: Uint8Array | null;
  readonly updates: Uint8Array[];
  /** Sequence number of the last update read (or the snapshot's), to compact up to; 0 when none. */
  readonly lastSeq: number;
  /**
   * The doc's layout version (shared doc/migrations.ts), recorded with the snapshot by
   * the server; null when none was recorded (stored before versions were, or never
   * compacted). Kept here, out of the doc, because the doc's writers could change it there.
   */
  readonly schemaVersion: number | null;
}

/** A doc written when its board is created: its state and its layout version. */
export interface NewDoc {
  readonly state: Uint8Array;
  readonly schemaVersion: number;
}

export interface Store
  extends
    MemberStore,
    BoardIndexStore,
    SearchIndexStore,
    VocabularyStore,
    LedgerStore,
    ReminderStore,
    TrackerStore {
  /** Creates a board, its token hashes and its initial docs (by room) in one transaction. */
  createBoard(
    board: BoardRecord,
    tokens: readonly TokenRecord[],
    rooms: ReadonlyMap<string, NewDoc>,
  ): Promise<void>;
  getBoard(id: string): Promise<BoardRecord | null>;
  /** The token hashes of a board, for a constant-time comparison by the caller. */
  getTokens(boardId: string): Promise<TokenRecord[]>;
  /** Replaces the token of one role (link rotation). */
  setToken(boardId: string, token: TokenRecord): Promise<void>;
  /** A room's snapshot and later updates, read at one point in time. */
  loadDoc(room: string): Promise<StoredDoc>;
  /**
   * Appends updates to a room's log in one transaction and returns the number of the last.
   * They get consecutive numbers, so a writer whose last number was `n` and gets back
   * `n + updates.length` knows that nobody else appended in between. With a `fence`, the
   * append is refused (a StaleLeaseError, nothing written) unless the board's lease is
   * still at that epoch, checked in the same transaction.
   */
  appendUpdates(room: string, updates: readonly Uint8Array[], fence?: Fence): Promise<number>;
  /**
   * Stores a snapshot holding everything up to `uptoSeq`, in layout `schemaVersion`, and
   * drops those log rows, in one transaction. Does nothing when the stored snapshot
   * already covers a later number, so a slower writer never replaces a newer snapshot.
   * Fenced as {@link appendUpdates} is.
   */
  writeSnapshot(
    room: string,
    snapshot: Uint8Array,
    uptoSeq: number,
    schemaVersion: number | null,
    fence?: Fence,
  ): Promise<void>;
  /** Number of log rows after the snapshot; drives compaction. */
  countUpdates(room: string): Promise<number>;
  /** Names of the stored rooms that start with `prefix` (a board's private docs). */
  listRooms(prefix: string): Promise<string[]>;
  /**
   * The stored bytes of every room whose name starts with `prefix` (its snapshot and log
   * rows, by room), read from the rows' lengths without reading their content: a board's
   * size limit counts the docs that are not in memory.
   */
  roomSizes(prefix: string): Promise<Map<string, number>>;
  /**
   * Records that a board's cards were written anonymously; from then on its cards are
   * never named, whatever the plan later says. Idempotent.
   */
  lockAnonymity(boardId: string): Promise<void>;
  isAnonymityLocked(boardId: string): Promise<boolean>;
  /** Records that someone took part in a board under a name and a role. Idempotent. */
  recordAttendee(boardId: string, role: Role, name: string): Promise<void>;
  /**
   * Everyone recorded on a board, in the order they first came: the names its members
   * showed (removed members left out), after those recorded before members were.
   */
  listAttendees(boardId: string): Promise<{ role: Role; name: string }[]>;
  /** Rewrites one row: fails when the store cannot take a write (the readiness probe). */
  probeWrite(): Promise<void>;
  /** A random server secret by name, created on first use and kept across restarts. */
  secret(name: string): Promise<Buffer>;
  /** Which process owns each board, kept where the fenced writes can check it. */
  readonly leases: BoardLeases;
  close(): Promise<void>;
}
