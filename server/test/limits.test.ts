/** The sync endpoint's limits and the link rotation (issue: reliability and security). */
import { describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { CloseCode, RotateLinksResponseSchema } from '@hindsight/shared';
import type { SyncLimits } from '../src/sync/limits.ts';
import {
  closeCodeOf,
  connect,
  createBoard,
  startServer,
  synced,
  type TestServer,
  testContext,
  WAIT_MS,
} from './helpers.ts';
import { syncUrl, updateCarrying, wire, WireClient } from './wire.ts';

const t = testContext();

const setup = (limits?: Partial<SyncLimits>, maxRooms?: number) =>
  t.server({ rooms: { maxRooms, idleMs: 60_000 }, limits });

const wsBase = (server: TestServer) => server.url.replace(/^http/, 'ws');

/** A sync update message carrying `bytes` of card text. */
function bigUpdate(bytes: number): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, 'x'.repeat(bytes)); // eslint-disable-line no-restricted-syntax -- payload only
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  syncProtocol.writeUpdate(encoder, Y.encodeStateAsUpdate(doc));
  return encoding.toUint8Array(encoder);
}

/** A socket that has joined its room and then stops reading: the server's queue for it only grows. */
async function stalledReader(server: TestServer, room: string, token: string) {
  const socket = new WebSocket(`${wsBase(server)}/sync/${room}?token=${token}`);
  t.defer(() => socket.terminate());
  socket.on('error', () => undefined);
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  await new Promise((resolve) => socket.once('message', resolve));
  const tcp = (socket as unknown as { _socket: { pause(): void; resume(): void } })._socket;
  tcp.pause();
  return { closed, resume: () => tcp.resume() };
}

/** 12 MB of updates from a writer, relayed to everyone else in the room. */
/** Room for the flood (12 MB) in one doc. */
const ROOMY = { maxDocBytes: 64 * 1024 * 1024, maxBoardBytes: 64 * 1024 * 1024 };

async function flood(server: TestServer, room: string, token: string) {
  const writer = new WebSocket(`${wsBase(server)}/sync/${room}?token=${token}`);
  t.defer(() => writer.terminate());
  await new Promise((resolve) => writer.on('open', resolve));
  for (let i = 0; i < 60; i++) writer.send(bigUpdate(200_000));
}

describe('limits', () => {
  it('closes a connection that sends faster than the message rate with 4429', async () => {
    const server = await setup({ messageBurst: 50, messagesPerSecond: 10 });
    const board = await createBoard(server);
    const awareness = new Uint8Array([1, 1, 0]); // an empty awareness update
    const flood = Array.from({ length: 200 }, () => awareness);
    expect(
      await closeCodeOf(
        `${wsBase(server)}/sync/${board.id}?token=${board.tokens.observer}`,
        WAIT_MS,
        flood,
      ),
    ).toBe(CloseCode.TooManyMessages);
  });

  it('refuses messages above maxPayload (1009)', async () => {
    const server = await setup({ maxPayload: 64 * 1024 });
    const board = await createBoard(server);
    const url = `${wsBase(server)}/sync/${board.id}?token=${board.tokens.participant}`;
    expect(await closeCodeOf(url, WAIT_MS, [bigUpdate(100_000)])).toBe(1009);
  });

  it('refuses a message above the update limit from its header (1009) when no message limit is set', async () => {
    const server = await setup({ maxUpdateBytes: 64 * 1024 });
    expect(server.app.websocketServer.options.maxPayload).toBe(65 * 1024);
    const board = await createBoard(server);
    const url = `${wsBase(server)}/sync/${board.id}?token=${board.tokens.participant}`;
    expect(await closeCodeOf(url, WAIT_MS, [bigUpdate(100_000)])).toBe(1009);
  });

  it('disconnects a client that stops reading instead of buffering without bound', async () => {
    // A long grace: the client has every chance to read its close frame.
    const server = await setup({
      ...ROOMY,
      maxBufferedBytes: 256 * 1024,
      slowConsumerGraceMs: 10 * WAIT_MS,
    });
    const board = await createBoard(server);
    const slow = await stalledReader(server, board.id, board.tokens.observer);
    await flood(server, board.id, board.tokens.participant);
    // The server gives up on it: its socket is closing, with a 4413 behind the backlog.
    await vi.waitFor(
      () =>
        expect(
          [...server.app.websocketServer.clients].filter((ws) => ws.readyState === ws.CLOSING),
        ).toHaveLength(1),
      { timeout: WAIT_MS },
    );
    slow.resume();
    expect(await slow.closed).toBe(CloseCode.SlowConsumer);
    await vi.waitFor(() => expect(server.app.connections.count(board.id)).toBe(1));
  });

  it('drops a slow client that does not read its close frame either, after the grace', async () => {
    const server = await setup({
      ...ROOMY,
      maxBufferedBytes: 256 * 1024,
      slowConsumerGraceMs: 100,
    });
    const board = await createBoard(server);
    await stalledReader(server, board.id, board.tokens.observer);
    await flood(server, board.id, board.tokens.participant);
    // It never reads again; the server frees its buffers all the same.
    await vi.waitFor(() => expect(server.app.connections.count(board.id)).toBe(1), {
      timeout: WAIT_MS,
    });
  });

  it('limits new connections per address (4430 at the door, before the token is checked)', async () => {
    const server = await setup({ connectBurst: 3, connectsPerSecond: 0.001 });
    const board = await createBoard(server);
    const url = `${wsBase(server)}/sync/${board.id}?token=bad`;
    const codes = [];
    for (let i = 0; i < 5; i++) codes.push(await closeCodeOf(url));
    expect(codes).toEqual([4401, 4401, 4401, 4430, 4430]);
  });

  it('closes a malformed message with 4422 and keeps the room usable', async () => {
    const server = await setup();
    const board = await createBoard(server);
    const url = `${wsBase(server)}/sync/${board.id}?token=${board.tokens.participant}`;
    expect(await closeCodeOf(url, WAIT_MS, [new Uint8Array([0, 2, 200, 1, 2, 3])])).toBe(
      CloseCode.Malformed,
    );
    expect(await closeCodeOf(url, WAIT_MS, [new Uint8Array([9])])).toBe(CloseCode.Malformed);
    expect(await closeCodeOf(url, WAIT_MS, ['text frame'])).toBe(CloseCode.Malformed);
    const ok = connect(server, board.id, board.tokens.participant);
    t.defer(ok.destroy);
    await synced(ok);
  });

  it('applies nothing of a malformed message: not relayed, not stored', async () => {
    const server = await setup();
    const board = await createBoard(server);
    const url = (token: string) => syncUrl(server.url, board.id, token);
    const reader = new WireClient(url(board.tokens.observer));
    const writer = new WireClient(url(board.tokens.participant));
    t.defer(
      () => reader.terminate(),
      () => writer.terminate(),
    );
    await Promise.all([reader.joined(), writer.joined()]);
    // Yjs integrates an update's items before it reads its delete set: this one is cut
    // short in the delete set, after items that would be complete.
    const update = updateCarrying('cut short');
    const presence = wire.awareness(77, 1, { user: { name: 'half a presence' } });
    const malformed = [
      wire.update(update.slice(0, -1)),
      wire.step2(update.slice(0, -1)),
      // A sync step that does not exist, followed by what would read as an update.
      Uint8Array.of(0, 7, ...wire.update(update).slice(2)),
      // Two presence entries announced, the second cut short after its client id.
      Uint8Array.of(1, presence.length - 1, 2, ...presence.slice(3), 78),
    ];
    for (const message of malformed) {
      const attacker = new WireClient(url(board.tokens.participant));
      t.defer(() => attacker.terminate());
      await attacker.opened;
      attacker.send(message);
      expect(await attacker.closed).toBe(CloseCode.Malformed);
    }
    writer.send(wire.update(updateCarrying('after the malformed ones')));
    await reader.receives('after the malformed ones');
    expect(reader.received('cut short')).toBe(false);
    expect(reader.received('half a presence')).toBe(false);

    await server.stop();
    const restarted = await startServer(server.storage);
    t.defer(() => restarted.stop());
    const fresh = new WireClient(syncUrl(restarted.url, board.id, board.tokens.observer));
    t.defer(() => fresh.terminate());
    await fresh.joined();
    await fresh.roundTrip();
    expect(fresh.received('after the malformed ones')).toBe(true);
    expect(fresh.received('cut short')).toBe(false);
  });

  it('keeps at most 64 messages from before the room is ready, and closes a 65th with 4422', async () => {
    // Presence queries show each kept message; their own budget is not what this checks.
    const server = await setup({ presenceQueryBurst: 100 });
    const board = await createBoard(server);
    // The token check is held, so every message arrives before the room is ready.
    const { boards, websocketServer } = server.app;
    const access = boards.access.bind(boards);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    t.defer(release);
    boards.access = async (...args) => {
      await held;
      return access(...args);
    };
    const url = `${wsBase(server)}/sync/${board.id}?token=${board.tokens.observer}`;
    // A query for presence is answered even when there is none: each kept message shows.
    const query = Uint8Array.of(3);

    expect(
      await closeCodeOf(
        url,
        WAIT_MS,
        Array.from({ length: 65 }, () => query),
      ),
    ).toBe(CloseCode.Malformed);

    let arrived = 0;
    websocketServer.once('connection', (socket: WebSocket) =>
      socket.on('message', () => {
        if (++arrived === 64) release();
      }),
    );
    const ws = new WebSocket(url);
    t.defer(() => ws.terminate());
    let answers = 0;
    ws.on('message', () => answers++);
    await new Promise((resolve) => ws.on('open', resolve));
    for (let i = 0; i < 64; i++) ws.send(query);
    // Sync step 1 when it joins, then the 64 answers: nothing was dropped or refused.
    await vi.waitFor(() => expect(answers).toBe(65), { timeout: WAIT_MS });
    expect(ws.readyState).toBe(WebSocket.OPEN);
  });

  it('keeps at most maxRooms idle rooms in memory, unloading the least recently used', async () => {
    const server = await setup({}, 2);
    const boards = [
      await createBoard(server),
      await createBoard(server),
      await createBoard(server),
    ];
    for (const board of boards) {
      const c = connect(server, board.id, board.tokens.observer);
      await synced(c);
      c.destroy();
      await vi.waitFor(() => expect(server.app.connections.count(board.id)).toBe(0));
    }
    await vi.waitFor(() =>
      expect(server.app.rooms.residentNames()).toEqual([boards[1]!.id, boards[2]!.id]),
    );
  });
});

describe('origin allowlist', () => {
  it('lets the same origin in and refuses other sites with 403', async () => {
    const server = await setup();
    const board = await createBoard(server);
    const url = `${wsBase(server)}/sync/${board.id}?token=bad`;
    expect(await closeCodeOf(url, WAIT_MS, [], { origin: 'https://evil.example' })).toBe(403);
    expect(await closeCodeOf(url, WAIT_MS, [], { origin: server.url })).toBe(
      CloseCode.Unauthorized,
    );
  });
});

describe('link rotation', () => {
  it('replaces the participant link: old connections are closed, the old token stops working', async () => {
    const server = await setup();
    const board = await createBoard(server);
    const participant = connect(server, board.id, board.tokens.participant);
    const observer = connect(server, board.id, board.tokens.observer);
    t.defer(participant.destroy, observer.destroy);
    await Promise.all([synced(participant), synced(observer)]);
    const closed = new Promise<number>((resolve) =>
      participant.provider.on('connection-close', (event) => resolve(event?.code ?? 0)),
    );

    const rotate = (token: string, roles: string[]) =>
      server.app.inject({
        method: 'POST',
        url: `/api/boards/${board.id}/links`,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        payload: JSON.stringify({ roles }),
      });
    expect((await rotate(board.tokens.participant, ['participant'])).statusCode).toBe(403);
    expect((await rotate(board.tokens.facilitator, ['owner'])).statusCode).toBe(400);
    const res = await rotate(board.tokens.facilitator, ['participant']);
    expect(res.statusCode).toBe(200);
    const body = RotateLinksResponseSchema.parse(res.json());
    expect(await closed).toBe(CloseCode.Unauthorized);
    participant.provider.disconnect();
    expect(observer.provider.wsconnected).toBe(true);

    const url = (token: string) => `${wsBase(server)}/sync/${board.id}?token=${token}`;
    expect(await closeCodeOf(url(board.tokens.participant))).toBe(CloseCode.Unauthorized);
    const fresh = connect(server, board.id, body.tokens.participant!);
    t.defer(fresh.destroy);
    await synced(fresh);
    expect(body.links.participant).toContain(body.tokens.participant);
  });
});

describe('REST rate limit', () => {
  it('refuses a 31st board and a 31st link rotation within a minute with 429', async () => {
    const server = await setup();
    const post = (url: string, body: unknown, token?: string) =>
      server.app.inject({
        method: 'POST',
        url,
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        payload: JSON.stringify(body),
      });
    const created = [];
    for (let i = 0; i < 31; i++)
      created.push(await post('/api/boards', { title: `Board ${i}` }, server.apiToken));
    expect(created.map((res) => res.statusCode)).toEqual([...Array(30).fill(201), 429]);

    const board = created[0]!.json<{ id: string; tokens: { facilitator: string } }>();
    const rotations = [];
    for (let i = 0; i < 31; i++) {
      const res = await post(
        `/api/boards/${board.id}/links`,
        { roles: ['observer'] },
        board.tokens.facilitator,
      );
      rotations.push(res.statusCode);
    }
    expect(rotations).toEqual([...Array(30).fill(200), 429]);
  });

  it('refuses a 31st restore, undo or redo within a minute with 429', async () => {
    const server = await setup();
    const board = await createBoard(server);
    for (const url of [
      `/api/boards/${board.id}/versions/1/restore`,
      `/api/boards/${board.id}/restores/undo`,
      `/api/boards/${board.id}/restores/redo`,
    ]) {
      const codes = [];
      for (let i = 0; i < 31; i++) {
        const res = await server.app.inject({
          method: 'POST',
          url,
          headers: { authorization: `Bearer ${board.tokens.facilitator}` },
        });
        codes.push(res.statusCode);
      }
      // Nothing to restore, undo or redo on a new board: answered, until the limit.
      expect(codes.slice(0, 30), url).not.toContain(429);
      expect(codes[30], url).toBe(429);
    }
  });
});

describe('security headers', () => {
  it('sets a content security policy, HSTS and the usual headers', async () => {
    const server = await setup();
    const res = await server.app.inject({ url: '/healthz' });
    expect(res.headers['strict-transport-security']).toMatch(/^max-age=\d{7,}; includeSubDomains/);
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });
});
