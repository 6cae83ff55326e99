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

const SCHEMA = `
CREATE TABLE IF NOT EXISTS boards (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  template TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS board_tokens (
  board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  token_hash TEXT NOT NULL,
  PRIMARY KEY (board_id, role)
);
CREATE TABLE IF NOT EXISTS doc_snapshots (
  room TEXT PRIMARY KEY,
  data BLOB NOT NULL,
  upto_seq INTEGER NOT NULL,
  schema_version INTEGER
);
CREATE TABLE IF NOT EXISTS doc_updates (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  room TEXT NOT NULL,
  data BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS doc_updates_room_seq ON doc_updates (room, seq);
CREATE TABLE IF NOT EXISTS attendees (
  board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  name TEXT NOT NULL,
  first_seen INTEGER NOT NULL,
  PRIMARY KEY (board_id, role, name)
);
CREATE TABLE IF NOT EXISTS anonymity_locks (
  board_id TEXT PRIMARY KEY REFERENCES boards(id) ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS secrets (
  name TEXT PRIMARY KEY,
  value BLOB NOT NULL
);
`;

/**
 * Changes to tables that already exist in a data directory, in order; `PRAGMA
 * user_version` records how many have run. Tables new in a version are created by
 * SCHEMA above instead.
 */
const STORE_MIGRATIONS: readonly { name: string; sql: string }[] = [
  {
    name: 'doc layout versions are recorded with the snapshots',
    sql: 'ALTER TABLE doc_snapshots ADD COLUMN schema_version INTEGER',
  },
];

export const SQLITE_FILE = 'hindsight.sqlite';

function migrateStore(db: Database.Database): void {
  const done = db.pragma('user_version', { simple: true }) as number;
  if (done === 0) {
    // A data directory created just now by SCHEMA already has every column.
    const columns = db.pragma('table_info(doc_snapshots)') as { name: string }[];
    if (columns.some((c) => c.name === 'schema_version')) {
      db.pragma(`user_version = ${STORE_MIGRATIONS.length}`);
      return;
    }
  }
  db.transaction(() => {
    for (const step of STORE_MIGRATIONS.slice(done)) db.exec(step.sql);
    db.pragma(`user_version = ${STORE_MIGRATIONS.length}`);
  })();
}

export function openSqliteStore(dataDir: string): Store {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, SQLITE_FILE));
  db.pragma('journal_mode = WAL');
  // With WAL, NORMAL keeps a committed transaction across a process crash; only a power
  // loss can roll back the last ones.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.exec(SCHEMA);
  migrateStore(db);

  const q = {
    insertBoard: db.prepare(
      'INSERT INTO boards (id, title, template, created_at) VALUES (@id, @title, @template, @createdAt)',
    ),
    getBoard: db.prepare<
      [string],
      { id: string; title: string; template: string; created_at: number }
    >('SELECT id, title, template, created_at FROM boards WHERE id = ?'),
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
    insertUpdate: db.prepare<[string, Uint8Array]>(
      'INSERT INTO doc_updates (room, data) VALUES (?, ?)',
    ),
    upsertSnapshot: db.prepare<[string, Uint8Array, number, number | null]>(
      `INSERT INTO doc_snapshots (room, data, upto_seq, schema_version) VALUES (?, ?, ?, ?)
       ON CONFLICT (room) DO UPDATE SET data = excluded.data, upto_seq = excluded.upto_seq,
         schema_version = excluded.schema_version`,
    ),
    listRooms: db.prepare<[number, string, number, string], { room: string }>(
      `SELECT room FROM doc_snapshots WHERE substr(room, 1, ?) = ?
       UNION SELECT DISTINCT room FROM doc_updates WHERE substr(room, 1, ?) = ?`,
    ),
    insertAttendee: db.prepare<[string, string, string, number]>(
      'INSERT OR IGNORE INTO attendees (board_id, role, name, first_seen) VALUES (?, ?, ?, ?)',
    ),
    listAttendees: db.prepare<[string], { role: Role; name: string }>(
      'SELECT role, name FROM attendees WHERE board_id = ? ORDER BY first_seen, rowid',
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
    deleteUpdatesUpTo: db.prepare<[string, number]>(
      'DELETE FROM doc_updates WHERE room = ? AND seq <= ?',
    ),
  };

  const createBoard = db.transaction(
    (board: BoardRecord, tokens: readonly TokenRecord[], rooms: ReadonlyMap<string, NewDoc>) => {
      q.insertBoard.run(board);
      for (const t of tokens) q.upsertToken.run(board.id, t.role, t.hash);
      for (const [room, doc] of rooms) q.upsertSnapshot.run(room, doc.state, 0, doc.schemaVersion);
    },
  );
  const append = db.transaction((room: string, updates: readonly Uint8Array[]) => {
    let last = 0;
    for (const u of updates) last = Number(q.insertUpdate.run(room, u).lastInsertRowid);
    return last;
  });
  const snapshot = db.transaction(
    (room: string, data: Uint8Array, uptoSeq: number, schemaVersion: number | null) => {
      const previous = q.getSnapshot.get(room);
      q.upsertSnapshot.run(room, data, Math.max(uptoSeq, previous?.upto_seq ?? 0), schemaVersion);
      q.deleteUpdatesUpTo.run(room, uptoSeq);
    },
  );

  return {
    async createBoard(board, tokens, rooms) {
      createBoard(board, tokens, rooms);
    },
    async getBoard(id) {
      const row = q.getBoard.get(id);
      return row
        ? { id: row.id, title: row.title, template: row.template, createdAt: row.created_at }
        : null;
    },
    async getTokens(boardId) {
      return q.getTokens.all(boardId).map((r) => ({ role: r.role, hash: r.token_hash }));
    },
    async setToken(boardId, token) {
      q.upsertToken.run(boardId, token.role, token.hash);
    },
    async loadDoc(room): Promise<StoredDoc> {
      const snap = q.getSnapshot.get(room);
      const rows = q.getUpdates.all(room, snap?.upto_seq ?? 0);
      return {
        snapshot: snap ? new Uint8Array(snap.data) : null,
        updates: rows.map((r) => new Uint8Array(r.data)),
        lastSeq: rows.at(-1)?.seq ?? snap?.upto_seq ?? 0,
        schemaVersion: snap?.schema_version ?? null,
      };
    },
    async appendUpdates(room, updates) {
      return append(room, updates);
    },
    async writeSnapshot(room, data, uptoSeq, schemaVersion) {
      snapshot(room, data, uptoSeq, schemaVersion);
    },
    async countUpdates(room) {
      return q.countUpdates.get(room)?.n ?? 0;
    },
    async listRooms(prefix) {
      return q.listRooms.all(prefix.length, prefix, prefix.length, prefix).map((r) => r.room);
    },
    async recordAttendee(boardId, role, name) {
      q.insertAttendee.run(boardId, role, name, Date.now());
    },
    async listAttendees(boardId) {
      return q.listAttendees.all(boardId);
    },
    async lockAnonymity(boardId) {
      q.lockAnonymity.run(boardId);
    },
    async isAnonymityLocked(boardId) {
      return (q.isLocked.get(boardId)?.n ?? 0) > 0;
    },
    async secret(name) {
      // INSERT OR IGNORE then read: two callers racing agree on the first value written.
      q.insertSecret.run(name, randomBytes(32));
      return q.getSecret.get(name)!.value;
    },
    async close() {
      if (db.open) db.close();
    },
  };
}
