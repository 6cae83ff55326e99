import { Writable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import {
  addCard,
  deleteCard,
  editCard,
  readBrainstormCounts,
  readCards,
  readPlan,
  readRevealedCards,
  readSession,
  roomName,
  runSessionCommand,
  castVote,
  facilitationMap,
  readVotes,
  groupCards,
  readVoting,
  setVotingStatus,
  updatePlan,
  DEFAULT_VOTE_LIMITS,
  DEFAULT_TEMPLATE,
  type CreateBoardResponse,
} from '@hindsight/shared';
import {
  createBoard,
  startServer,
  synced,
  type TestServer,
  testContext,
  WAIT_MS,
} from './helpers.ts';

const t = testContext();

async function setup(): Promise<{ server: TestServer; board: CreateBoardResponse }> {
  const server = await t.server();
  return { server, board: await createBoard(server) };
}

const open = t.client;

/** A board, with its facilitation doc open and synced for the facilitator and an observer. */
async function withFacilitationReaders() {
  const { server, board } = await setup();
  const facRoom = roomName(board.id, 'facilitation');
  const facilitator = open(server, facRoom, board.tokens.facilitator);
  const observer = open(server, facRoom, board.tokens.observer);
  await Promise.all([synced(facilitator), synced(observer)]);
  return { server, board, facilitator, observer };
}
const privateDoc = t.member;

/** Reads a room's doc as the server holds it. */
function onServer<T>(server: TestServer, room: string, read: (doc: Y.Doc) => T): Promise<T> {
  return server.app.rooms.withRooms([room], ([held]) => read(held!.doc));
}

/** Every client id that created an item in the doc. */
function creators(doc: Y.Doc): Set<number> {
  return new Set(Y.decodeStateVector(Y.encodeStateVector(doc)).keys());
}

describe('anonymous brainstorm', () => {
  it('refuses a reveal written before the session started: nothing is published, and the start reveals nothing', async () => {
    const { server, board, facilitator, observer } = await withFacilitationReaders();
    const alice = await privateDoc(server, board, 'Alice');
    addCard(alice.doc, { text: 'No alert on pool saturation', column: 'went-wrong' });
    await vi.waitFor(() =>
      expect(readBrainstormCounts(observer.doc)).toEqual({ cards: 1, people: 1 }),
    );

    // The facilitator's own client refuses; a crafted one writes the state whole.
    facilitationMap(facilitator.doc).set('session', {
      ...readSession(facilitator.doc),
      revealed: true,
    });
    await vi.waitFor(() => expect(readSession(facilitator.doc).revealed).toBe(false), WAIT_MS);
    expect(readSession(observer.doc).revealed).toBe(false);
    await server.app.brainstorm.mirror(board.id);
    expect(readRevealedCards(observer.doc)).toEqual([]);

    runSessionCommand(facilitator.doc, DEFAULT_TEMPLATE, { type: 'start' }, Date.now());
    await vi.waitFor(() => expect(readSession(observer.doc).status).toBe('running'), WAIT_MS);
    await server.app.brainstorm.mirror(board.id);
    expect(readRevealedCards(observer.doc)).toEqual([]);
    expect(JSON.stringify(observer.doc.toJSON())).not.toContain('pool saturation');

    runSessionCommand(facilitator.doc, DEFAULT_TEMPLATE, { type: 'reveal' }, Date.now());
    await vi.waitFor(() => expect(readRevealedCards(observer.doc)).toHaveLength(1), WAIT_MS);
  });

  it('publishes counts before the reveal, then the cards, written by the server alone', async () => {
    const { server, board, facilitator, observer } = await withFacilitationReaders();

    const alice = await privateDoc(server, board, 'Alice');
    const bob = await privateDoc(server, board, 'Bob');
    addCard(alice.doc, { text: 'No alert on pool saturation', column: 'went-wrong' });
    addCard(alice.doc, { text: 'Rollback took a minute', column: 'went-well' });
    addCard(bob.doc, { text: 'Low traffic at 14:02', column: 'lucky' });

    await vi.waitFor(() =>
      expect(readBrainstormCounts(observer.doc)).toEqual({ cards: 3, people: 2 }),
    );
    expect(readRevealedCards(observer.doc)).toEqual([]);
    const hidden = JSON.stringify(observer.doc.toJSON());
    expect(hidden).not.toContain('pool saturation');

    runSessionCommand(facilitator.doc, DEFAULT_TEMPLATE, { type: 'start' }, Date.now());
    runSessionCommand(facilitator.doc, DEFAULT_TEMPLATE, { type: 'reveal' }, Date.now());
    await vi.waitFor(() => expect(readRevealedCards(observer.doc)).toHaveLength(3));
    const revealed = readRevealedCards(observer.doc);
    expect(revealed.map((c) => c.text).sort()).toEqual([
      'Low traffic at 14:02',
      'No alert on pool saturation',
      'Rollback took a minute',
    ]);
    expect(revealed.every((c) => c.author === undefined)).toBe(true);
    // Authors' own card ids never appear.
    const ownIds = [...readCards(alice.doc), ...readCards(bob.doc)].map((c) => c.id);
    expect(revealed.filter((c) => ownIds.includes(c.id))).toEqual([]);
    // Every item in the facilitation doc was created by the facilitator or the server.
    const authors = creators(observer.doc);
    expect(authors.has(alice.doc.clientID)).toBe(false);
    expect(authors.has(bob.doc.clientID)).toBe(false);

    // Later edits and withdrawals go through the private doc too.
    const [aliceFirst] = readCards(alice.doc).filter((c) => c.column === 'went-wrong');
    editCard(alice.doc, aliceFirst!.id, 'No alert on connection-pool saturation');
    deleteCard(bob.doc, readCards(bob.doc)[0]!.id);
    await vi.waitFor(() =>
      expect(
        readRevealedCards(observer.doc)
          .map((c) => c.text)
          .sort(),
      ).toEqual(['No alert on connection-pool saturation', 'Rollback took a minute']),
    );
    expect(readBrainstormCounts(observer.doc)).toEqual({ cards: 2, people: 1 });
  });

  it('names authors when the board uses named cards', async () => {
    const { server, board } = await setup();
    const facilitator = open(server, roomName(board.id, 'facilitation'), board.tokens.facilitator);
    await synced(facilitator);
    updatePlan(facilitator.doc, {
      ...readPlan(facilitator.doc, DEFAULT_TEMPLATE),
      namedCards: true,
    });
    const alice = await privateDoc(server, board, 'Alice');
    addCard(alice.doc, { text: 'Status page was quick', column: 'went-well' });
    runSessionCommand(facilitator.doc, DEFAULT_TEMPLATE, { type: 'start' }, Date.now());
    runSessionCommand(facilitator.doc, DEFAULT_TEMPLATE, { type: 'reveal' }, Date.now());
    await vi.waitFor(() =>
      expect(readRevealedCards(facilitator.doc)[0]).toMatchObject({ author: 'Alice' }),
    );
  });

  it('never names cards written anonymously, even if a facilitator turns names on later', async () => {
    const { server, board } = await setup();
    const facilitator = open(server, roomName(board.id, 'facilitation'), board.tokens.facilitator);
    await synced(facilitator);
    const alice = await privateDoc(server, board, 'Alice');
    addCard(alice.doc, { text: 'Written in confidence', column: 'went-wrong' });
    await vi.waitFor(() => expect(readBrainstormCounts(facilitator.doc).cards).toBe(1));
    const plan = readPlan(facilitator.doc, DEFAULT_TEMPLATE);
    expect(() => updatePlan(facilitator.doc, { ...plan, namedCards: true })).toThrow(
      'before anyone writes a card',
    );
    // A hostile facilitator client skips the check and writes the plan directly.
    facilitationMap(facilitator.doc).set('plan', { ...plan, namedCards: true });
    runSessionCommand(facilitator.doc, DEFAULT_TEMPLATE, { type: 'start' }, Date.now());
    runSessionCommand(facilitator.doc, DEFAULT_TEMPLATE, { type: 'reveal' }, Date.now());
    await vi.waitFor(() => expect(readRevealedCards(facilitator.doc)).toHaveLength(1));
    // Whatever a later mirror would add, it has run once this resolves.
    await server.app.brainstorm.mirror(board.id);
    expect(readRevealedCards(facilitator.doc)[0]?.author).toBeUndefined();
    expect(
      await onServer(server, roomName(board.id, 'facilitation'), (doc) =>
        readRevealedCards(doc).map((c) => c.author),
      ),
    ).toEqual([undefined]);
  });

  it('tallies the ballots once when voting closes, writing totals only', async () => {
    const { server, board } = await setup();
    const facilitator = open(server, roomName(board.id, 'facilitation'), board.tokens.facilitator);
    const boardDoc = open(server, board.id, board.tokens.facilitator);
    const observer = open(server, roomName(board.id, 'facilitation'), board.tokens.observer);
    await Promise.all([synced(facilitator), synced(boardDoc), synced(observer)]);
    const alice = await privateDoc(server, board, 'Alice');
    const bob = await privateDoc(server, board, 'Bob');
    for (const text of ['Pool too small', 'No pool alert'])
      addCard(alice.doc, { text, column: 'went-wrong' });
    for (const text of ['Rollback fast', 'Status page quick'])
      addCard(bob.doc, { text, column: 'went-well' });
    runSessionCommand(facilitator.doc, DEFAULT_TEMPLATE, { type: 'start' }, Date.now());
    runSessionCommand(facilitator.doc, DEFAULT_TEMPLATE, { type: 'reveal' }, Date.now());
    await vi.waitFor(() => expect(readRevealedCards(facilitator.doc)).toHaveLength(4));
    const byText = (t: string) => readRevealedCards(facilitator.doc).find((c) => c.text === t)!.id;
    const pool = groupCards(boardDoc.doc, [byText('Pool too small'), byText('No pool alert')]);
    const response = groupCards(boardDoc.doc, [
      byText('Rollback fast'),
      byText('Status page quick'),
    ]);

    setVotingStatus(facilitator.doc, 'open');
    const limits = DEFAULT_VOTE_LIMITS;
    expect(castVote(alice.doc, pool, limits)).toMatchObject({ ok: true });
    expect(castVote(alice.doc, pool, limits)).toMatchObject({ ok: true });
    expect(castVote(alice.doc, pool, limits)).toMatchObject({ ok: false });
    castVote(bob.doc, pool, limits);
    castVote(bob.doc, response, limits);
    // Closing right after the last dot: the server waits for dots still on their way,
    // then counts by itself.
    setVotingStatus(facilitator.doc, 'closed');
    await vi.waitFor(
      () =>
        expect(readVoting(observer.doc)).toEqual({
          status: 'closed',
          tally: { [pool]: 3, [response]: 1 },
          voters: 2,
        }),
      { timeout: WAIT_MS },
    );
    // A dot cast after the tally counts for nothing, once the server has it and has
    // mirrored and counted everything due.
    castVote(bob.doc, response, limits);
    const bobsRoom = bob.provider.roomname;
    await vi.waitFor(async () =>
      expect((await onServer(server, bobsRoom, readVotes)).get(response)).toBe(2),
    );
    await server.app.brainstorm.mirror(board.id);
    await server.app.brainstorm.countVotes(board.id);
    expect(readVoting(observer.doc).tally[response]).toBe(1);
  });

  it('counts a dot still on its way when voting closes, whatever is mirrored meanwhile', async () => {
    // A grace period no busy machine outlasts; the test ends it itself with countVotes.
    const server = await t.server({ brainstorm: { voteGraceMs: 20 * WAIT_MS } });
    const board = await createBoard(server);
    const facRoom = roomName(board.id, 'facilitation');
    const facilitator = open(server, facRoom, board.tokens.facilitator);
    const boardDoc = open(server, board.id, board.tokens.facilitator);
    const observer = open(server, facRoom, board.tokens.observer);
    await Promise.all([synced(facilitator), synced(boardDoc), synced(observer)]);
    const alice = await privateDoc(server, board, 'Alice');
    const bob = await privateDoc(server, board, 'Bob');
    addCard(alice.doc, { text: 'Pool too small', column: 'went-wrong' });
    addCard(bob.doc, { text: 'Rollback fast', column: 'went-well' });
    runSessionCommand(facilitator.doc, DEFAULT_TEMPLATE, { type: 'start' }, Date.now());
    runSessionCommand(facilitator.doc, DEFAULT_TEMPLATE, { type: 'reveal' }, Date.now());
    await vi.waitFor(() => expect(readRevealedCards(facilitator.doc)).toHaveLength(2));
    const [pool, response] = ['Pool too small', 'Rollback fast'].map((text) =>
      groupCards(boardDoc.doc, [
        readRevealedCards(facilitator.doc).find((c) => c.text === text)!.id,
      ]),
    );
    setVotingStatus(facilitator.doc, 'open');
    await vi.waitFor(() => expect(readVoting(observer.doc).status).toBe('open'));

    // Bob's dot leaves before the close but is held on the way; Alice's arrives, and its
    // mirror is due when the close comes in.
    bob.provider.disconnect();
    castVote(bob.doc, response!, DEFAULT_VOTE_LIMITS);
    castVote(alice.doc, pool!, DEFAULT_VOTE_LIMITS);
    setVotingStatus(facilitator.doc, 'closed');
    await vi.waitFor(() => expect(readVoting(observer.doc).status).toBe('closed'));
    await server.app.brainstorm.mirror(board.id);
    expect(await onServer(server, facRoom, readVoting)).toMatchObject({ tally: {}, voters: 0 });

    // Bob's dot arrives within the grace period, and counts.
    bob.provider.connect();
    await vi.waitFor(async () =>
      expect((await onServer(server, bob.provider.roomname, readVotes)).get(response!)).toBe(1),
    );
    await server.app.brainstorm.countVotes(board.id);
    await vi.waitFor(() =>
      expect(readVoting(observer.doc)).toEqual({
        status: 'closed',
        tally: { [pool!]: 1, [response!]: 1 },
        voters: 2,
      }),
    );
  });

  it('keeps revealed cards across a restart', async () => {
    const { server, board } = await setup();
    const facRoom = roomName(board.id, 'facilitation');
    const facilitator = open(server, facRoom, board.tokens.facilitator);
    await synced(facilitator);
    const alice = await privateDoc(server, board, 'Alice');
    addCard(alice.doc, { text: 'Survives restarts', column: 'lucky' });
    runSessionCommand(facilitator.doc, DEFAULT_TEMPLATE, { type: 'start' }, Date.now());
    runSessionCommand(facilitator.doc, DEFAULT_TEMPLATE, { type: 'reveal' }, Date.now());
    await vi.waitFor(() => expect(readRevealedCards(facilitator.doc)).toHaveLength(1));
    facilitator.provider.disconnect();
    alice.provider.disconnect();
    await server.stop();
    const again = await startServer(server.storage);
    t.defer(() => again.stop());
    const reader = open(again, facRoom, board.tokens.observer);
    await synced(reader);
    expect(readRevealedCards(reader.doc).map((c) => c.text)).toEqual(['Survives restarts']);
  });
});

describe('the mirror and the shutdown', () => {
  it('a mirror that asks for a room while the rooms unload for the shutdown logs no error', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const server = await t.server({ logger: { level: 'error', stream } });
    const board = await createBoard(server);
    const alice = await privateDoc(server, board, 'Alice');
    addCard(alice.doc, { text: 'Pool too small', column: 'went-wrong' });
    await vi.waitFor(async () =>
      expect(await onServer(server, alice.provider.roomname, readCards)).toHaveLength(1),
    );
    alice.destroy();

    // What the shutdown does first: every room unloads, and none may load any more.
    await server.app.rooms.closeAll();
    await server.app.brainstorm.mirror(board.id);
    expect(lines).toEqual([]);
  });
});
