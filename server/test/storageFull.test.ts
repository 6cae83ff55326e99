/**
 * Storage failure is never silent: a DATA_DIR that runs low on space, a disk that fills
 * up, a store that fails its writes. New boards get 507, `/readyz` 503 with the reason,
 * edits are refused (4507) and kept by their client, the log says it once at error level
 * and once when it is over; afterwards the edits land for everyone and survive a restart.
 *
 * The disk is a tmpfs of 4 MiB the test mounts (root only); without root, the test says
 * so and the tmpfs cases do not run, while the store that fails its writes
 * (STORE_FAULT_FILE) runs everywhere, on SQLite and on Postgres.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import {
  addCard,
  CARD_TEXT_MAX,
  castVote,
  CloseCode,
  DEFAULT_TEMPLATE,
  DEFAULT_VOTE_LIMITS,
  groupCards,
  newMemberKey,
  readCards,
  readRevealedCards,
  readVotes,
  readVoting,
  roomName,
  runSessionCommand,
  setVotingStatus,
  VersionListSchema,
} from '@hindsight/shared';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import type { BrainstormPluginOptions } from '../src/plugins/brainstorm.ts';
import type { HistoryPluginOptions } from '../src/plugins/history.ts';
import type { RoomsPluginOptions } from '../src/plugins/rooms.ts';
import { Room } from '../src/sync/room.ts';
import {
  connect,
  createBoard,
  type StoreKind,
  synced,
  type TestClient,
  testContext,
  type TestStorage,
  WAIT_MS,
} from './helpers.ts';
import { openRaw, PRESENCE_QUERY } from './attack.ts';
import { mountSmallDisk } from './smallDisk.ts';

const t = testContext();

interface LogLine {
  readonly level: number;
  readonly msg: string;
}
const ERROR = 50;

/** A server on `env` whose log lines the test reads. */
async function start(
  env: Record<string, string>,
  rooms?: RoomsPluginOptions,
  plugins: { brainstorm?: BrainstormPluginOptions; history?: HistoryPluginOptions } = {},
) {
  const lines: LogLine[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n')) if (line) lines.push(JSON.parse(line));
      done();
    },
  });
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', STATIC_DIR: '/nonexistent', ...env });
  const app = await buildApp({ config, rooms, ...plugins, logger: { level: 'debug', stream } });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  const { token } = await app.workspace.tokens.create({ name: 'tests', scope: 'admin' });
  let stopped = false;
  const stop = async () => {
    if (!stopped) await app.close();
    stopped = true;
  };
  t.defer(stop);
  return {
    app,
    url,
    apiToken: token,
    stop,
    errors: () => lines.filter((l) => l.level >= ERROR),
    said: (text: string) => lines.filter((l) => l.msg.includes(text)),
  };
}
type Started = Awaited<ReturnType<typeof start>>;

const texts = (doc: Y.Doc) => new Set(readCards(doc).map((c) => c.text));

/** Close codes the server sent a client. */
function closeCodes(client: TestClient): number[] {
  const codes: number[] = [];
  client.provider.on('connection-close', (event) => {
    if (event) codes.push(event.code);
  });
  return codes;
}

async function readyz(server: Started) {
  const res = await fetch(`${server.url}/readyz`);
  return { status: res.status, body: (await res.json()) as { reason?: string } };
}

/** A writer and a reader on a new board, synced. */
async function meeting(server: Started) {
  const board = await createBoard(server);
  const writer = t.client(server, board.id, board.tokens.participant);
  const reader = t.client(server, board.id, board.tokens.observer, newMemberKey());
  await Promise.all([synced(writer), synced(reader)]);
  return { board, writer, reader, writerCloses: closeCodes(writer) };
}

/**
 * The edits and what became of them: refused while the store cannot write (the writer is
 * told 4507 and nobody sees them), landed for the reader once it can, and all there after
 * a restart on the same storage.
 */
async function pausedThenLanded(
  server: Started,
  { writer, reader, writerCloses, board }: Awaited<ReturnType<typeof meeting>>,
  repair: () => void | Promise<void>,
  restart: () => Promise<Started>,
) {
  addCard(writer.doc, { text: 'written while paused', column: 'went-wrong' });
  await vi.waitFor(() => expect(writerCloses).toContain(CloseCode.SavingPaused), {
    timeout: WAIT_MS,
  });
  // Refused before it was applied: nobody was shown it, the writer still has it.
  expect(texts(reader.doc).has('written while paused')).toBe(false);
  expect(texts(writer.doc).has('written while paused')).toBe(true);
  const room = await server.app.rooms.withRooms([board.id], ([r]) => texts(r!.doc));
  expect(room.has('written while paused')).toBe(false);

  await repair();
  await vi.waitFor(async () => expect((await readyz(server)).status).toBe(200), {
    timeout: WAIT_MS,
  });
  await vi.waitFor(() => expect(texts(reader.doc).has('written while paused')).toBe(true), {
    timeout: WAIT_MS,
  });
  const written = [...texts(writer.doc)];
  const seen = [...texts(reader.doc)];
  expect(server.said('storage: writes work again')).toHaveLength(1);

  await server.stop();
  const again = await restart();
  const fresh = connect(again, board.id, board.tokens.observer);
  t.defer(fresh.destroy);
  await synced(fresh);
  const restored = texts(fresh.doc);
  expect(seen.filter((text) => !restored.has(text))).toEqual([]);
  expect(written.filter((text) => !restored.has(text))).toEqual([]);
  return { seen: seen.length, restored: restored.size, pauses: writerCloses.length };
}

const canMount = (() => {
  const probe = mountSmallDisk(1);
  probe?.remove();
  if (!probe)
    console.info('storageFull: cannot mount a tmpfs here (not root): tmpfs cases skipped');
  return probe !== null;
})();

describe.runIf(canMount)('on a 4 MiB tmpfs', () => {
  function disk() {
    const small = mountSmallDisk(4)!;
    t.defer(() => small.remove());
    return small;
  }

  it('below MIN_FREE_DISK_MB: boards get 507, readyz says low-disk, edits pause and then land', async () => {
    const small = disk();
    const env = { DATA_DIR: small.path, MIN_FREE_DISK_MB: '1' };
    const server = await start(env);
    const m = await meeting(server);
    addCard(m.writer.doc, { text: 'before', column: 'went-wrong' });
    await vi.waitFor(() => expect(texts(m.reader.doc).has('before')).toBe(true), {
      timeout: WAIT_MS,
    });

    await small.fill(512 * 1024);
    const refused = await fetch(`${server.url}/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.apiToken}` },
      body: JSON.stringify({ title: 'one too many' }),
    });
    expect(refused.status).toBe(507);
    expect(await refused.json()).toMatchObject({ error: 'insufficient_storage' });
    expect(await readyz(server)).toMatchObject({ status: 503, body: { reason: 'low-disk' } });
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

    await pausedThenLanded(
      server,
      m,
      () => small.unfill(),
      () => start(env),
    );
    expect(server.errors()).toHaveLength(1);
    expect(server.errors()[0]!.msg).toMatch(/^storage: free space/);
  });

  it('a full disk: the failed append is logged once, edits pause, and land once the disk grows', async () => {
    const small = disk();
    const env = { DATA_DIR: small.path, MIN_FREE_DISK_MB: '0' };
    const server = await start(env);
    const m = await meeting(server);
    await small.fill(0);

    // Edits until one cannot be stored: those of the failed append are applied but not
    // relayed (the room keeps them and retries); after it, nothing more is applied.
    let n = 0;
    const text = (i: number) => `${i} `.padEnd(CARD_TEXT_MAX, 'x');
    await vi.waitFor(
      () => {
        if (!server.app.storageHealth.writable) return;
        m.writer.doc.transact(() => {
          for (let i = 0; i < 40; i++) addCard(m.writer.doc, { text: text(n++), column: 'lucky' });
        });
        throw new Error('the store still writes');
      },
      { timeout: WAIT_MS, interval: 50 },
    );
    expect(await readyz(server)).toMatchObject({ status: 503, body: { reason: 'store' } });
    const relayedBeforePause = texts(m.reader.doc).size;

    const outcome = await pausedThenLanded(
      server,
      m,
      () => small.resize(16),
      () => start(env),
    );
    console.info(
      `full disk: ${n} cards written before the store failed, ${relayedBeforePause} relayed; ` +
        `after recovery ${outcome.seen} seen by the reader, ${outcome.restored} after a restart ` +
        `(0 lost); ${outcome.pauses} closes with 4507; ${server.errors().length} error line`,
    );
    expect(server.errors()).toHaveLength(1);
    expect(server.errors()[0]!.msg).toMatch(/^storage: a write failed/);
  });
});

describe.each<StoreKind>(['sqlite', 'postgres'])(
  'with a store that fails its writes (%s)',
  (kind) => {
    it('edits pause with 4507 and land once writes work; readyz 503 meanwhile; one error line', async () => {
      const storage: TestStorage = await t.storage(kind);
      const faultFile = join(storage.dataDir, 'fail-writes');
      const env = { ...storage.env, STORE_FAULT_FILE: faultFile, MIN_FREE_DISK_MB: '0' };
      const server = await start(env);
      const m = await meeting(server);
      writeFileSync(faultFile, '');
      await vi.waitFor(async () => expect((await readyz(server)).body.reason).toBe('store'), {
        timeout: WAIT_MS,
      });
      const refused = await fetch(`${server.url}/api/boards`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${server.apiToken}` },
        body: JSON.stringify({ title: 'one too many' }),
      });
      expect(refused.status).toBe(507);
      const undo = await fetch(`${server.url}/api/boards/${m.board.id}/restores/undo`, {
        method: 'POST',
        headers: { authorization: `Bearer ${m.board.tokens.facilitator}` },
      });
      expect(undo.status).toBe(507);
      // Someone arrives while the store fails: their attendance cannot be recorded, and
      // the log does not say so again at error level.
      m.reader.provider.awareness.setLocalStateField('user', { name: 'Olive Observer' });
      await vi.waitFor(() => expect(server.said('could not record an attendee')).not.toEqual([]), {
        timeout: WAIT_MS,
      });

      await pausedThenLanded(
        server,
        m,
        () => rmSync(faultFile),
        () => start(env),
      );
      expect(server.errors()).toHaveLength(1);
      expect(server.errors()[0]!.msg).toMatch(/^storage: a write failed/);
    });
  },
);

describe('a room whose append failed', () => {
  it('relays nothing it could not store: the batch goes out once a retry stores it', async () => {
    const storage = await t.storage('sqlite');
    const faultFile = join(storage.dataDir, 'fail-writes');
    const env = { ...storage.env, STORE_FAULT_FILE: faultFile, MIN_FREE_DISK_MB: '0' };
    const server = await start(env);
    const board = await createBoard(server);
    const writer = t.client(server, board.id, board.tokens.participant);
    await synced(writer);
    const url = `${server.url.replace(/^http/, 'ws')}/sync/${board.id}?token=${board.tokens.observer}`;
    const reader = await openRaw(url);
    t.defer(() => reader.ws.terminate());
    const messages: Uint8Array[] = [];
    reader.ws.on('message', (data: Buffer) => messages.push(new Uint8Array(data)));
    const updates = () => messages.filter((m) => m[0] === 0 && m[1] === 2);
    const answers = () => messages.filter((m) => m[0] === 1);

    // Accepted while the store looked fine; its append fails.
    writeFileSync(faultFile, '');
    addCard(writer.doc, { text: 'stored before it is shown', column: 'lucky' });
    await vi.waitFor(() => expect(server.app.storageHealth.problem).toBe('store'), {
      timeout: WAIT_MS,
    });
    // The answer to a presence query comes after anything relayed to the reader before it.
    reader.ws.send(PRESENCE_QUERY);
    await vi.waitFor(() => expect(answers()).toHaveLength(1), { timeout: WAIT_MS });
    expect(updates()).toEqual([]);

    rmSync(faultFile);
    await vi.waitFor(() => expect(updates()).toHaveLength(1), { timeout: WAIT_MS });
    const doc = new Y.Doc();
    const decoder = decoding.createDecoder(updates()[0]!);
    decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
    Y.applyUpdate(doc, decoding.readVarUint8Array(decoder));
    expect(texts(doc).has('stored before it is shown')).toBe(true);
  });

  it('stays in memory, retrying, while nobody is in it, and stores the update once it can', async () => {
    const storage = await t.storage('sqlite');
    const faultFile = join(storage.dataDir, 'fail-writes');
    const env = { ...storage.env, STORE_FAULT_FILE: faultFile, MIN_FREE_DISK_MB: '0' };
    const server = await start(env, { idleMs: 10 });
    const board = await createBoard(server);
    const writer = connect(server, board.id, board.tokens.participant);
    t.defer(writer.destroy);
    await synced(writer);

    // Accepted while the store looked fine, and then its append fails.
    writeFileSync(faultFile, '');
    addCard(writer.doc, { text: 'relayed, not stored yet', column: 'lucky' });
    await vi.waitFor(() => expect(server.app.storageHealth.problem).toBe('store'), {
      timeout: WAIT_MS,
    });
    const flush = vi.spyOn(Room.prototype, 'flush');
    const close = vi.spyOn(Room.prototype, 'close');
    t.defer(
      () => flush.mockRestore(),
      () => close.mockRestore(),
    );
    writer.destroy();
    // Every idle unload flushes first; one a second would be the retries alone.
    await vi.waitFor(() => expect(flush.mock.calls.length).toBeGreaterThan(20), {
      timeout: WAIT_MS,
    });
    expect(close).not.toHaveBeenCalled();

    rmSync(faultFile);
    await vi.waitFor(() => expect(close).toHaveBeenCalled(), { timeout: WAIT_MS });
    await server.stop();
    const store = await storage.open();
    t.defer(() => store.close());
    const stored = await store.loadDoc(board.id);
    const doc = new Y.Doc();
    for (const update of [stored.snapshot!, ...stored.updates]) Y.applyUpdate(doc, update);
    expect(texts(doc).has('relayed, not stored yet')).toBe(true);
  });
});

describe('the server’s own writes while the store cannot write', () => {
  /** A server whose store fails its writes while `faultFile` exists, and a board on it. */
  async function faulty(plugins: Parameters<typeof start>[2]) {
    const storage = await t.storage('sqlite');
    const faultFile = join(storage.dataDir, 'fail-writes');
    const env = { ...storage.env, STORE_FAULT_FILE: faultFile, MIN_FREE_DISK_MB: '0' };
    const server = await start(env, undefined, plugins);
    const board = await createBoard(server);
    const fail = async () => {
      writeFileSync(faultFile, '');
      await vi.waitFor(async () => expect((await readyz(server)).body.reason).toBe('store'), {
        timeout: WAIT_MS,
      });
    };
    const repair = async () => {
      rmSync(faultFile);
      await vi.waitFor(async () => expect((await readyz(server)).status).toBe(200), {
        timeout: WAIT_MS,
      });
    };
    return { server, board, fail, repair };
  }

  it('the tally waits for the store, and is written once it can be stored', async () => {
    // The ballots are counted when the test says so, not when a grace period ends.
    const { server, board, fail, repair } = await faulty({
      brainstorm: { voteGraceMs: 3_600_000 },
    });
    const facRoom = roomName(board.id, 'facilitation');
    const facilitator = t.client(server, facRoom, board.tokens.facilitator);
    const boardDoc = t.client(server, board.id, board.tokens.facilitator);
    const observer = t.client(server, facRoom, board.tokens.observer);
    await Promise.all([synced(facilitator), synced(boardDoc), synced(observer)]);
    const alice = await t.member(server, board, 'Alice');
    addCard(alice.doc, { text: 'Pool too small', column: 'went-wrong' });
    runSessionCommand(facilitator.doc, DEFAULT_TEMPLATE, { type: 'reveal' }, Date.now());
    await vi.waitFor(() => expect(readRevealedCards(facilitator.doc)).toHaveLength(1), {
      timeout: WAIT_MS,
    });
    const cluster = groupCards(boardDoc.doc, [readRevealedCards(facilitator.doc)[0]!.id])!;
    setVotingStatus(facilitator.doc, 'open');
    await vi.waitFor(() => expect(readVoting(observer.doc).status).toBe('open'));
    castVote(alice.doc, cluster, DEFAULT_VOTE_LIMITS);
    setVotingStatus(facilitator.doc, 'closed');
    await vi.waitFor(() => expect(readVoting(observer.doc).status).toBe('closed'));
    const aliceRoom = alice.provider.roomname;
    await vi.waitFor(async () => {
      const votes = await server.app.rooms.withRooms([aliceRoom], ([r]) => readVotes(r!.doc));
      expect(votes.get(cluster)).toBe(1);
    });

    await fail();
    await server.app.brainstorm.countVotes(board.id);
    expect(server.said('the projection waits for the store')).toHaveLength(1);
    const held = await server.app.rooms.withRooms([facRoom], ([r]) => readVoting(r!.doc));
    expect(held).toMatchObject({ status: 'closed', tally: {} });

    await repair();
    await vi.waitFor(() => expect(readVoting(observer.doc).tally).toEqual({ [cluster]: 1 }), {
      timeout: WAIT_MS,
    });
  });

  it('a version due while the store fails is kept once it can be stored', async () => {
    // Time enough to make the store fail between an edit and the version it makes due.
    const { server, board, fail, repair } = await faulty({
      history: { policy: { editsEveryMs: 1500 } },
    });
    const writer = t.client(server, board.id, board.tokens.participant);
    await synced(writer);
    addCard(writer.doc, { text: 'stored just before the store failed', column: 'lucky' });
    await vi.waitFor(async () => {
      const cards = await server.app.rooms.withRooms([board.id], ([r]) => texts(r!.doc));
      expect(cards.size).toBe(1);
    });
    await fail();
    await vi.waitFor(() => expect(server.said('the version waits for the store')).toHaveLength(1), {
      timeout: WAIT_MS,
    });
    const list = async () =>
      VersionListSchema.parse(
        await (
          await fetch(`${server.url}/api/boards/${board.id}/versions`, {
            headers: { authorization: `Bearer ${board.tokens.facilitator}` },
          })
        ).json(),
      ).versions;
    expect(await list()).toEqual([]);

    await repair();
    await vi.waitFor(async () => expect(await list()).toHaveLength(1), { timeout: WAIT_MS });
  });
});
