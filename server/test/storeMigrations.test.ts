/**
 * The store's schema migrations on SQLite and Postgres: each step once, however many
 * processes start at once; old databases keep their boards and logs; boards made before
 * the workspace are adopted by it.
 */
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { MIGRATIONS } from '../src/storage/migrations/index.ts';
import { migratePostgres, openPostgresStore } from '../src/storage/postgresStore.ts';
import { migrateSqlite, openSqliteStore, SQLITE_FILE } from '../src/storage/sqliteStore.ts';
import { STORE_KINDS, testContext, type TestStorage } from './helpers.ts';
import { board, bytes } from './store/fixtures.ts';

const t = testContext();

describe('schema migrations', () => {
  it('Postgres: processes starting at once apply each step exactly once', async () => {
    const storage = await t.storage('postgres');
    const stores = await Promise.all([storage.open(), storage.open(), storage.open()]);
    t.defer(...stores.map((s) => () => s.close()));
    const pool = new pg.Pool({ connectionString: storage.databaseUrl });
    t.defer(() => pool.end());
    const { rows } = await pool.query<{ id: string }>(
      'SELECT id FROM schema_migrations ORDER BY id',
    );
    expect(rows.map((r) => r.id)).toEqual(MIGRATIONS.map((m) => m.id));
    expect(await migratePostgres(pool)).toEqual({ applied: [], unknown: [] });
  });

  it('Postgres: a step a newer version recorded is reported, not fatal', async () => {
    const storage = await t.storage('postgres');
    await (await storage.open()).close();
    const pool = new pg.Pool({ connectionString: storage.databaseUrl });
    t.defer(() => pool.end());
    await pool.query("INSERT INTO schema_migrations (id, applied_at) VALUES ('9999_future', 0)");
    const warnings: string[] = [];
    const store = await openPostgresStore(storage.databaseUrl!, { warn: (m) => warnings.push(m) });
    await store.close();
    expect(warnings.join()).toContain('9999_future');
  });

  it('SQLite: a database written before migrations keeps its boards and their logs', async () => {
    const storage = await t.storage('sqlite');
    // The schema and rows exactly as the version without migrations wrote them: one
    // counter numbers the updates of every room.
    const old = new Database(join(storage.dataDir, SQLITE_FILE));
    old.exec(MIGRATIONS[0]!.sqlite as string);
    old.prepare("INSERT INTO boards VALUES ('b1', 'Old', 'default', 1)").run();
    old.prepare("INSERT INTO doc_snapshots VALUES ('b1', x'01', 2)").run();
    for (const [room, data] of [
      ['b1', 1],
      ['b1', 2],
      ['other', 9],
      ['b1', 3],
      ['other', 10],
    ] as const) {
      old.prepare('INSERT INTO doc_updates (room, data) VALUES (?, ?)').run(room, bytes(data));
    }
    old.prepare("DELETE FROM doc_updates WHERE room = 'b1' AND seq <= 2").run();
    old.close();

    const store = openSqliteStore(storage.dataDir);
    t.defer(() => store.close());
    expect(await store.getBoard('b1')).toMatchObject({ title: 'Old' });
    expect(await store.loadDoc('b1')).toEqual({
      snapshot: bytes(1),
      updates: [bytes(3)],
      lastSeq: 4,
      schemaVersion: null,
    });
    expect(await store.loadDoc('other')).toEqual({
      snapshot: null,
      updates: [bytes(9), bytes(10)],
      lastSeq: 5,
      schemaVersion: null,
    });
    // New updates are numbered after the highest old one of the same room.
    expect(await store.appendUpdates('b1', [bytes(4)])).toBe(5);
    expect(await store.appendUpdates('other', [bytes(11)])).toBe(6);
    expect((await store.loadDoc('b1')).updates).toEqual([bytes(3), bytes(4)]);
  });

  it('SQLite: opening again applies nothing', async () => {
    const storage = await t.storage('sqlite');
    await (await storage.open()).close();
    const db = new Database(join(storage.dataDir, SQLITE_FILE));
    t.defer(() => db.close());
    expect(migrateSqlite(db)).toEqual({ applied: [], unknown: [] });
  });
});

describe.each(STORE_KINDS)('boards made before the workspace (%s)', (kind) => {
  const STEP = '0011_board_workspace';
  const before = MIGRATIONS.slice(
    0,
    MIGRATIONS.findIndex((m) => m.id === STEP),
  );

  /** Runs SQL on a store at the step before the workspace owned boards. */
  async function storeBefore(storage: TestStorage, statements: string[]): Promise<void> {
    if (kind === 'sqlite') {
      mkdirSync(storage.dataDir, { recursive: true });
      const db = new Database(join(storage.dataDir, SQLITE_FILE));
      migrateSqlite(db, before);
      for (const sql of statements) db.exec(sql);
      db.close();
    } else {
      const pool = new pg.Pool({ connectionString: storage.databaseUrl });
      await migratePostgres(pool, before);
      for (const sql of statements) await pool.query(sql);
      await pool.end();
    }
  }

  it('adopts them at the first start: listed, no creator, the time of adoption kept', async () => {
    const storage = await t.storage(kind);
    await storeBefore(storage, [
      "INSERT INTO boards (id, title, template, created_at) VALUES ('old1', 'Old one', 'default', 1000)",
      "INSERT INTO boards (id, title, template, created_at) VALUES ('old2', 'Old two', 'default', 2000)",
      `INSERT INTO board_members (board_id, member_id, role, name, joined_at)
       VALUES ('old2', 'm1', 'facilitator', 'Bo', 5)`,
    ]);
    const startedAt = Date.now();
    const store = await storage.open();
    t.defer(() => store.close());
    const rows = await store.listBoards(null, 10);
    expect(rows.map((r) => [r.id, r.title, r.createdBy, r.phase, r.facilitators])).toEqual([
      ['old2', 'Old two', null, null, ['Bo']],
      ['old1', 'Old one', null, null, []],
    ]);
    for (const row of rows) {
      // Seconds precision in SQL: the adoption is within the second of the start.
      expect(row.adoptedAt).toBeGreaterThanOrEqual(Math.floor(startedAt / 1000) * 1000);
      expect(row.adoptedAt).toBeLessThanOrEqual(Date.now());
    }
    // Boards made from now on record their creator and are not adopted.
    await store.createBoard(
      { ...board('new1'), createdAt: 3000, createdBy: { kind: 'person', id: 'p1' } },
      [],
      new Map(),
    );
    const [newest] = await store.listBoards(null, 1);
    expect(newest).toMatchObject({
      id: 'new1',
      createdBy: { kind: 'person', id: 'p1' },
      adoptedAt: null,
    });
    const next = await store.listBoards({ createdAt: 2000, id: 'old2' }, 10);
    expect(next.map((r) => r.id)).toEqual(['old1']);
    await store.setBoardPhase('old1', 'Discuss');
    expect((await store.listBoards(null, 10)).at(-1)?.phase).toBe('Discuss');
  });
});
