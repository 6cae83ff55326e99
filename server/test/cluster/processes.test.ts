/**
 * Several server processes on one Postgres, as docs/DEPLOY.md runs them: one owner per
 * board, every other process forwarding that board's sockets to it, failover when the
 * owner dies, and fencing when it was only paused. Real processes (src/server.ts), real
 * websocket clients, a round-robin balancer that knows nothing of boards.
 *
 * One cluster of three for the file (starting processes is the slow part); each test
 * takes boards of its own, and the last two end a process each: drain, then SIGKILL.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  addCard,
  CloseCode,
  readRevealedCards,
  roomName,
  newMemberKey,
  runSessionCommand,
  DEFAULT_TEMPLATE,
} from '@hindsight/shared';
import { connect, createBoard, synced, testContext, WAIT_MS, type TestClient } from '../helpers.ts';
import type { ServerProcess } from '../process.ts';
import {
  at,
  converged,
  keepTyping,
  startCluster,
  storedTexts,
  texts,
  type Cluster,
} from './cluster.ts';

const t = testContext();
const ends: (() => unknown)[] = [];
let cluster: Cluster;
beforeAll(async () => {
  cluster = await startCluster(3, (fn) => ends.push(fn));
}, 180_000);
afterAll(async () => {
  for (const end of ends.reverse()) await end();
});

/** Waits until the writers have typed `more` rounds past now. */
async function typed(typing: { rounds(): number }, more: number): Promise<void> {
  const until = typing.rounds() + more;
  await vi.waitFor(() => expect(typing.rounds()).toBeGreaterThan(until), { timeout: WAIT_MS });
}

/**
 * Pauses the board's owner (SIGSTOP; `meanwhile` runs then) until its lease runs out, and
 * opens a client on `next`, which takes the board over; the owner is woken at the end.
 */
async function pauseUntilTakenOver(
  paused: ServerProcess,
  next: ServerProcess,
  board: { id: string; tokens: { participant: string } },
  meanwhile: () => void = () => undefined,
): Promise<TestClient> {
  paused.child.kill('SIGSTOP');
  t.defer(() => paused.child.kill('SIGCONT'));
  meanwhile();
  await vi.waitFor(async () => expect(await cluster.ownerOf(board.id)).toBeNull(), {
    timeout: WAIT_MS,
    interval: 100,
  });
  const late = open(next.url, board.id, board.tokens.participant);
  await synced(late);
  expect((await cluster.ownerOf(board.id))?.address).toBe(next.url);
  return late;
}

function open(url: string, room: string, token: string, member?: string): TestClient {
  const client = connect(at(url), room, token, member);
  t.defer(client.destroy);
  return client;
}

describe('several processes on one Postgres', () => {
  it('clients on every process converge, and a card is revealed once by the owner', async () => {
    const [first, second, third] = cluster.processes;
    const board = await createBoard(at(first!.url));
    const facRoom = roomName(board.id, 'facilitation');
    const facilitator = open(first!.url, facRoom, board.tokens.facilitator);
    await synced(facilitator);
    expect((await cluster.ownerOf(board.id))?.address).toBe(first!.url);

    // Readers of the facilitation doc on the other processes, and a writer of the board
    // doc on each process.
    const readers = [second!, third!].map((p) => open(p.url, facRoom, board.tokens.observer));
    const writers = cluster.processes.map((p) => open(p.url, board.id, board.tokens.participant));
    await Promise.all([...readers, ...writers].map((c) => synced(c)));
    for (const [i, w] of writers.entries()) addCard(w.doc, { text: `from ${i}`, column: 'lucky' });
    await vi.waitFor(
      () => {
        for (const w of writers)
          expect(texts(w.doc)).toEqual(new Set(['from 0', 'from 1', 'from 2']));
      },
      { timeout: WAIT_MS },
    );

    // A participant's private card, written through a process that does not own the board.
    const alice = await t.member(at(second!.url), board, 'Alice');
    addCard(alice.doc, { text: 'No alert on pool saturation', column: 'went-wrong' });
    await vi.waitFor(() => expect(texts(alice.doc).size).toBe(1));
    runSessionCommand(facilitator.doc, DEFAULT_TEMPLATE, { type: 'start' }, Date.now());
    runSessionCommand(facilitator.doc, DEFAULT_TEMPLATE, { type: 'reveal' }, Date.now());
    for (const c of [facilitator, ...readers]) {
      await vi.waitFor(() => expect(readRevealedCards(c.doc)).toHaveLength(1), {
        timeout: WAIT_MS,
      });
    }
    // Only the owner ran the projection: no process revealed it a second time.
    const stored = await cluster.store.loadDoc(facRoom);
    expect(stored).toBeDefined();
    for (const c of [facilitator, ...readers]) {
      expect(readRevealedCards(c.doc).map((card) => card.text)).toEqual([
        'No alert on pool saturation',
      ]);
    }
  }, 180_000);

  it('SIGSTOP of the owner past its lease: the next owner takes writes, the old one is refused', async () => {
    const [paused, next] = cluster.processes;
    const board = await createBoard(at(paused!.url));
    const early = open(paused!.url, board.id, board.tokens.participant);
    // A facilitator and a named member on the owner too: what they send while it is paused
    // makes it keep a version (before the reveal) and record a name when it wakes up.
    const facilitator = open(
      paused!.url,
      roomName(board.id, 'facilitation'),
      board.tokens.facilitator,
    );
    const attendee = connect(at(paused!.url), board.id, board.tokens.participant, newMemberKey());
    t.defer(attendee.destroy);
    attendee.provider.awareness.setLocalStateField('user', { name: 'Named before' });
    await Promise.all([early, facilitator, attendee].map((c) => synced(c)));
    addCard(early.doc, { text: 'before the pause', column: 'lucky' });
    await vi.waitFor(async () => {
      expect(await storedTexts(cluster.store, board.id)).toContain('before the pause');
      expect((await cluster.store.listMembers(board.id)).map((m) => m.name)).toEqual([
        'Named before',
      ]);
    });
    const oldOwner = await cluster.ownerOf(board.id);
    expect(oldOwner?.address).toBe(paused!.url);

    const late = await pauseUntilTakenOver(paused!, next!, board, () => {
      // Sent to the paused owner: it reads it only when it wakes up, its lease gone. The
      // attendee leaves meanwhile, so only the old owner ever reads its new name.
      addCard(early.doc, { text: 'sent while paused', column: 'lucky' });
      runSessionCommand(facilitator.doc, DEFAULT_TEMPLATE, { type: 'start' }, Date.now());
      runSessionCommand(facilitator.doc, DEFAULT_TEMPLATE, { type: 'reveal' }, Date.now());
      attendee.provider.awareness.setLocalStateField('user', { name: 'Named while paused' });
      attendee.destroy();
    });
    addCard(late.doc, { text: 'after the takeover', column: 'went-well' });
    await vi.waitFor(async () =>
      expect(await storedTexts(cluster.store, board.id)).toContain('after the takeover'),
    );

    paused!.child.kill('SIGCONT');
    // The old owner's write of what it read on waking is refused; it stops serving the
    // board, and its client reconnects and is forwarded to the new owner, which stores it.
    await vi.waitFor(() => expect(paused!.output()).toMatch(/another process took/), {
      timeout: WAIT_MS,
    });
    // Its version and the name it read are refused as its updates are.
    await vi.waitFor(
      () => {
        expect(paused!.output()).toMatch(/could not keep a version.*another process owns/);
        expect(paused!.output()).toMatch(/could not record an attendee.*another process owns/);
      },
      { timeout: WAIT_MS },
    );
    expect((await cluster.store.listMembers(board.id)).map((m) => m.name)).toEqual([
      'Named before',
    ]);
    const all = new Set(['before the pause', 'sent while paused', 'after the takeover']);
    await vi.waitFor(
      async () => {
        expect(texts(early.doc)).toEqual(all);
        expect(texts(late.doc)).toEqual(all);
        expect(await storedTexts(cluster.store, board.id)).toEqual(all);
      },
      { timeout: WAIT_MS, interval: 200 },
    );
    expect((await cluster.ownerOf(board.id))?.address).toBe(next!.url);
  }, 180_000);

  it('a process forwarding to an owner that is paused past its lease sends its clients to the next owner', async () => {
    const [paused, forwarder, next] = cluster.processes;
    const board = await createBoard(at(paused!.url));
    const first = open(paused!.url, board.id, board.tokens.participant);
    await synced(first);
    const forwarded = open(forwarder!.url, board.id, board.tokens.participant);
    await synced(forwarded);
    expect((await cluster.ownerOf(board.id))?.address).toBe(paused!.url);
    // How the forwarded client's sockets ended: a code from the server, or null when the
    // provider gave up on a silent socket itself (after 30 s without a message).
    const closes: (number | null)[] = [];
    forwarded.provider.on('connection-close', (event) => closes.push(event?.code ?? null));

    const late = await pauseUntilTakenOver(paused!, next!, board);
    addCard(late.doc, { text: 'at the next owner', column: 'lucky' });
    addCard(forwarded.doc, { text: 'through the forwarder', column: 'lucky' });

    // The old owner is still paused: only a forwarder that left it reaches the next one.
    const both = new Set(['at the next owner', 'through the forwarder']);
    await vi.waitFor(
      () => {
        expect(texts(forwarded.doc)).toEqual(both);
        expect(texts(late.doc)).toEqual(both);
      },
      { timeout: WAIT_MS, interval: 100 },
    );
    // Sent on by the forwarder, not left to time out.
    expect(closes[0]).toBe(CloseCode.Restarting);
    paused!.child.kill('SIGCONT');
  }, 180_000);

  it('SIGTERM drains the owner: it stores the board and releases its lease, clients move on', async () => {
    // Ready once each has renewed its leases: the one the test before woke from a pause
    // answers 503 until its first renewal since.
    for (const p of cluster.processes) {
      await vi.waitFor(async () => expect((await fetch(`${p.url}/readyz`)).status).toBe(200), {
        timeout: WAIT_MS,
      });
    }
    const board = await createBoard(at(cluster.live()[0]!.url));
    const writers = Array.from({ length: 4 }, () =>
      open(cluster.balancer.url, board.id, board.tokens.participant),
    );
    await Promise.all(writers.map((w) => synced(w)));
    const owner = (await cluster.ownerOf(board.id))!;
    const draining = cluster.processOf(owner);
    const typing = keepTyping(writers);
    t.defer(typing.stop);
    await typed(typing, 10);

    draining.child.kill('SIGTERM');
    expect(await draining.exited).toBe(0);
    // Released, not left to expire: the next process takes the board at once.
    const lease = await cluster.leaseRow(board.id);
    expect(lease.ownerId !== owner.id || lease.expiresAt === 0).toBe(true);
    await typed(typing, 10);
    typing.stop();

    const sent = new Set(writers.flatMap((w) => [...texts(w.doc)]));
    await vi.waitFor(
      async () => {
        for (const w of writers) expect(texts(w.doc)).toEqual(sent);
        expect(await storedTexts(cluster.store, board.id)).toEqual(sent);
      },
      { timeout: 2 * WAIT_MS, interval: 200 },
    );
  }, 180_000);

  it('SIGKILL of the owner during edits: another process takes over and nothing sent is lost', async () => {
    const board = await createBoard(at(cluster.live()[0]!.url));
    // Six writers through the balancer, spread over the processes left.
    const writers = Array.from({ length: 6 }, () =>
      open(cluster.balancer.url, board.id, board.tokens.participant),
    );
    await Promise.all(writers.map((w) => synced(w)));
    const owner = await cluster.ownerOf(board.id);
    expect(owner).not.toBeNull();
    const victim = cluster.processOf(owner!);

    const typing = keepTyping(writers);
    t.defer(typing.stop);
    await typed(typing, 20);

    const killedAt = Date.now();
    victim.child.kill('SIGKILL');
    await victim.exited;
    // Edits go on until another process owns the board and has been sent some of them.
    await vi.waitFor(
      async () => {
        const next = await cluster.ownerOf(board.id);
        expect(next?.id ?? owner!.id).not.toBe(owner!.id);
      },
      { timeout: WAIT_MS, interval: 100 },
    );
    const tookOverMs = Date.now() - killedAt;
    await typed(typing, 10);
    typing.stop();

    const sent = await converged(writers);
    const convergedMs = Date.now() - killedAt;
    await vi.waitFor(async () => expect(await storedTexts(cluster.store, board.id)).toEqual(sent), {
      timeout: WAIT_MS,
      interval: 200,
    });
    console.info(
      `failover: ${sent.size} cards, lease taken over ${tookOverMs} ms and every client ` +
        `converged ${convergedMs} ms after SIGKILL`,
    );
  }, 180_000);
});
