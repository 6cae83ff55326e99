/**
 * The embedded default store: one SQLite file in DATA_DIR, WAL mode.
 * Updates are appended as log rows and folded into a snapshot by compaction.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import type { Role } from '@hindsight/shared';
import type { BoardRecord, NewDoc, Store, StoredDoc, TokenRecord } from './store.ts';
import { sqliteLedger } from '../ledger/sqliteLedger.ts';
import { sqliteReminders } from '../reminders/sqliteReminders.ts';
import { sqliteTrackers } from '../trackers/sqliteTrackers.ts';
import { sqliteSearchIndex } from '../search/sqliteSearch.ts';
import { sqliteVocabulary } from './vocabularyStore.ts';
import { sqliteBoardIndex } from './sqliteBoardIndex.ts';
import { boardRecord } from './boardIndex.ts';
import { sqliteMemberStore } from './sqliteMemberStore.ts';
import { sqliteVersionStore } from './sqliteVersionStore.ts';
import { localLeases, StaleLeaseError, type Fence } from '../cluster/leases.ts';
import type { VersionStore } from './versionStore.ts';
import { walCheckpointer } from './walCheckpointer.ts';
import {
  MIGRATIONS,
  MIGRATIONS_TABLE,
  newerSchemaMessage,
  pending,
  unknownSteps,
  type Migration,
} from './migrations/index.ts';

export const SQLITE_FILE = 'hindsight.sqlite';

export interface SqliteStoreOptions {
  /** Told about schema steps that a newer version recorded and this one does not know. */
  readonly warn?: (message: string) => void;
}

/**
 * Applies the schema steps not applied yet, each in its own transaction, and returns the
 * ids it applied. `BEGIN IMMEDIATE` takes the write lock before reading what is applied,
 * so a second process opening the same file waits, then finds the step recorded.
 */
export function migrateSqlite(
  db: Database.Database,
  migrations: readonly Migration[] = MIGRATIONS,
): { applied: string[]; unknown: string[] } {
  db.exec(MIGRATIONS_TABLE);
  const recorded = () =>
    new Set(
      db
        .prepare<[], { id: string }>('SELECT id FROM schema_migrations')
        .all()
        .map((r) => r.id),
    );
  const applied: string[] = [];
  for (const step of pending(migrations, recorded())) {
    db.transaction(() => {
      if (recorded().has(step.id)) return;
      if (typeof step.sqlite === 'string') db.exec(step.sqlite);
      else step.sqlite(db);
      db.prepare('INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)').run(
        step.id,
        Date.now(),
      );
      applied.push(step.id);
    }).immediate();
  }
  return { applied, unknown: unknownSteps(migrations, recorded()) };
}

/** The store and the board history in one SQLite database. */
export function openSqliteStore(
  dataDir: string,
  options: SqliteStoreOptions = {},
): Store & VersionStore {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, SQLITE_FILE));
  db.pragma('journal_mode = WAL');
  // With WAL, NORMAL keeps a committed transaction across a process crash; only a power
  // loss can roll back the last ones.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  // The log is checkpointed from a worker thread, not in the event loop by the commit
  // that fills it (storage/walCheckpointer.ts); if that thread fails, here again.
  db.pragma('wal_autocheckpoint = 0');
  const checkpointer = walCheckpointer(join(dataDir, SQLITE_FILE), (err) => {
    options.warn?.(`SQLite checkpoints run in the event loop again: ${String(err)}`);
    if (db.open) db.pragma('wal_autocheckpoint = 1000');
  });
  const { unknown } = migrateSqlite(db);
  if (unknown.length > 0) options.warn?.(newerSchemaMessage(unknown));

  const q = {
    insertBoard: db.prepare(
      `INSERT INTO boards (id, title, template, created_at, created_by_kind, created_by_id)
       VALUES (@id, @title, @template, @createdAt, @createdByKind, @createdById)`,
    ),
    getBoard: db.prepare<
      [string],
      {
        id: string;
        title: string;
        template: string;
        created_at: number;
        created_by_kind: string | null;
        created_by_id: string | null;
      }
    >(
      'SELECT id, title, template, created_at, created_by_kind, created_by_id FROM boards WHERE id = ?',
    ),
    upsertToken: db.prepare(
      `INSERT INTO board_tokens (board_id, role, token_hash) VALUES (?, ?, ?)
       ON CONFLICT (board_id, role) DO UPDATE SET token_hash = excluded.token_hash`,
    ),
    getTokens: db.prepare<[string], { role: Role; token_hash: string }>(
      'SELECT role, token_hash FROM board_tokens WHERE board_id = ?',
    ),
    getSnapshot: db.prepare<
      [string],
      { data: Buffer; upto_seq: number; schema_version: number | null }
    >('SELECT data, upto_seq, schema_version FROM doc_snapshots WHERE room = ?'),
    getUpdates: db.prepare<[string, number], { seq: number; data: Buffer }>(
      'SELECT seq, data FROM doc_updates WHERE room = ? AND seq > ? ORDER BY seq',
    ),
    countUpdates: db.prepare<[string], { n: number }>(
      'SELECT COUNT(*) AS n FROM doc_updates WHERE room = ?',
    ),
    insertUpdate: db.prepare<[string, number, Uint8Array]>(
      'INSERT INTO doc_updates (room, seq, data) VALUES (?, ?, ?)',
    ),
    advanceHead: db.prepare<[string, number], { last_seq: number }>(
      `INSERT INTO doc_heads (room, last_seq) VALUES (?, ?)
       ON CONFLICT (room) DO UPDATE SET last_seq = doc_heads.last_seq + excluded.last_seq
       RETURNING last_seq`,
    ),
    // Replaces the stored snapshot only with one that covers as much or more.
    upsertSnapshot: db.prepare<[string, Uint8Array, number, number | null]>(
      `INSERT INTO doc_snapshots (room, data, upto_seq, schema_version) VALUES (?, ?, ?, ?)
       ON CONFLICT (room) DO UPDATE SET data = excluded.data, upto_seq = excluded.upto_seq,
         schema_version = excluded.schema_version
       WHERE excluded.upto_seq >= doc_snapshots.upto_seq`,
    ),
    listRooms: db.prepare<[number, string, number, string], { room: string }>(
      `SELECT room FROM doc_snapshots WHERE substr(room, 1, ?) = ?
       UNION SELECT DISTINCT room FROM doc_updates WHERE substr(room, 1, ?) = ?`,
    ),
    // A range over the keys (the room index), not a scan: ASCII names sort below U+FFFF.
    roomSizes: db.prepare<[string, string, string, string], { room: string; bytes: number }>(
      `SELECT room, SUM(n) AS bytes FROM (
         SELECT room, length(data) AS n FROM doc_snapshots WHERE room >= ? AND room < ?
         UNION ALL
         SELECT room, length(data) FROM doc_updates WHERE room >= ? AND room < ?
       ) GROUP BY room`,
    ),
    insertAttendee: db.prepare<[string, string, string, number]>(
      'INSERT OR IGNORE INTO attendees (board_id, role, name, first_seen) VALUES (?, ?, ?, ?)',
    ),
    listAttendees: db.prepare<[string, string], { role: Role; name: string }>(
      `SELECT role, name FROM (
         SELECT role, name, first_seen, 0 AS kind, rowid AS n FROM attendees WHERE board_id = ?
         UNION ALL
         SELECT role, name, joined_at, 1, rowid FROM board_members
           WHERE board_id = ? AND name IS NOT NULL AND removed = 0
       ) ORDER BY kind, first_seen, n`,
    ),
    lockAnonymity: db.prepare<[string]>(
      'INSERT OR IGNORE INTO anonymity_locks (board_id) VALUES (?)',
    ),
    isLocked: db.prepare<[string], { n: number }>(
      'SELECT COUNT(*) AS n FROM anonymity_locks WHERE board_id = ?',
    ),
    getSecret: db.prepare<[string], { value: Buffer }>('SELECT value FROM secrets WHERE name = ?'),
    insertSecret: db.prepare<[string, Buffer]>(
      'INSERT OR IGNORE INTO secrets (name, value) VALUES (?, ?)',
    ),
    probe: db.prepare<[number]>(
      `INSERT INTO store_probe (id, written_at) VALUES (1, ?)
       ON CONFLICT (id) DO UPDATE SET written_at = excluded.written_at`,
    ),
    deleteUpdatesUpTo: db.prepare<[string, number]>(
      'DELETE FROM doc_updates WHERE room = ? AND seq <= ?',
    ),
  };

  const createBoard = db.transaction(
    (board: BoardRecord, tokens: readonly TokenRecord[], rooms: ReadonlyMap<string, NewDoc>) => {
      const { id, title, template, createdAt, createdBy } = board;
      q.insertBoard.run({
        id,
        title,
        template,
        createdAt,
        createdByKind: createdBy?.kind ?? null,
        createdById: createdBy?.id ?? null,
      });
      for (const t of tokens) q.upsertToken.run(board.id, t.role, t.hash);
      for (const [room, doc] of rooms) {
        q.upsertSnapshot.run(room, doc.state, 0, doc.schemaVersion);
        q.advanceHead.get(room, 0);
      }
    },
  );
  // The head row numbers the room's updates; its write lock is the transaction's.
  const append = db.transaction((room: string, updates: readonly Uint8Array[]) => {
    const last = q.advanceHead.get(room, updates.length)!.last_seq;
    updates.forEach((u, i) => q.insertUpdate.run(room, last - updates.length + 1 + i, u));
    return last;
  });
  const snapshot = db.transaction(
    (room: string, data: Uint8Array, uptoSeq: number, schemaVersion: number | null) => {
      if (q.upsertSnapshot.run(room, data, uptoSeq, schemaVersion).changes > 0) {
        q.deleteUpdatesUpTo.run(room, uptoSeq);
      }
    },
  );
  // One read transaction: a snapshot and the rows after it, as of the same moment.
  const load = db.transaction((room: string): StoredDoc => {
    const snap = q.getSnapshot.get(room);
    const rows = q.getUpdates.all(room, snap?.upto_seq ?? 0);
    return {
      snapshot: snap ? new Uint8Array(snap.data) : null,
      updates: rows.map((r) => new Uint8Array(r.data)),
      lastSeq: rows.at(-1)?.seq ?? snap?.upto_seq ?? 0,
      schemaVersion: snap?.schema_version ?? null,
    };
  });

  // One process per file: the leases are in memory, and a fenced write checks them here.
  const leases = localLeases();
  const fenced = (fence: Fence | undefined) => {
    if (fence && !leases.holds(fence)) throw new StaleLeaseError(fence);
  };

  return {
    ...sqliteVersionStore(db, fenced),
    leases,
    ...sqliteMemberStore(db, fenced),
    ...sqliteBoardIndex(db, fenced),
    ...sqliteSearchIndex(db, fenced),
    ...sqliteLedger(db, fenced),
    ...sqliteReminders(db),
    ...sqliteTrackers(db),
    ...sqliteVocabulary(db),
    async createBoard(board, tokens, rooms) {
      createBoard(board, tokens, rooms);
    },
    async getBoard(id) {
      const row = q.getBoard.get(id);
      if (!row) return null;
      return boardRecord(row);
    },
    async getTokens(boardId) {
      return q.getTokens.all(boardId).map((r) => ({ role: r.role, hash: r.token_hash }));
    },
    async setToken(boardId, token) {
      q.upsertToken.run(boardId, token.role, token.hash);
    },
    async loadDoc(room) {
      return load(room);
    },
    async appendUpdates(room, updates, fence) {
      fenced(fence);
      return append(room, updates);
    },
    async writeSnapshot(room, data, uptoSeq, schemaVersion, fence) {
      fenced(fence);
      snapshot(room, data, uptoSeq, schemaVersion);
    },
    async countUpdates(room) {
      return q.countUpdates.get(room)?.n ?? 0;
    },
    async listRooms(prefix) {
      return q.listRooms.all(prefix.length, prefix, prefix.length, prefix).map((r) => r.room);
    },
    async roomSizes(prefix) {
      const end = `${prefix}\uffff`;
      const rows = q.roomSizes.all(prefix, end, prefix, end);
      return new Map(rows.map((r) => [r.room, r.bytes]));
    },
    async recordAttendee(boardId, role, name) {
      q.insertAttendee.run(boardId, role, name, Date.now());
    },
    async listAttendees(boardId) {
      return q.listAttendees.all(boardId, boardId);
    },
    async lockAnonymity(boardId) {
      q.lockAnonymity.run(boardId);
    },
    async isAnonymityLocked(boardId) {
      return (q.isLocked.get(boardId)?.n ?? 0) > 0;
    },
    async probeWrite() {
      q.probe.run(Date.now());
    },
    async secret(name) {
      // INSERT OR IGNORE then read: two callers racing agree on the first value written.
      q.insertSecret.run(name, randomBytes(32));
      return q.getSecret.get(name)!.value;
    },
    async close() {
      await checkpointer.close();
      if (db.open) db.close();
    },
  };
}
