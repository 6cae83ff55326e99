/**
 * Three real processes on one Postgres and one Redis, as docs/DEPLOY.md runs them: what
 * Redis is there for. The sign-in throttle and the routes' rate limits count for the
 * deployment, whichever process an attempt reaches; and a board's change of owner reaches
 * the processes forwarding its sockets at once, not at their next check.
 *
 * The lease here is the longest allowed (10 minutes, checked every 200 s), so that no
 * periodic check can fire during the file: what moves a forwarded socket is the notice.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { addCard, CloseCode, roomName } from '@hindsight/shared';
import { ACCOUNT_RULE } from '../../src/workspace/throttle.ts';
import { connect, createBoard, synced, testContext, WAIT_MS, type TestClient } from '../helpers.ts';
import { testRedisPrefix, testRedisUrl } from '../redis.ts';
import { at, startCluster, texts, type Cluster } from './cluster.ts';

const t = testContext();
const ends: (() => unknown)[] = [];
let cluster: Cluster;
beforeAll(async () => {
  cluster = await startCluster(3, (fn) => ends.push(fn), {
    REDIS_URL: await testRedisUrl(),
    REDIS_PREFIX: testRedisPrefix(),
    BOARD_LEASE_MS: '600000',
  });
}, 180_000);
afterAll(async () => {
  for (const end of ends.reverse()) await end();
});

function open(url: string, room: string, token: string): TestClient {
  const client = connect(at(url), room, token);
  t.defer(client.destroy);
  return client;
}

const post = (url: string, path: string, body: unknown) =>
  fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('three processes sharing Redis', () => {
  it('refuse the attempt past the limit whichever process it reaches', async () => {
    const urls = cluster.processes.map((p) => p.url);
    const email = `shared-${Date.now()}@example.com`;
    const signIn = (i: number) =>
      post(urls[i % urls.length]!, '/api/session', { email, password: 'not the password' });
    for (let i = 0; i < ACCOUNT_RULE.max; i++) expect((await signIn(i)).status).toBe(401);
    // Each process saw one or two of the failures; the deployment saw them all.
    for (let i = 0; i < urls.length; i++) expect((await signIn(i)).status).toBe(429);
  });

  it("count a route's rate limit for the deployment", async () => {
    const urls = cluster.processes.map((p) => p.url);
    const ask = (i: number) =>
      post(urls[i % urls.length]!, '/api/password-reset', { email: 'nobody@example.com' });
    // POST /api/password-reset allows 20 a minute per address.
    for (let i = 0; i < 20; i++) expect((await ask(i)).status).toBe(202);
    for (let i = 0; i < urls.length; i++) expect((await ask(i)).status).toBe(429);
  });

  it("move a forwarded socket as soon as its board's owner changed", async () => {
    const [owner, next, forwarder] = cluster.processes;
    const board = await createBoard(at(owner!.url));
    const room = roomName(board.id);
    const atOwner = open(owner!.url, room, board.tokens.participant);
    await synced(atOwner);
    expect((await cluster.ownerOf(board.id))?.address).toBe(owner!.url);
    const forwarded = open(forwarder!.url, room, board.tokens.participant);
    const closes: number[] = [];
    forwarded.provider.on('connection-close', (event) => {
      if (event) closes.push(event.code);
    });
    await synced(forwarded);

    // The owner's lease ends as when it was paused past it (the owner runs on, unaware),
    // and a client reaching another process has that one take the board.
    const held = await cluster.ownerOf(board.id);
    await cluster.store.leases.endDead(board.id, held!);
    const late = open(next!.url, room, board.tokens.participant);
    await synced(late);
    expect((await cluster.ownerOf(board.id))?.address).toBe(next!.url);

    // The forwarder moved its socket to the new owner: the card written there reaches it.
    addCard(late.doc, { text: 'after the move', column: 'lucky' });
    await vi.waitFor(() => expect(texts(forwarded.doc)).toContain('after the move'), {
      timeout: WAIT_MS,
      interval: 50,
    });
    expect(closes).toContain(CloseCode.Restarting);
  });
});
