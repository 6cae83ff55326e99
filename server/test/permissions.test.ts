import { describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import {
  addCard,
  CloseCode,
  memberIdOf,
  newMemberKey,
  privateRoomName,
  readCards,
  readPlan,
  readSession,
  roomName,
  runSessionCommand,
  DEFAULT_TEMPLATE,
} from '@hindsight/shared';
import {
  closeCodeOf,
  connect,
  createBoard,
  startServer,
  synced,
  type TestServer,
  testContext,
} from './helpers.ts';

const t = testContext();

const setup = () => t.server();

const wsUrl = (server: TestServer, room: string, token: string, member?: string) =>
  `${server.url.replace(/^http/, 'ws')}/sync/${room}?token=${token}${member ? `&member=${member}` : ''}`;

describe('private docs', () => {
  it('open for their member, and for nobody else whatever their role', async () => {
    const server = await setup();
    const board = await createBoard(server);
    const alice = newMemberKey();
    const bob = newMemberKey();
    const alicesRoom = privateRoomName(board.id, memberIdOf(alice));

    const own = t.client(server, alicesRoom, board.tokens.participant, alice);
    await synced(own);
    addCard(own.doc, { text: 'my private draft', column: 'went-wrong' });

    // Bob with his own key, the facilitator, an observer, and no key at all.
    expect(await closeCodeOf(wsUrl(server, alicesRoom, board.tokens.participant, bob))).toBe(
      CloseCode.Forbidden,
    );
    expect(await closeCodeOf(wsUrl(server, alicesRoom, board.tokens.facilitator, bob))).toBe(
      CloseCode.Forbidden,
    );
    expect(await closeCodeOf(wsUrl(server, alicesRoom, board.tokens.observer, alice))).toBe(
      CloseCode.Forbidden,
    );
    expect(await closeCodeOf(wsUrl(server, alicesRoom, board.tokens.participant))).toBe(
      CloseCode.Forbidden,
    );
    // The key of one board's member does not open a room on another board.
    const other = await createBoard(server);
    expect(
      await closeCodeOf(
        wsUrl(
          server,
          privateRoomName(board.id, memberIdOf(alice)),
          other.tokens.participant,
          alice,
        ),
      ),
    ).toBe(CloseCode.Unauthorized);

    const again = t.client(server, alicesRoom, board.tokens.participant, alice);
    await vi.waitFor(() =>
      expect(readCards(again.doc).map((c) => c.text)).toEqual(['my private draft']),
    );
  });
});

describe('facilitation doc', () => {
  it('starts with the template plan and accepts the facilitator’s session commands', async () => {
    const server = await setup();
    const board = await createBoard(server);
    const room = roomName(board.id, 'facilitation');
    const facilitator = connect(server, room, board.tokens.facilitator);
    const participant = connect(server, room, board.tokens.participant);
    t.defer(facilitator.destroy, participant.destroy);
    await Promise.all([synced(facilitator), synced(participant)]);
    expect(readPlan(participant.doc, DEFAULT_TEMPLATE).phases).toHaveLength(8);

    runSessionCommand(facilitator.doc, DEFAULT_TEMPLATE, { type: 'start' }, Date.now());
    await vi.waitFor(() => expect(readSession(participant.doc).phaseId).toBe('goal'));
  });

  it("a participant's session command reaches no one and is not stored", async () => {
    const server = await setup();
    const board = await createBoard(server);
    const room = roomName(board.id, 'facilitation');
    const participant = connect(server, room, board.tokens.participant);
    const observer = connect(server, room, board.tokens.observer);
    t.defer(participant.destroy, observer.destroy);
    await Promise.all([synced(participant), synced(observer)]);
    const closed = new Promise<number>((resolve) =>
      participant.provider.on('connection-close', (event) => resolve(event?.code ?? 0)),
    );
    runSessionCommand(participant.doc, DEFAULT_TEMPLATE, { type: 'start' }, Date.now());
    expect(await closed).toBe(CloseCode.Forbidden);
    participant.provider.disconnect();

    // The observer already connected saw nothing, and a newcomer loads nothing.
    const fresh = connect(server, room, board.tokens.facilitator);
    t.defer(fresh.destroy);
    await synced(fresh);
    expect(readSession(fresh.doc).status).toBe('preparing');
    expect(readSession(observer.doc).status).toBe('preparing');
    await server.stop();
    const restarted = await startServer(server.storage);
    t.defer(() => restarted.stop());
    const afterRestart = connect(restarted, room, board.tokens.observer);
    t.defer(afterRestart.destroy);
    await synced(afterRestart);
    expect(readSession(afterRestart.doc).status).toBe('preparing');
  });
});

describe('awareness', () => {
  it('is accepted only for the client ids a connection introduced', async () => {
    const server = await setup();
    const board = await createBoard(server);
    const alice = connect(server, board.id, board.tokens.participant, newMemberKey());
    const watcher = connect(server, board.id, board.tokens.observer, newMemberKey());
    t.defer(alice.destroy, watcher.destroy);
    alice.provider.awareness.setLocalStateField('user', { name: 'Alice' });
    await Promise.all([synced(alice), synced(watcher)]);
    const aliceId = alice.doc.clientID;
    await vi.waitFor(() =>
      expect(watcher.provider.awareness.getStates().get(aliceId)).toMatchObject({
        user: { name: 'Alice' },
      }),
    );

    // Mallory forges an awareness update for Alice's client id with a higher clock.
    const forged = new Y.Doc();
    forged.clientID = aliceId;
    const forgedAwareness = new awarenessProtocol.Awareness(forged);
    forgedAwareness.setLocalState({ user: { name: 'Mallory pretending' } });
    for (let i = 0; i < 5; i++)
      forgedAwareness.setLocalState({ user: { name: 'Mallory pretending' }, i });
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint8Array(
      encoder,
      awarenessProtocol.encodeAwarenessUpdate(forgedAwareness, [aliceId]),
    );
    const mallory = new WebSocket(
      wsUrl(server, board.id, board.tokens.participant, newMemberKey()),
    );
    t.defer(() => mallory.terminate());
    await new Promise((resolve) => mallory.on('open', resolve));
    mallory.send(encoding.toUint8Array(encoder));
    // A later real change from Alice still arrives, so the forged one was processed first.
    alice.provider.awareness.setLocalStateField('user', { name: 'Alice (SRE)' });
    await vi.waitFor(() =>
      expect(watcher.provider.awareness.getStates().get(aliceId)).toMatchObject({
        user: { name: 'Alice (SRE)' },
      }),
    );
    const names = [...watcher.provider.awareness.getStates().values()].map(
      (s) => (s as { user?: { name: string } }).user?.name,
    );
    expect(names).not.toContain('Mallory pretending');
  });
});
