/**
 * The sync endpoint's door (issue #21, item 7): a meeting behind one address gets in at
 * once, with every socket its browsers open; a script opening thousands from one link and
 * address is refused past the ceilings with 4430, and the server keeps answering.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { CloseCode, memberIdOf, privateRoomName, roomName } from '@hindsight/shared';
import { DEFAULT_SYNC_LIMITS } from '../src/sync/limits.ts';
import { REFUSAL_REASONS } from '../src/sync/admission.ts';
import {
  connect,
  createBoard,
  synced,
  testContext,
  WAIT_MS,
  type TestClient,
  type TestServer,
} from './helpers.ts';
import { startStallMeter } from './stallMeter.ts';

const t = testContext();

/** As abuse.test.ts: CPU time between two answers, far below a blocked loop's seconds. */
const STALL_BOUND_MS = 2000;

const memberKey = () => randomBytes(32).toString('base64url');

/** The sockets one browser tab opens for a board (client/src/sync/boardSession.ts). */
function openTab(server: TestServer, boardId: string, token: string, privateDoc: boolean) {
  const key = memberKey();
  const sockets: TestClient[] = [
    connect(server, roomName(boardId), token, key),
    connect(server, roomName(boardId, 'facilitation'), token),
  ];
  if (privateDoc)
    sockets.push(connect(server, privateRoomName(boardId, memberIdOf(key)), token, key));
  return sockets;
}

interface Outcome {
  /** The socket was let in: the server sent it its first sync message. */
  readonly admitted: boolean;
  readonly code: number | null;
  readonly reason: string;
}

/** Opens a raw socket and reports whether the server let it in or closed it, and how. */
function knock(url: string, sockets: WebSocket[]): Promise<Outcome> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url);
    sockets.push(ws);
    ws.on('error', () => undefined);
    ws.once('message', () => resolve({ admitted: true, code: null, reason: '' }));
    ws.once('unexpected-response', (_req, res) =>
      resolve({ admitted: false, code: res.statusCode ?? 0, reason: '' }),
    );
    ws.once('close', (code, reason) =>
      resolve({ admitted: false, code, reason: reason.toString() }),
    );
  });
}

/**
 * `count` knocks, `concurrency` at a time: a script's flood that the listen backlog takes
 * (thousands at once would overflow it, and the kernel, not the server, would drop them).
 */
async function knockMany(url: string, count: number, sockets: WebSocket[], concurrency = 200) {
  const outcomes: Outcome[] = [];
  const started = sockets.length;
  const knocker = async () => {
    while (sockets.length - started < count) outcomes.push(await knock(url, sockets));
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, knocker));
  return outcomes;
}

/** A refusal the server made: a close code of its own, or an HTTP answer instead of the upgrade. */
const refusedByServer = (code: number | undefined, error?: string) =>
  (code !== undefined && code >= 4000) || /Unexpected server response/.test(error ?? '');

describe('a meeting behind one address', () => {
  it('gets 100 participants and the facilitator in at once, every socket of every tab, none refused', async () => {
    const server = await t.server();
    const board = await createBoard(server);
    const refused: (number | string)[] = [];
    const started = performance.now();
    const sockets = [
      ...openTab(server, board.id, board.tokens.facilitator, false),
      ...Array.from({ length: 100 }, () =>
        openTab(server, board.id, board.tokens.participant, true),
      ).flat(),
    ];
    t.defer(() => sockets.forEach((s) => s.destroy()));
    // On a loaded machine a socket may also drop and reconnect on its own (no message for
    // 30 s); only what the server refused counts.
    for (const socket of sockets) {
      socket.provider.on('connection-close', (event: { code: number } | null) => {
        if (refusedByServer(event?.code)) refused.push(event!.code);
      });
      socket.provider.on('connection-error', (event) => {
        // ws's error event carries the message: "Unexpected server response: 429".
        const { message } = event as Event & { message?: string };
        if (refusedByServer(undefined, message)) refused.push(String(message));
      });
    }
    await Promise.all(sockets.map((s) => synced(s, 240_000)));
    const tookMs = Math.round(performance.now() - started);
    console.info(`admission: ${sockets.length} sockets of 101 people synced in ${tookMs} ms`);
    expect(sockets).toHaveLength(302);
    expect(refused).toEqual([]);
  }, 300_000);
});

describe('a script opening sockets from one link and address', () => {
  it('is refused with 4430 past the rate and the address ceiling, and the server keeps answering with little CPU', async () => {
    const server = await t.server();
    const board = await createBoard(server);
    const url = `${server.url.replace(/^http/, 'ws')}/sync/${board.id}?token=${board.tokens.participant}`;
    const sockets: WebSocket[] = [];
    t.defer(() => sockets.forEach((s) => s.terminate()));
    const meter = startStallMeter(server.url);
    // 2000 sockets, each kept open once let in.
    const outcomes = await knockMany(url, 2000, sockets);
    const { busiestCpuMs, pings } = await meter.stop();
    const admitted = outcomes.filter((o) => o.admitted).length;
    const refusals = outcomes.filter((o) => !o.admitted);
    expect(outcomes).toHaveLength(2000);
    expect(admitted).toBeGreaterThanOrEqual(DEFAULT_SYNC_LIMITS.connectBurst);
    expect(admitted).toBeLessThanOrEqual(DEFAULT_SYNC_LIMITS.maxSocketsPerAddress);
    expect(new Set(refusals.map((o) => o.code))).toEqual(new Set([CloseCode.TooManyConnections]));
    const reasons = new Set(refusals.map((o) => o.reason));
    expect(
      [...reasons].every((r) => r === REFUSAL_REASONS.rate || r === REFUSAL_REASONS.address),
    ).toBe(true);
    expect(pings).toBeGreaterThan(0);
    expect(busiestCpuMs).toBeLessThan(STALL_BOUND_MS);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  }, 300_000);

  it('holds at the address ceiling when it opens slowly enough for the rate', async () => {
    const server = await t.server({
      limits: { connectBurst: 1e6, connectsPerSecond: 1e6, maxSocketsPerAddress: 300 },
    });
    const board = await createBoard(server);
    const url = `${server.url.replace(/^http/, 'ws')}/sync/${board.id}/facilitation?token=${board.tokens.observer}`;
    const sockets: WebSocket[] = [];
    t.defer(() => sockets.forEach((s) => s.terminate()));
    const outcomes = await knockMany(url, 1000, sockets);
    expect(outcomes.filter((o) => o.admitted)).toHaveLength(300);
    const reasons = new Set(outcomes.filter((o) => !o.admitted).map((o) => o.reason));
    expect(reasons).toEqual(new Set([REFUSAL_REASONS.address]));
    // A socket that leaves gives its place back.
    const open = sockets.filter((s) => s.readyState === WebSocket.OPEN);
    open[0]!.close();
    await vi.waitFor(async () => expect((await knock(url, sockets)).admitted).toBe(true), {
      timeout: WAIT_MS,
    });
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('lets one member key hold a few tabs of sockets on a board, then refuses it with 4430', async () => {
    const server = await t.server();
    const board = await createBoard(server);
    const key = memberKey();
    const url = `${server.url.replace(/^http/, 'ws')}/sync/${board.id}?token=${board.tokens.participant}&member=${key}`;
    const sockets: WebSocket[] = [];
    t.defer(() => sockets.forEach((s) => s.terminate()));
    const outcomes = await Promise.all(Array.from({ length: 40 }, () => knock(url, sockets)));
    expect(outcomes.filter((o) => o.admitted)).toHaveLength(
      DEFAULT_SYNC_LIMITS.maxSocketsPerMember,
    );
    const refusals = outcomes.filter((o) => !o.admitted);
    expect(new Set(refusals.map((o) => `${o.code} ${o.reason}`))).toEqual(
      new Set([`${CloseCode.TooManyConnections} ${REFUSAL_REASONS.member}`]),
    );
    // Another browser on the same board and address still gets in.
    const other = `${server.url.replace(/^http/, 'ws')}/sync/${board.id}?token=${board.tokens.participant}&member=${memberKey()}`;
    expect((await knock(other, sockets)).admitted).toBe(true);
  });

  it('refuses a board past its ceiling, whatever the address, and lets the board next door in', async () => {
    const server = await t.server({ limits: { maxSocketsPerBoard: 50 } });
    const [full, next] = [await createBoard(server), await createBoard(server)];
    const base = server.url.replace(/^http/, 'ws');
    const sockets: WebSocket[] = [];
    t.defer(() => sockets.forEach((s) => s.terminate()));
    const outcomes = await Promise.all(
      Array.from({ length: 80 }, () =>
        knock(`${base}/sync/${full.id}?token=${full.tokens.observer}`, sockets),
      ),
    );
    expect(outcomes.filter((o) => o.admitted)).toHaveLength(50);
    expect(new Set(outcomes.filter((o) => !o.admitted).map((o) => o.reason))).toEqual(
      new Set([REFUSAL_REASONS.board]),
    );
    expect(
      (await knock(`${base}/sync/${next.id}?token=${next.tokens.observer}`, sockets)).admitted,
    ).toBe(true);
  });
});
