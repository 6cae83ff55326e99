import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { addCard, CloseCode, deleteCard, editCard, readCards, roomName } from '@hindsight/shared';
import {
  closeCodeOf,
  connect,
  createBoard,
  startServer,
  synced,
  testContext,
  WAIT_MS,
} from './helpers.ts';

/** A loaded machine delivers late; wait for the condition, not vitest's default second. */
const until = { timeout: WAIT_MS, interval: 50 };

const t = testContext();

const setup = () => t.server();

const client = t.client;

const texts = (doc: Y.Doc) => readCards(doc).map((c) => c.text);

/** Any write will do to test the facilitation doc's permissions before its layout exists. */
// eslint-disable-next-line no-restricted-syntax -- a probe, not part of any doc layout
const probe = (doc: Y.Doc) => doc.getMap('probe');

describe('sync endpoint', () => {
  it('keeps the board meta in the board row, out of the doc participants write', async () => {
    const server = await setup();
    const board = await createBoard(server, 'Checkout 5xx for 47 minutes');
    const a = client(server, board.id, board.tokens.participant);
    await synced(a);
    expect(a.doc.share.size).toBe(0);
    const info = await fetch(`${server.url}/api/boards/${board.id}`, {
      headers: { authorization: `Bearer ${board.tokens.participant}` },
    });
    expect(await info.json()).toMatchObject({
      title: 'Checkout 5xx for 47 minutes',
      template: 'default',
    });
  });

  it('two clients converge on adds, edits and deletes', async () => {
    const server = await setup();
    const board = await createBoard(server);
    const a = client(server, board.id, board.tokens.facilitator);
    const b = client(server, board.id, board.tokens.participant);
    await Promise.all([synced(a), synced(b)]);

    const first = addCard(a.doc, { text: 'Alert fired within two minutes', column: 'went-well' });
    addCard(b.doc, { text: 'No alert on pool saturation', column: 'went-wrong' });
    await vi.waitFor(() => {
      expect(texts(a.doc)).toHaveLength(2);
      expect(texts(b.doc)).toHaveLength(2);
    }, until);
    editCard(b.doc, first, 'Latency alert fired within two minutes');
    await vi.waitFor(
      () => expect(texts(a.doc)).toContain('Latency alert fired within two minutes'),
      until,
    );
    deleteCard(a.doc, first);
    await vi.waitFor(() => expect(texts(b.doc)).toEqual(['No alert on pool saturation']), until);
    expect(Y.encodeStateVector(a.doc)).toEqual(Y.encodeStateVector(b.doc));
  });

  it("keeps a writer's connection open when a server hook throws after its update: the update is applied, relayed and stored", async () => {
    const logged: { level: number; msg?: string; hook?: string }[] = [];
    const server = await t.server({
      logger: { level: 'warn', stream: { write: (line: string) => logged.push(JSON.parse(line)) } },
    });
    const board = await createBoard(server);
    let after = 0;
    server.app.rooms.addHooks({
      afterPeerUpdate: () => {
        throw new Error('a bug in a feature');
      },
    });
    server.app.rooms.addHooks({ afterPeerUpdate: () => void after++ });
    const writer = client(server, board.id, board.tokens.participant);
    const reader = client(server, board.id, board.tokens.observer);
    await Promise.all([synced(writer), synced(reader)]);
    const closes: number[] = [];
    writer.provider.on('connection-close', (event) => closes.push(event?.code ?? 0));

    addCard(writer.doc, { text: 'first', column: 'went-wrong' });
    await vi.waitFor(() => expect(texts(reader.doc)).toEqual(['first']), until);
    addCard(writer.doc, { text: 'second', column: 'lucky' });
    await vi.waitFor(() => expect(texts(reader.doc)).toEqual(['first', 'second']), until);
    expect(closes).toEqual([]);
    // The hooks after the one that threw still ran, and the failure was logged as the server's.
    expect(after).toBeGreaterThanOrEqual(2);
    expect(logged.filter((l) => l.msg === 'a room hook failed').length).toBeGreaterThanOrEqual(2);
    expect(logged.filter((l) => l.msg === 'closing connection')).toEqual([]);
    const fresh = client(server, board.id, board.tokens.facilitator);
    await vi.waitFor(() => expect(texts(fresh.doc)).toEqual(['first', 'second']), until);
  });

  it('a client joining late receives the whole state', async () => {
    const server = await setup();
    const board = await createBoard(server);
    const a = client(server, board.id, board.tokens.participant);
    await synced(a);
    for (let i = 0; i < 20; i++) addCard(a.doc, { text: `card ${i}`, column: 'went-wrong' });
    const late = client(server, board.id, board.tokens.observer);
    await synced(late);
    await vi.waitFor(() => expect(texts(late.doc)).toHaveLength(20), until);
    expect(texts(late.doc)).toEqual(texts(a.doc));
  });

  it('joiners of a large board get its current state, also after it changed', async () => {
    // Large enough that the room keeps one encode of its full state for joiners.
    const server = await setup();
    const board = await createBoard(server);
    const a = client(server, board.id, board.tokens.participant);
    await synced(a);
    for (let i = 0; i < 100; i++) {
      addCard(a.doc, { text: `${i} ${'pool saturation '.repeat(25)}`, column: 'went-wrong' });
    }
    expect(Y.encodeStateAsUpdate(a.doc).length).toBeGreaterThan(40_000);
    const first = client(server, board.id, board.tokens.observer);
    await vi.waitFor(() => expect(texts(first.doc)).toHaveLength(100), until);

    addCard(a.doc, { text: 'added after the first joiner', column: 'went-well' });
    const second = client(server, board.id, board.tokens.observer);
    await vi.waitFor(
      () => expect(texts(second.doc)).toContain('added after the first joiner'),
      until,
    );
    expect(Y.encodeStateVector(second.doc)).toEqual(Y.encodeStateVector(a.doc));
  });

  it('keeps everything across a restart on the same storage', async () => {
    const storage = await t.storage();
    // A tiny compaction threshold exercises both the log and the snapshot.
    let server = await startServer(storage, { compactAfter: 3 });
    const board = await createBoard(server);
    const a = connect(server, board.id, board.tokens.participant);
    await synced(a);
    for (let i = 0; i < 10; i++) {
      addCard(a.doc, { text: `card ${i}`, column: 'lucky' });
      await new Promise((r) => setImmediate(r));
    }
    const watcher = connect(server, board.id, board.tokens.observer);
    await vi.waitFor(() => expect(texts(watcher.doc)).toHaveLength(10), until);
    const before = texts(a.doc);
    a.destroy();
    watcher.destroy();
    await server.stop();

    server = await startServer(storage);
    t.defer(() => server.stop());
    const b = client(server, board.id, board.tokens.participant);
    await synced(b);
    await vi.waitFor(() => expect(texts(b.doc)).toEqual(before), until);
  });

  it('stores an idle room when it unloads and reloads it on demand', async () => {
    const server = await t.server({ rooms: { idleMs: 50 } });
    const board = await createBoard(server);
    const a = connect(server, board.id, board.tokens.participant);
    await synced(a);
    addCard(a.doc, { text: 'survives an unload', column: 'went-well' });
    await vi.waitFor(
      async () => expect(await server.app.store.countUpdates(board.id)).toBe(1),
      until,
    );
    a.destroy();
    await vi.waitFor(() => expect(server.app.rooms.size).toBe(0), until);
    // Unloading compacts the log into the snapshot (after the room has left the map).
    await vi.waitFor(
      async () => expect(await server.app.store.countUpdates(board.id)).toBe(0),
      until,
    );
    const b = client(server, board.id, board.tokens.observer);
    await vi.waitFor(() => expect(texts(b.doc)).toEqual(['survives an unload']), until);
  });
});

describe('refusals', () => {
  it('closes with 4401 for a bad or missing token', async () => {
    const server = await setup();
    const board = await createBoard(server);
    const base = `${server.url.replace(/^http/, 'ws')}/sync/${board.id}`;
    expect(await closeCodeOf(`${base}?token=not-the-token`)).toBe(CloseCode.Unauthorized);
    expect(await closeCodeOf(base)).toBe(CloseCode.Unauthorized);
  });

  it('closes with 4404 for an unknown board and 4400 for a malformed room', async () => {
    const server = await setup();
    const board = await createBoard(server);
    const ws = server.url.replace(/^http/, 'ws');
    expect(await closeCodeOf(`${ws}/sync/AAAAAAAAAAAAAAAA?token=${board.tokens.facilitator}`)).toBe(
      CloseCode.UnknownBoard,
    );
    expect(await closeCodeOf(`${ws}/sync/x?token=x`)).toBe(CloseCode.BadRoom);
    expect(await closeCodeOf(`${ws}/sync/${board.id}/nope?token=${board.tokens.facilitator}`)).toBe(
      CloseCode.BadRoom,
    );
  });

  it('a token of one board does not open another', async () => {
    const server = await setup();
    const one = await createBoard(server);
    const two = await createBoard(server);
    const ws = server.url.replace(/^http/, 'ws');
    expect(await closeCodeOf(`${ws}/sync/${two.id}?token=${one.tokens.facilitator}`)).toBe(
      CloseCode.Unauthorized,
    );
  });

  it("drops an observer's write: not relayed, not stored, connection closed with 4403", async () => {
    const server = await setup();
    const board = await createBoard(server);
    const writer = client(server, board.id, board.tokens.participant);
    const observer = client(server, board.id, board.tokens.observer);
    await Promise.all([synced(writer), synced(observer)]);
    const closed = new Promise<number>((resolve) =>
      observer.provider.on('connection-close', (event) => resolve(event?.code ?? 0)),
    );
    addCard(observer.doc, { text: 'observer was here', column: 'went-wrong' });
    expect(await closed).toBe(CloseCode.Forbidden);
    observer.provider.disconnect();
    addCard(writer.doc, { text: 'participant card', column: 'went-wrong' });
    const fresh = client(server, board.id, board.tokens.facilitator);
    await vi.waitFor(() => expect(texts(fresh.doc)).toEqual(['participant card']), until);
    expect(texts(writer.doc)).toEqual(['participant card']);
  });

  it('keeps an observer connected whose handshake holds content the server lacks, applying none of it', async () => {
    // As after a crash: the observer was relayed a card that the server never stored.
    const server = await setup();
    const board = await createBoard(server);
    const observer = client(server, board.id, board.tokens.observer);
    addCard(observer.doc, { text: 'relayed, never stored', column: 'went-wrong' });
    const closes: number[] = [];
    observer.provider.on('connection-close', (event) => closes.push(event?.code ?? 0));
    await synced(observer);
    const writer = client(server, board.id, board.tokens.participant);
    addCard(writer.doc, { text: 'written after the restart', column: 'lucky' });
    await vi.waitFor(
      () => expect(texts(observer.doc)).toContain('written after the restart'),
      until,
    );
    expect(closes).toEqual([]);
    const fresh = client(server, board.id, board.tokens.facilitator);
    await vi.waitFor(() => expect(texts(fresh.doc)).toEqual(['written after the restart']), until);
  });

  it('only the facilitator writes the facilitation doc', async () => {
    const server = await setup();
    const board = await createBoard(server);
    const room = roomName(board.id, 'facilitation');
    const reader = client(server, room, board.tokens.observer);
    const participant = client(server, room, board.tokens.participant);
    await Promise.all([synced(reader), synced(participant)]);
    const closed = new Promise<number>((resolve) =>
      participant.provider.on('connection-close', (event) => resolve(event?.code ?? 0)),
    );
    probe(participant.doc).set('phase', 'hijacked');
    expect(await closed).toBe(CloseCode.Forbidden);
    participant.provider.disconnect();

    // The facilitator writes another key: a reader that has it has whatever came before.
    const facilitator = client(server, room, board.tokens.facilitator);
    await synced(facilitator);
    probe(facilitator.doc).set('after', 'goal');
    await vi.waitFor(() => expect(probe(reader.doc).get('after')).toBe('goal'), until);
    expect(probe(reader.doc).has('phase')).toBe(false);
    await server.stop();
    const restarted = await startServer(server.storage);
    t.defer(() => restarted.stop());
    const fresh = client(restarted, room, board.tokens.observer);
    await vi.waitFor(() => expect(probe(fresh.doc).get('after')).toBe('goal'), until);
    expect(probe(fresh.doc).has('phase')).toBe(false);
  });
});
