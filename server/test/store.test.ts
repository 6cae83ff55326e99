/**
 * The store contract: one suite, run against SQLite and Postgres alike. "Two processes"
 * are two store instances on the same storage, each with its own connections.
 */
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import type { BoardRecord, NewDoc, Store, TokenRecord } from '../src/storage/store.ts';
import { MIGRATIONS } from '../src/storage/migrations/index.ts';
import { migratePostgres, openPostgresStore } from '../src/storage/postgresStore.ts';
import { migrateSqlite, openSqliteStore, SQLITE_FILE } from '../src/storage/sqliteStore.ts';
import { STORE_KINDS, testContext, type TestStorage } from './helpers.ts';

const t = testContext();

let boardCount = 0;
const board = (id = `board-${++boardCount}`): BoardRecord => ({
  id,
  title: `Board ${id}`,
  template: 'default',
  createdAt: 1_700_000_000_000 + boardCount,
});
const tokens: TokenRecord[] = [
  { role: 'facilitator', hash: 'f'.repeat(64) },
  { role: 'participant', hash: 'p'.repeat(64) },
  { role: 'observer', hash: 'o'.repeat(64) },
];
const bytes = (...values: number[]) => Uint8Array.from(values);
const noRooms = new Map<string, NewDoc>();
/** A doc as a new board's: its state and its layout version. */
const newDoc = (...values: number[]): NewDoc => ({ state: bytes(...values), schemaVersion: 2 });

describe.each(STORE_KINDS)('store contract on %s', (kind) => {
  let storage: TestStorage;
  /** A store on this test's storage, closed after the test. */
  const open = async (): Promise<Store> => {
    storage ??= await t.storage(kind);
    const store = await storage.open();
    t.defer(() => store.close());
    return store;
  };
  const fresh = async (): Promise<Store> => {
    storage = await t.storage(kind);
    return open();
  };

  it('creates a board with its tokens and first rooms in one transaction', async () => {
    const store = await fresh();
    const b = board();
    await store.createBoard(b, tokens, new Map([[b.id, newDoc(1, 2, 3)]]));
    expect(await store.getBoard(b.id)).toEqual(b);
    expect(await store.getBoard('nope')).toBeNull();
    expect(new Set(await store.getTokens(b.id))).toEqual(new Set(tokens));
    expect(await store.loadDoc(b.id)).toEqual({
      snapshot: bytes(1, 2, 3),
      updates: [],
      lastSeq: 0,
      schemaVersion: 2,
    });

    // The same id again fails as a whole: no token and no room of the second attempt stays.
    const again = { ...b, title: 'Again' };
    await expect(
      store.createBoard(
        again,
        [{ role: 'observer', hash: 'x'.repeat(64) }],
        new Map([[`${b.id}/facilitation`, newDoc(9)]]),
      ),
    ).rejects.toThrow();
    expect(await store.getBoard(b.id)).toEqual(b);
    expect(new Set(await store.getTokens(b.id))).toEqual(new Set(tokens));
    expect((await store.loadDoc(`${b.id}/facilitation`)).snapshot).toBeNull();
  });

  it("replaces one role's token and leaves the others", async () => {
    const store = await fresh();
    const b = board();
    await store.createBoard(b, tokens, noRooms);
    await store.setToken(b.id, { role: 'participant', hash: 'n'.repeat(64) });
    expect(new Set(await store.getTokens(b.id))).toEqual(
      new Set([tokens[0], { role: 'participant', hash: 'n'.repeat(64) }, tokens[2]]),
    );
  });

  it("numbers each room's updates 1, 2, 3… whatever other rooms do", async () => {
    const store = await fresh();
    expect(await store.loadDoc('r1')).toEqual({
      snapshot: null,
      updates: [],
      lastSeq: 0,
      schemaVersion: null,
    });
    expect(await store.appendUpdates('r1', [bytes(1)])).toBe(1);
    expect(await store.appendUpdates('r2', [bytes(7)])).toBe(1);
    expect(await store.appendUpdates('r1', [bytes(2), bytes(3)])).toBe(3);
    expect(await store.appendUpdates('r2', [bytes(8)])).toBe(2);
    expect(await store.loadDoc('r1')).toEqual({
      snapshot: null,
      updates: [bytes(1), bytes(2), bytes(3)],
      lastSeq: 3,
      schemaVersion: null,
    });
    expect(await store.countUpdates('r1')).toBe(3);
  });

  it('gives two processes appending to one room consecutive numbers and loses nothing', async () => {
    const a = await fresh();
    const b = await open();
    const appends = Array.from({ length: 40 }, (_, i) =>
      (i % 2 === 0 ? a : b).appendUpdates('shared', [bytes(i), bytes(100 + i)]),
    );
    const lasts = await Promise.all(appends);
    // Each batch got two consecutive numbers, and the batches tile 1..80 exactly.
    expect([...lasts].sort((x, y) => x - y)).toEqual(
      Array.from({ length: 40 }, (_, i) => 2 * (i + 1)),
    );
    const loaded = await a.loadDoc('shared');
    expect(loaded.lastSeq).toBe(80);
    expect(loaded.updates).toHaveLength(80);
    // Batches stay whole and in commit order: each x is followed by its 100 + x.
    for (let i = 0; i < 80; i += 2)
      expect(loaded.updates[i + 1]![0]).toBe(loaded.updates[i]![0]! + 100);
  });

  it('folds the log into a snapshot up to a number and keeps what came after', async () => {
    const store = await fresh();
    for (let i = 1; i <= 5; i++) await store.appendUpdates('room', [bytes(i)]);
    await store.writeSnapshot('room', bytes(1, 2, 3), 3, 3);
    expect(await store.loadDoc('room')).toEqual({
      snapshot: bytes(1, 2, 3),
      updates: [bytes(4), bytes(5)],
      lastSeq: 5,
      schemaVersion: 3,
    });
    expect(await store.countUpdates('room')).toBe(2);
    // Numbering goes on after the folded rows.
    expect(await store.appendUpdates('room', [bytes(6)])).toBe(6);
  });

  it('never replaces a snapshot with one that covers less', async () => {
    const store = await fresh();
    for (let i = 1; i <= 6; i++) await store.appendUpdates('room', [bytes(i)]);
    await store.writeSnapshot('room', bytes(1, 2, 3, 4, 5), 5, 3);
    // A slower writer that had seen up to 2 only: neither its snapshot nor its fold apply.
    await store.writeSnapshot('room', bytes(1, 2), 2, 2);
    expect(await store.loadDoc('room')).toEqual({
      snapshot: bytes(1, 2, 3, 4, 5),
      updates: [bytes(6)],
      lastSeq: 6,
      schemaVersion: 3,
    });
  });

  it('lists rooms by a literal prefix', async () => {
    const store = await fresh();
    const b = board('b_1%');
    await store.createBoard(b, tokens, new Map([[b.id, newDoc(1)]]));
    await store.appendUpdates(`${b.id}/private-a`, [bytes(1)]);
    await store.writeSnapshot(`${b.id}/private-b`, bytes(2), 0, 3);
    await store.appendUpdates('bx1z/private-c', [bytes(1)]);
    await store.appendUpdates('b_1%x/private-d', [bytes(1)]);
    expect((await store.listRooms(`${b.id}/private-`)).sort()).toEqual([
      `${b.id}/private-a`,
      `${b.id}/private-b`,
    ]);
  });

  it('sums the stored bytes of each room by a literal prefix, snapshot and log rows', async () => {
    const store = await fresh();
    const b = board('b_2%');
    await store.createBoard(b, tokens, new Map([[b.id, newDoc(1, 2, 3)]]));
    await store.appendUpdates(b.id, [bytes(1, 2), bytes(3)]);
    await store.appendUpdates(`${b.id}/private-a`, [bytes(1, 2, 3, 4)]);
    await store.writeSnapshot(`${b.id}/facilitation`, bytes(5, 6), 0, 3);
    await store.appendUpdates('b_2x/private-d', [bytes(1)]);
    await store.appendUpdates('bx2%', [bytes(1)]);
    expect(await store.roomSizes(b.id)).toEqual(
      new Map([
        [b.id, 6],
        [`${b.id}/private-a`, 4],
        [`${b.id}/facilitation`, 2],
      ]),
    );
    expect(await store.roomSizes('nothing-here')).toEqual(new Map());
  });

  it('locks anonymity once and for good, per board', async () => {
    const store = await fresh();
    const [x, y] = [board(), board()];
    await store.createBoard(x, tokens, noRooms);
    await store.createBoard(y, tokens, noRooms);
    expect(await store.isAnonymityLocked(x.id)).toBe(false);
    await store.lockAnonymity(x.id);
    await store.lockAnonymity(x.id);
    expect(await store.isAnonymityLocked(x.id)).toBe(true);
    expect(await store.isAnonymityLocked(y.id)).toBe(false);
  });

  it('records each attendee once, in the order they first came', async () => {
    const store = await fresh();
    const b = board();
    await store.createBoard(b, tokens, noRooms);
    await store.recordAttendee(b.id, 'participant', 'Zoe');
    await store.recordAttendee(b.id, 'facilitator', 'Ana');
    await store.recordAttendee(b.id, 'participant', 'Zoe');
    await store.recordAttendee(b.id, 'observer', 'Zoe');
    expect(await store.listAttendees(b.id)).toEqual([
      { role: 'participant', name: 'Zoe' },
      { role: 'facilitator', name: 'Ana' },
      { role: 'observer', name: 'Zoe' },
    ]);
  });

  it('registers members up to a cap per role, removed ones counting, and two processes together stay under it', async () => {
    const a = await fresh();
    const b = board();
    await a.createBoard(b, tokens, noRooms);
    const first = await a.registerMember(b.id, 'm1', 'participant', 2);
    expect(first).toMatchObject({
      memberId: 'm1',
      role: 'participant',
      name: null,
      removed: false,
    });
    // A known member is returned unchanged, whatever role or limit it is asked with.
    expect(await a.registerMember(b.id, 'm1', 'observer', 0)).toEqual(first);
    expect(await a.registerMember(b.id, 'm2', 'participant', 2)).not.toBeNull();
    expect(await a.registerMember(b.id, 'm3', 'participant', 2)).toBeNull();
    expect(await a.registerMember(b.id, 'o1', 'observer', 2)).not.toBeNull();

    expect(await a.removeMember(b.id, 'm2')).toBe(true);
    expect(await a.removeMember(b.id, 'nobody')).toBe(false);
    // Removing a member frees no place: removals cannot be used to mint more members.
    expect(await a.registerMember(b.id, 'm3', 'participant', 2)).toBeNull();
    await a.nameMember(b.id, 'm1', 'Ana');
    expect(
      (await a.listMembers(b.id)).map(({ memberId, role, name, removed }) => ({
        memberId,
        role,
        name,
        removed,
      })),
    ).toEqual([
      { memberId: 'm1', role: 'participant', name: 'Ana', removed: false },
      { memberId: 'm2', role: 'participant', name: null, removed: true },
      { memberId: 'o1', role: 'observer', name: null, removed: false },
    ]);

    const other = board();
    await a.createBoard(other, tokens, noRooms);
    const second = await open();
    const keys = Array.from({ length: 12 }, (_, i) => `k${i}`);
    const results = await Promise.all(
      keys.map((key, i) => (i % 2 ? a : second).registerMember(other.id, key, 'participant', 5)),
    );
    expect(results.filter((r) => r !== null)).toHaveLength(5);
    expect(await a.listMembers(other.id)).toHaveLength(5);
    expect(await a.listMembers(b.id)).toHaveLength(3);
  });

  it('keeps a secret across restarts, and two processes asking at once agree', async () => {
    const a = await fresh();
    const b = await open();
    const [first, second] = await Promise.all([a.secret('export'), b.secret('export')]);
    expect(first).toHaveLength(32);
    expect(second).toEqual(first);
    expect(await a.secret('other')).not.toEqual(first);
    await a.close();
    const reopened = await open();
    expect(await reopened.secret('export')).toEqual(first);
  });

  it('takes a probe write again and again, and fails it once closed', async () => {
    const store = await fresh();
    await store.probeWrite();
    await store.probeWrite();
    await store.close();
    await expect(store.probeWrite()).rejects.toThrow();
  });

  it('keeps everything across a close and a reopen', async () => {
    const store = await fresh();
    const b = board();
    await store.createBoard(b, tokens, new Map([[b.id, newDoc(1)]]));
    await store.appendUpdates(b.id, [bytes(2)]);
    await store.lockAnonymity(b.id);
    await store.close();
    const again = await open();
    expect(await again.getBoard(b.id)).toEqual(b);
    expect(await again.loadDoc(b.id)).toEqual({
      snapshot: bytes(1),
      updates: [bytes(2)],
      lastSeq: 1,
      schemaVersion: 2,
    });
    expect(await again.isAnonymityLocked(b.id)).toBe(true);
  });
});

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
