/**
 * The server's own writes while the store cannot write: the vote tally and a version that
 * comes due wait for the store, and are written once it can store them.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import {
  addCard,
  castVote,
  DEFAULT_TEMPLATE,
  DEFAULT_VOTE_LIMITS,
  groupCards,
  readRevealedCards,
  readVotes,
  readVoting,
  roomName,
  runSessionCommand,
  setVotingStatus,
  VersionListSchema,
} from '@hindsight/shared';
import { createBoard, synced, testContext, WAIT_MS } from './helpers.ts';
import { failingStorage, readyz, storageTests, texts } from './storageFull/support.ts';

const t = testContext();
const { start } = storageTests(t);

describe('the server’s own writes while the store cannot write', () => {
  /** A server whose store fails its writes while `faultFile` exists, and a board on it. */
  async function faulty(plugins: Parameters<typeof start>[2]) {
    const { faultFile, env } = await failingStorage(t);
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
    runSessionCommand(facilitator.doc, DEFAULT_TEMPLATE, { type: 'start' }, Date.now());
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
