/**
 * The reference deployment of docs/DEPLOY.md: three real server processes on one Postgres
 * and one Redis behind Debian's nginx running deploy/nginx/hindsight.conf. Clients reach the processes
 * through nginx only, which sends each new socket to the next process in turn; the
 * processes forward a board's sockets to its owner.
 *
 * One deployment for the file; the rolling restart, last, replaces every process (and
 * with HINDSIGHT_LONG=1 does it again for several rounds).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import {
  addCard,
  castVote,
  groupCards,
  IMPORT_MAX_BYTES,
  readRevealedCards,
  readVoting,
  roomName,
  runSessionCommand,
  setVotingStatus,
  DEFAULT_TEMPLATE,
  DEFAULT_VOTE_LIMITS,
} from '@hindsight/shared';
import { MAX_BODY } from '../../src/app.ts';
import { MAX_WEBHOOK_BODY } from '../../src/routes/trackers.ts';
import type { Store } from '../../src/storage/store.ts';
import {
  connect,
  createBoard,
  freePort,
  mintApiToken,
  rememberApiToken,
  synced,
  tempStorage,
  testContext,
  WAIT_MS,
  type TestClient,
  type TestStorage,
} from '../helpers.ts';
import { spawnServer, type ServerProcess } from '../process.ts';
import { testRedisPrefix, testRedisUrl } from '../redis.ts';
import { at, converged, keepTyping, storedTexts, texts } from './cluster.ts';
import { NGINX_CONF, nginxBinary, startNginx, type Nginx } from './nginx.ts';

/** `HINDSIGHT_LONG=1` also runs the rolling restart this many rounds over. */
const LONG = process.env.HINDSIGHT_LONG === '1';
const LONG_ROUNDS = 5;

const t = testContext();
const ends: (() => unknown)[] = [];
let storage: TestStorage;
let store: Store;
let nginx: Nginx;
/** The processes behind nginx, by slot: a restart replaces one on the same port. */
const processes: ServerProcess[] = [];
let ports: number[];
/** The Redis the processes share, as DEPLOY.md runs them. */
let redisEnv: Record<string, string>;

const startProcess = async (port: number) => {
  const started = await spawnServer({ ...storage.env, ...redisEnv, PORT: String(port) });
  ends.push(async () => {
    started.child.kill('SIGKILL');
    await started.exited;
  });
  return started;
};

beforeAll(async () => {
  nginxBinary(); // first: without nginx the file fails at once, saying how to get it
  storage = await tempStorage('postgres');
  ends.push(storage.remove);
  redisEnv = { REDIS_URL: await testRedisUrl(), REDIS_PREFIX: testRedisPrefix() };
  ports = await Promise.all([freePort(), freePort(), freePort()]);
  processes.push(...(await Promise.all(ports.map(startProcess))));
  nginx = await startNginx(ports.map((port) => `127.0.0.1:${port}`));
  ends.push(() => nginx.close());
  rememberApiToken(nginx.url, await mintApiToken(storage.dataDir, storage.databaseUrl));
  store = await storage.open();
  ends.push(() => store.close());
}, 180_000);
afterAll(async () => {
  for (const end of ends.reverse()) await end();
});

/** A client through nginx, destroyed after the test. */
function open(room: string, token: string): TestClient {
  const client = connect(at(nginx.url), room, token);
  t.defer(client.destroy);
  return client;
}

/** The Yjs client ids that wrote the items of an update. */
function writersOf(update: Uint8Array): number[] {
  return Y.decodeUpdate(update).structs.map((struct) => struct.id.client);
}

/**
 * Writers and a participant edit through nginx while each process in turn is sent SIGTERM,
 * replaced on its port and ready before the next, `rounds` times over: at the end every
 * card sent is on every writer and stored, and every private card is revealed once.
 */
async function restartDuringEdits(rounds: number): Promise<void> {
  const board = await createBoard(at(nginx.url));
  const facRoom = roomName(board.id, 'facilitation');
  const facilitator = open(facRoom, board.tokens.facilitator);
  const writers = Array.from({ length: 4 }, () => open(board.id, board.tokens.participant));
  await Promise.all([facilitator, ...writers].map((c) => synced(c)));
  const alice = await t.member(at(nginx.url), board, 'Alice');
  const written = ['Revealed before the restart'];
  addCard(alice.doc, { text: written[0]!, column: 'went-wrong' });
  await vi.waitFor(() => expect(texts(alice.doc).size).toBe(1));
  runSessionCommand(facilitator.doc, DEFAULT_TEMPLATE, { type: 'start' }, Date.now());
  runSessionCommand(facilitator.doc, DEFAULT_TEMPLATE, { type: 'reveal' }, Date.now());
  await vi.waitFor(() => expect(readRevealedCards(facilitator.doc)).toHaveLength(1), {
    timeout: WAIT_MS,
  });

  // What people see: how long each writer was without its socket, at the longest.
  let longestGapMs = 0;
  for (const w of writers) {
    let lostAt = 0;
    w.provider.on('status', ({ status }: { status: string }) => {
      if (status === 'disconnected' && lostAt === 0) lostAt = Date.now();
      if (status === 'connected' && lostAt > 0) {
        longestGapMs = Math.max(longestGapMs, Date.now() - lostAt);
        lostAt = 0;
      }
    });
  }
  // A card from each writer every 100 ms: a restart on a slow machine does not grow the
  // board into thousands of cards that each drain then stores.
  const typing = keepTyping(writers, '', 100);
  t.defer(typing.stop);
  const typed = async (more: number) => {
    const until = typing.rounds() + more;
    await vi.waitFor(() => expect(typing.rounds()).toBeGreaterThan(until), {
      timeout: WAIT_MS,
    });
  };
  const started = Date.now();
  const drains: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const [slot, port] of ports.entries()) {
      await typed(10);
      // A private card written now is revealed by whichever process owns the board then.
      const text = `Written before restart ${round}.${slot}`;
      written.push(text);
      addCard(alice.doc, { text, column: 'went-wrong' });
      const old = processes[slot]!;
      const termAt = Date.now();
      old.child.kill('SIGTERM');
      expect(await old.exited).toBe(0);
      drains.push(Date.now() - termAt);
      const next = await startProcess(port);
      processes[slot] = next;
      await vi.waitFor(async () => expect((await fetch(`${next.url}/readyz`)).status).toBe(200), {
        timeout: WAIT_MS,
        interval: 100,
      });
    }
  }
  const restartedMs = Date.now() - started;
  await typed(10);
  typing.stop();

  const sent = await converged(writers);
  await vi.waitFor(async () => expect(await storedTexts(store, board.id)).toEqual(sent), {
    timeout: WAIT_MS,
    interval: 200,
  });
  await vi.waitFor(
    () => {
      expect(facilitator.provider.wsconnected).toBe(true);
      expect(readRevealedCards(facilitator.doc).length).toBeGreaterThanOrEqual(written.length);
    },
    { timeout: WAIT_MS },
  );
  const revealed = readRevealedCards(facilitator.doc).map((card) => card.text);
  expect(revealed.sort()).toEqual(written.sort());
  console.info(
    `rolling restart: ${sent.size} cards from ${writers.length} writers, ${rounds} round(s) of ` +
      `three processes replaced one after another in ${restartedMs} ms (SIGTERM to exit: ` +
      `${drains.join(', ')} ms), nothing lost, ${revealed.length} private cards revealed once ` +
      `each; a writer was without its socket ${longestGapMs} ms at the longest`,
  );
}

describe('three processes behind nginx', () => {
  it('spreads clients over the processes; they converge, a card is revealed and votes tallied once', async () => {
    const board = await createBoard(at(nginx.url));
    const facRoom = roomName(board.id, 'facilitation');
    const facilitator = open(facRoom, board.tokens.facilitator);
    const boardDoc = open(board.id, board.tokens.facilitator);
    const observers = [open(facRoom, board.tokens.observer), open(facRoom, board.tokens.observer)];
    const writers = [0, 1, 2].map(() => open(board.id, board.tokens.participant));
    await Promise.all([facilitator, boardDoc, ...observers, ...writers].map((c) => synced(c)));

    for (const [i, w] of writers.entries()) addCard(w.doc, { text: `from ${i}`, column: 'lucky' });
    await vi.waitFor(
      () => {
        for (const w of [boardDoc, ...writers])
          expect(texts(w.doc)).toEqual(new Set(['from 0', 'from 1', 'from 2']));
      },
      { timeout: WAIT_MS },
    );

    // Everything written to the facilitation doc from now on, by whom: only the facilitator
    // and one process, the owner, may write there.
    const facilitationWriters = new Set<number>();
    observers[0]!.doc.on('update', (update: Uint8Array) => {
      for (const client of writersOf(update)) facilitationWriters.add(client);
    });

    // Participants' private cards, written through whichever process nginx picks.
    const alice = await t.member(at(nginx.url), board, 'Alice');
    const bob = await t.member(at(nginx.url), board, 'Bob');
    for (const text of ['Pool too small', 'No pool alert'])
      addCard(alice.doc, { text, column: 'went-wrong' });
    for (const text of ['Rollback fast', 'Status page quick'])
      addCard(bob.doc, { text, column: 'went-well' });
    await vi.waitFor(() => expect(texts(alice.doc).size + texts(bob.doc).size).toBe(4));
    runSessionCommand(facilitator.doc, DEFAULT_TEMPLATE, { type: 'start' }, Date.now());
    runSessionCommand(facilitator.doc, DEFAULT_TEMPLATE, { type: 'reveal' }, Date.now());
    for (const c of [facilitator, ...observers]) {
      await vi.waitFor(() => expect(readRevealedCards(c.doc)).toHaveLength(4), {
        timeout: WAIT_MS,
      });
    }
    const byText = (text: string) =>
      readRevealedCards(facilitator.doc).find((c) => c.text === text)!.id;
    const pool = groupCards(boardDoc.doc, [byText('Pool too small'), byText('No pool alert')]);
    const response = groupCards(boardDoc.doc, [
      byText('Rollback fast'),
      byText('Status page quick'),
    ]);

    setVotingStatus(facilitator.doc, 'open');
    // The owner has opened voting once an observer sees it open.
    await vi.waitFor(() => expect(readVoting(observers[0]!.doc).status).toBe('open'), {
      timeout: WAIT_MS,
    });
    castVote(alice.doc, pool, DEFAULT_VOTE_LIMITS);
    castVote(alice.doc, pool, DEFAULT_VOTE_LIMITS);
    castVote(bob.doc, pool, DEFAULT_VOTE_LIMITS);
    castVote(bob.doc, response, DEFAULT_VOTE_LIMITS);
    setVotingStatus(facilitator.doc, 'closed');
    const tallied = { status: 'closed', tally: { [pool]: 3, [response]: 1 }, voters: 2 };
    for (const c of [facilitator, ...observers]) {
      await vi.waitFor(() => expect(readVoting(c.doc)).toEqual(tallied), { timeout: WAIT_MS });
    }
    for (const c of [facilitator, ...observers]) {
      expect(
        readRevealedCards(c.doc)
          .map((card) => card.text)
          .sort(),
      ).toEqual(['No pool alert', 'Pool too small', 'Rollback fast', 'Status page quick']);
    }
    facilitationWriters.delete(facilitator.doc.clientID);
    expect(facilitationWriters.size).toBe(1);

    // nginx sent the sockets to every process (it logs a socket once it has closed).
    for (const c of [facilitator, boardDoc, ...observers, ...writers, alice, bob]) c.destroy();
    await vi.waitFor(
      () =>
        expect(nginx.syncUpstreams()).toEqual(new Set(ports.map((port) => `127.0.0.1:${port}`))),
      { timeout: WAIT_MS },
    );
  }, 180_000);

  it('is the configuration docs/DEPLOY.md gives, word for word', () => {
    const deploy = readFileSync(fileURLToPath(new URL('../../../docs/DEPLOY.md', import.meta.url)));
    expect(deploy.toString()).toContain(`\`\`\`nginx\n${readFileSync(NGINX_CONF, 'utf8')}\`\`\``);
  });

  it("takes a body as large as the server's largest, and refuses one byte more itself", async () => {
    const largest = Math.max(MAX_BODY, MAX_WEBHOOK_BODY, IMPORT_MAX_BYTES);
    const post = (bytes: number) =>
      fetch(`${nginx.url}/api/postmortems/import`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: 'x'.repeat(bytes),
      });
    // The server answers (JSON): the body went through nginx.
    const fits = await post(largest);
    expect(fits.headers.get('content-type')).toMatch(/application\/json/);
    const over = await post(largest + 1);
    expect(over.status).toBe(413);
    expect(over.headers.get('content-type')).toMatch(/text\/html/);
  });

  it('rolling restart of the three processes during edits: nothing sent is lost, no card revealed twice', async () => {
    await restartDuringEdits(1);
  }, 180_000);

  it.runIf(LONG)(
    `rolling restart, ${LONG_ROUNDS} rounds of the three processes during edits`,
    async () => {
      await restartDuringEdits(LONG_ROUNDS);
    },
    LONG_ROUNDS * 180_000,
  );
});
