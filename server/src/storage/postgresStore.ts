/**
 * The scale-out store: Postgres through a connection pool (`DATABASE_URL`). Same tables
 * and the same meaning as the SQLite store; several server processes may share one
 * database. Each write that must be atomic is one statement (or one transaction), and a
 * room's updates are numbered under its head row's lock, so concurrent appenders get
 * consecutive numbers in commit order.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Role } from '@hindsight/shared';
import type { BoardRecord, Store, StoredDoc, TokenRecord } from './store.ts';
import { postgresLedger } from '../ledger/postgresLedger.ts';
import { postgresReminders } from '../reminders/postgresReminders.ts';
import { postgresTrackers } from '../trackers/postgresTrackers.ts';
import { postgresSearchIndex } from '../search/postgresSearch.ts';
import { postgresVocabulary } from './vocabularyStore.ts';
import { postgresBoardIndex } from './postgresBoardIndex.ts';
import { postgresMemberStore } from './postgresMemberStore.ts';
import { postgresVersionStore } from './postgresVersionStore.ts';
import type { VersionStore } from './versionStore.ts';
import { StaleLeaseError } from '../cluster/leases.ts';
import { fenceCheck, fenceParams, postgresLeases } from '../cluster/postgresLeases.ts';
import { boardRecord } from './boardIndex.ts';
import {
  MIGRATIONS,
  MIGRATIONS_TABLE,
  newerSchemaMessage,
  pending,
  unknownSteps,
  type Migration,
} from './migrations/index.ts';

export interface PostgresStoreOptions {
  /** Connections in the pool at most. */
  readonly poolSize?: number;
  /** Told about errors of idle connections (the pool replaces them) and newer schemas. */
  readonly warn?: (message: string, err?: unknown) => void;
}

/** How long to wait for a free connection before failing the query, ms. */
const CONNECT_TIMEOUT_MS = 10_000;
/** Longest a statement may run on the server before Postgres cancels it, ms. */
const STATEMENT_TIMEOUT_MS = 30_000;

export type Queryable = Pick<pg.PoolClient, 'query'>;

/** Runs `fn` in one transaction on one pooled connection. */
export async function transaction<T>(
  pool: pg.Pool,
  fn: (client: Queryable) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
    throw err;
  } finally {
    // A connection that could not even roll back is dropped, not reused.
    client.release(broken);
  }
}

/**
 * Applies the schema steps not applied yet, each in its own transaction. Every step first
 * takes a transaction-scoped advisory lock named after the schema, so processes starting
 * at once apply each step exactly once: the others wait, then find it recorded.
 */
export async function migratePostgres(
  pool: pg.Pool,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<{ applied: string[]; unknown: string[] }> {
  const recorded = async (client: Queryable) =>
    new Set(
      (await client.query<{ id: string }>('SELECT id FROM schema_migrations')).rows.map(
        (r) => r.id,
      ),
    );
  const locked = async <T>(fn: (client: Queryable) => Promise<T>) =>
    transaction(pool, async (client) => {
      await client.query(
        "SELECT pg_advisory_xact_lock(hashtext('hindsight:migrate:' || current_schema()))",
      );
      await client.query(MIGRATIONS_TABLE);
      return fn(client);
    });

  const applied: string[] = [];
  for (const step of migrations) {
    await locked(async (client) => {
      if (pending([step], await recorded(client)).length === 0) return;
      await client.query(step.postgres);
      await client.query('INSERT INTO schema_migrations (id, applied_at) VALUES ($1, $2)', [
        step.id,
        Date.now(),
      ]);
      applied.push(step.id);
    });
  }
  const unknown = await locked(async (client) => unknownSteps(migrations, await recorded(client)));
  return { applied, unknown };
}

const bytes = (data: Buffer): Uint8Array =>
  new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
const buffer = (data: Uint8Array): Buffer =>
  Buffer.from(data.buffer, data.byteOffset, data.byteLength);

/**
 * A pool on a database whose schema steps are applied. Rejects when the database cannot
 * be reached or migrated, so the server does not start on a store it cannot use.
 */
export async function connectPostgres(
  connectionString: string,
  options: PostgresStoreOptions = {},
): Promise<pg.Pool> {
  const pool = new pg.Pool({
    connectionString,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    statement_timeout: STATEMENT_TIMEOUT_MS,
    application_name: 'hindsight',
  });
  // An idle connection that the server drops must not crash the process; the pool
  // replaces it on the next query.
  pool.on('error', (err) => options.warn?.('a pooled Postgres connection failed', err));
  try {
    const { unknown } = await migratePostgres(pool);
    if (unknown.length > 0) options.warn?.(newerSchemaMessage(unknown));
  } catch (err) {
    await pool.end();
    throw err;
  }
  return pool;
}

/** Ends a pool once, however many times its owner is closed. */
export async function endPool(pool: pg.Pool): Promise<void> {
  if (!pool.ending) await pool.end();
}

/** A LIKE pattern for names starting with `prefix`, taken literally. */
function likePrefix(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The board store and the board history on their own pool. */
export async function openPostgresStore(
  connectionString: string,
  options: PostgresStoreOptions = {},
): Promise<Store & VersionStore> {
  const pool = await connectPostgres(connectionString, options);
  const q = <R extends pg.QueryResultRow>(text: string, values?: unknown[]) =>
    pool.query<R>(text, values);

  return {
    ...postgresVersionStore(q),
    ...postgresMemberStore(pool),
    ...postgresBoardIndex(pool),
    ...postgresSearchIndex(pool),
    ...postgresLedger(pool),
    ...postgresReminders(pool),
    ...postgresTrackers(pool),
    ...postgresVocabulary(pool),
    leases: postgresLeases(pool),
    async createBoard(board: BoardRecord, tokens: readonly TokenRecord[], rooms) {
      await transaction(pool, async (client) => {
        await client.query(
          `INSERT INTO boards (id, title, template, created_at, created_by_kind, created_by_id)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [
            board.id,
            board.title,
            board.template,
            board.createdAt,
            board.createdBy?.kind ?? null,
            board.createdBy?.id ?? null,
          ],
        );
        for (const t of tokens) {
          await client.query(
            'INSERT INTO board_tokens (board_id, role, token_hash) VALUES ($1, $2, $3)',
            [board.id, t.role, t.hash],
          );
        }
        for (const [room, doc] of rooms) {
          await client.query(
            'INSERT INTO doc_snapshots (room, data, upto_seq, schema_version) VALUES ($1, $2, 0, $3)',
            [room, buffer(doc.state), doc.schemaVersion],
          );
          await client.query(
            'INSERT INTO doc_heads (room, last_seq) VALUES ($1, 0) ON CONFLICT (room) DO NOTHING',
            [room],
          );
        }
      });
    },
    async getBoard(id) {
      const { rows } = await q<{
        id: string;
        title: string;
        template: string;
        created_at: string;
        created_by_kind: string | null;
        created_by_id: string | null;
      }>(
        'SELECT id, title, template, created_at, created_by_kind, created_by_id FROM boards WHERE id = $1',
        [id],
      );
      const row = rows[0];
      if (!row) return null;
      return boardRecord(row);
    },
    async getTokens(boardId) {
      const { rows } = await q<{ role: Role; token_hash: string }>(
        'SELECT role, token_hash FROM board_tokens WHERE board_id = $1',
        [boardId],
      );
      return rows.map((r) => ({ role: r.role, hash: r.token_hash }));
    },
    async setToken(boardId, token) {
      await q(
        `INSERT INTO board_tokens (board_id, role, token_hash) VALUES ($1, $2, $3)
         ON CONFLICT (board_id, role) DO UPDATE SET token_hash = EXCLUDED.token_hash`,
        [boardId, token.role, token.hash],
      );
    },
    async loadDoc(room): Promise<StoredDoc> {
      // One statement, so the snapshot and the rows after it are read as of one moment
      // even while another process compacts the room.
      const { rows } = await q<{
        is_snapshot: boolean;
        seq: string;
        data: Buffer;
        schema_version: number | null;
      }>(
        `WITH snap AS (SELECT data, upto_seq, schema_version FROM doc_snapshots WHERE room = $1)
         SELECT true AS is_snapshot, upto_seq AS seq, data, schema_version FROM snap
         UNION ALL
         SELECT false, seq, data, NULL FROM doc_updates
           WHERE room = $1 AND seq > COALESCE((SELECT upto_seq FROM snap), 0)
         ORDER BY is_snapshot DESC, seq`,
        [room],
      );
      const snap = rows[0]?.is_snapshot ? rows[0] : undefined;
      const updates = snap ? rows.slice(1) : rows;
      return {
        snapshot: snap ? bytes(snap.data) : null,
        updates: updates.map((r) => bytes(r.data)),
        lastSeq: Number(rows.at(-1)?.seq ?? 0),
        schemaVersion: snap?.schema_version ?? null,
      };
    },
    async appendUpdates(room, updates, fence) {
      // One statement: the fence is checked (its lease row share-locked), the head row is
      // created or advanced (taking its lock until commit), and the rows get the numbers
      // just below the new head. A stale fence inserts nothing and returns no row.
      const { rows } = await q<{ last_seq: string }>(
        `WITH head AS (
           INSERT INTO doc_heads (room, last_seq) SELECT $1::text, $2::bigint WHERE ${fenceCheck('$4', '$5')}
           ON CONFLICT (room) DO UPDATE SET last_seq = doc_heads.last_seq + EXCLUDED.last_seq
           RETURNING last_seq
         ), logged AS (
           INSERT INTO doc_updates (room, seq, data)
           SELECT $1, head.last_seq - $2 + u.n, u.data
           FROM head, unnest($3::bytea[]) WITH ORDINALITY AS u(data, n)
         )
         SELECT last_seq FROM head`,
        [room, updates.length, updates.map(buffer), ...fenceParams(fence)],
      );
      if (!rows[0]) throw new StaleLeaseError(fence!);
      return Number(rows[0].last_seq);
    },
    async writeSnapshot(room, data, uptoSeq, schemaVersion, fence) {
      // A snapshot covering less than the stored one is not written, and then no row is
      // dropped either; nor is anything under a stale fence, which is then refused.
      const { rows } = await q<{ allowed: boolean }>(
        `WITH fence AS (SELECT ${fenceCheck('$5', '$6')} AS allowed),
         snap AS (
           INSERT INTO doc_snapshots (room, data, upto_seq, schema_version)
           SELECT $1::text, $2::bytea, $3::bigint, $4::integer FROM fence WHERE fence.allowed
           ON CONFLICT (room) DO UPDATE SET data = EXCLUDED.data, upto_seq = EXCLUDED.upto_seq,
             schema_version = EXCLUDED.schema_version
           WHERE EXCLUDED.upto_seq >= doc_snapshots.upto_seq
           RETURNING upto_seq
         ), dropped AS (
           DELETE FROM doc_updates WHERE room = $1 AND seq <= (SELECT upto_seq FROM snap)
         )
         SELECT allowed FROM fence`,
        [room, buffer(data), uptoSeq, schemaVersion, ...fenceParams(fence)],
      );
      if (!rows[0]?.allowed) throw new StaleLeaseError(fence!);
    },
    async countUpdates(room) {
      const { rows } = await q<{ n: string }>(
        'SELECT count(*) AS n FROM doc_updates WHERE room = $1',
        [room],
      );
      return Number(rows[0]?.n ?? 0);
    },
    async listRooms(prefix) {
      const pattern = likePrefix(prefix);
      const { rows } = await q<{ room: string }>(
        `SELECT room FROM doc_snapshots WHERE room LIKE $1
         UNION SELECT room FROM doc_updates WHERE room LIKE $1`,
        [pattern],
      );
      return rows.map((r) => r.room);
    },
    async roomSizes(prefix) {
      const pattern = likePrefix(prefix);
      // octet_length reads a stored value's size from its header, not its content.
      const { rows } = await q<{ room: string; bytes: string }>(
        `SELECT room, sum(n) AS bytes FROM (
           SELECT room, octet_length(data) AS n FROM doc_snapshots WHERE room LIKE $1
           UNION ALL
           SELECT room, octet_length(data) FROM doc_updates WHERE room LIKE $1
         ) AS sizes GROUP BY room`,
        [pattern],
      );
      return new Map(rows.map((r) => [r.room, Number(r.bytes)]));
    },
    async recordAttendee(boardId, role, name) {
      await q(
        `INSERT INTO attendees (board_id, role, name, first_seen) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING`,
        [boardId, role, name, Date.now()],
      );
    },
    async listAttendees(boardId) {
      const { rows } = await q<{ role: Role; name: string }>(
        `SELECT role, name FROM (
           SELECT role, name, first_seen, 0 AS kind, id::text AS n FROM attendees WHERE board_id = $1
           UNION ALL
           SELECT role, name, joined_at, 1, member_id FROM board_members
             WHERE board_id = $1 AND name IS NOT NULL AND removed = 0
         ) AS people ORDER BY kind, first_seen, n`,
        [boardId],
      );
      return rows;
    },
    async lockAnonymity(boardId) {
      await q('INSERT INTO anonymity_locks (board_id) VALUES ($1) ON CONFLICT DO NOTHING', [
        boardId,
      ]);
    },
    async isAnonymityLocked(boardId) {
      const { rowCount } = await q('SELECT 1 FROM anonymity_locks WHERE board_id = $1', [boardId]);
      return (rowCount ?? 0) > 0;
    },
    async probeWrite() {
      await q(
        `INSERT INTO store_probe (id, written_at) VALUES (1, $1)
         ON CONFLICT (id) DO UPDATE SET written_at = excluded.written_at`,
        [Date.now()],
      );
    },
    async secret(name) {
      // Insert, else read in a second statement: it sees the row a concurrent caller
      // committed first, so every process agrees on one value.
      const inserted = await q<{ value: Buffer }>(
        'INSERT INTO secrets (name, value) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING value',
        [name, randomBytes(32)],
      );
      if (inserted.rows[0]) return inserted.rows[0].value;
      const { rows } = await q<{ value: Buffer }>('SELECT value FROM secrets WHERE name = $1', [
        name,
      ]);
      return rows[0]!.value;
    },
    close: () => endPool(pool),
  };
}
