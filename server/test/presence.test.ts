/**
 * Presence is bound to its connection and member (issue 22, findings 3 and 7; issue 14,
 * "presence cannot impersonate"), reproduced with hand-made awareness frames.
 */
import { describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import * as encoding from 'lib0/encoding';
import {
  newMemberKey,
  PRESENCE_ID_MESSAGE,
  readPresenceId,
  type CreateBoardResponse,
} from '@hindsight/shared';
import { encodeAwarenessEntries, type AwarenessEntry } from '../src/sync/protocol.ts';
import { DEFAULT_SYNC_LIMITS } from '../src/sync/limits.ts';
import { createBoard, synced, type TestClient, type TestServer, testContext } from './helpers.ts';

const t = testContext();
/** Names each id shows in turn, within the presence budget. */
const RENAMES = 5;

/** A raw socket on the board doc, for frames no honest client sends. */
async function rawSocket(server: TestServer, board: CreateBoardResponse, token: string) {
  const url = `${server.url.replace(/^http/, 'ws')}/sync/${board.id}?token=${token}&member=${newMemberKey()}`;
  const ws = new WebSocket(url);
  t.defer(() => ws.terminate());
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  return ws;
}

/** One awareness frame carrying `entries`. */
function awarenessFrame(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint8Array(encoder, encodeAwarenessEntries(entries));
  return encoding.toUint8Array(encoder);
}

const person = (name: string, extra: object = {}) =>
  JSON.stringify({ user: { name, color: '#336699' }, ...extra });

/** The presence states a client sees, by client id. */
const statesOf = (client: TestClient) =>
  client.provider.awareness.getStates() as Map<
    number,
    { user?: { name: string }; role?: string; ready?: string; person?: string }
  >;

const namesOf = (client: TestClient) =>
  [...statesOf(client).values()].map((s) => s.user?.name).filter(Boolean);

/** The presence id the server tells `client` on connecting, once it has. */
function toldPresenceId(client: TestClient): () => string | null {
  let told: string | null = null;
  client.provider.messageHandlers[PRESENCE_ID_MESSAGE] = (_encoder, decoder) => {
    told = readPresenceId(decoder);
  };
  return () => told;
}

describe('presence', () => {
  it('stamps one presence id per member, the same in all its tabs, and tells each connection its own', async () => {
    const server = await t.server();
    const board = await createBoard(server);
    const fran = newMemberKey();
    const watcher = t.client(server, board.id, board.tokens.participant, newMemberKey());
    const tab1 = t.client(server, board.id, board.tokens.facilitator, fran);
    const tab2 = t.client(server, board.id, board.tokens.facilitator, fran);
    const told1 = toldPresenceId(tab1);
    const told2 = toldPresenceId(tab2);
    const toldWatcher = toldPresenceId(watcher);
    for (const tab of [tab1, tab2])
      tab.provider.awareness.setLocalStateField('user', { name: 'Fran', color: '#336699' });
    await Promise.all([synced(watcher), synced(tab1), synced(tab2)]);

    await vi.waitFor(() => expect(told1()).not.toBeNull());
    await vi.waitFor(() => expect(told2()).toBe(told1()));
    await vi.waitFor(() => expect(toldWatcher()).not.toBeNull());
    expect(toldWatcher()).not.toBe(told1());
    await vi.waitFor(() => {
      expect(statesOf(watcher).get(tab1.doc.clientID)?.person).toBe(told1());
      expect(statesOf(watcher).get(tab2.doc.clientID)?.person).toBe(told1());
    });

    // A page claiming another member's person is stamped with its own.
    const mallory = await rawSocket(server, board, board.tokens.participant);
    mallory.send(
      awarenessFrame([{ clientId: 515151, clock: 1, state: person('Mal', { person: told1() }) }]),
    );
    await vi.waitFor(() => expect(statesOf(watcher).get(515151)).toBeDefined());
    const stamped = statesOf(watcher).get(515151)!.person;
    expect(stamped).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(stamped).not.toBe(told1());
  });

  it('keeps a client id its member’s after the socket drops: another connection cannot take it', async () => {
    const server = await t.server();
    const board = await createBoard(server);
    const watcher = t.client(server, board.id, board.tokens.facilitator, newMemberKey());
    const alice = t.client(server, board.id, board.tokens.participant, newMemberKey());
    alice.provider.awareness.setLocalStateField('user', { name: 'Alice', color: '#336699' });
    await Promise.all([synced(watcher), synced(alice)]);
    const aliceId = alice.doc.clientID;
    await vi.waitFor(() => expect(statesOf(watcher).get(aliceId)?.user?.name).toBe('Alice'));

    alice.provider.disconnect();
    await vi.waitFor(() => expect(statesOf(watcher).has(aliceId)).toBe(false));

    // Mallory claims Alice's id, then shows herself: once she shows, the claim was handled.
    const mallory = await rawSocket(server, board, board.tokens.participant);
    mallory.send(
      awarenessFrame([{ clientId: aliceId, clock: 99, state: person('Alice', { ready: 'x' }) }]),
    );
    mallory.send(awarenessFrame([{ clientId: 424242, clock: 1, state: person('Mallory') }]));
    await vi.waitFor(() => expect(namesOf(watcher)).toContain('Mallory'));
    expect(statesOf(watcher).has(aliceId)).toBe(false);

    // Alice comes back under her id, and stays when Mallory leaves.
    alice.provider.connect();
    alice.provider.awareness.setLocalStateField('user', { name: 'Alice', color: '#336699' });
    await vi.waitFor(() => expect(statesOf(watcher).get(aliceId)?.user?.name).toBe('Alice'));
    mallory.close();
    await vi.waitFor(() => expect(namesOf(watcher)).not.toContain('Mallory'));
    expect(statesOf(watcher).get(aliceId)?.user?.name).toBe('Alice');
  });

  it('shows the role the token granted and keeps a name already present for its member', async () => {
    const server = await t.server();
    const board = await createBoard(server);
    const watcher = t.client(server, board.id, board.tokens.facilitator, newMemberKey());
    const bob = t.client(server, board.id, board.tokens.participant, newMemberKey());
    bob.provider.awareness.setLocalStateField('user', { name: 'Bob', color: '#336699' });
    await Promise.all([synced(watcher), synced(bob)]);
    await vi.waitFor(() => expect(namesOf(watcher)).toContain('Bob'));

    const observer = await rawSocket(server, board, board.tokens.observer);
    observer.send(
      awarenessFrame([
        {
          clientId: 7001,
          clock: 1,
          state: person('Bob', { role: 'facilitator', ready: 'brainstorm' }),
        },
      ]),
    );
    await vi.waitFor(() => expect(statesOf(watcher).get(7001)).toBeDefined());
    expect(statesOf(watcher).get(7001)).toMatchObject({
      user: { name: 'Bob (2)' },
      role: 'observer',
    });
    expect(statesOf(watcher).get(bob.doc.clientID)?.user?.name).toBe('Bob');
  });

  it('records one name per member however many ids and names it shows, and frees its presence when it leaves', async () => {
    const server = await t.server();
    const board = await createBoard(server);
    const watcher = t.client(server, board.id, board.tokens.facilitator, newMemberKey());
    await synced(watcher);
    const before = statesOf(watcher).size;
    const onServer = () =>
      server.app.rooms.withRooms([board.id], ([room]) => room!.awareness.getStates().size);
    const serverBefore = await onServer();

    // As many ids as a connection may speak for, each renamed many times over.
    const flood = await rawSocket(server, board, board.tokens.observer);
    const ids = DEFAULT_SYNC_LIMITS.maxClientIdsPerConnection;
    for (let clock = 1; clock <= RENAMES; clock++) {
      const entries = Array.from({ length: ids }, (_, i) => ({
        clientId: 1_000_000 + i,
        clock,
        state: person(`Guest ${clock}-${i}`),
      }));
      flood.send(awarenessFrame(entries));
    }
    await vi.waitFor(() => expect(namesOf(watcher)).toContain(`Guest ${RENAMES}-${ids - 1}`));
    expect(statesOf(watcher).size).toBe(before + ids);
    await vi.waitFor(async () =>
      expect(await server.app.store.listAttendees(board.id)).toHaveLength(1),
    );

    flood.close();
    await vi.waitFor(() => expect(statesOf(watcher).size).toBe(before));
    expect(await onServer()).toBe(serverBefore);
    expect(await server.app.store.listAttendees(board.id)).toHaveLength(1);
  });

  it('keeps a joiner connected when its client sends back everyone else’s presence', async () => {
    const server = await t.server();
    const board = await createBoard(server);
    const people = ['Ana', 'Ben', 'Cy', 'Dee', 'Eli', 'Fay'];
    for (const name of people) {
      const client = t.client(server, board.id, board.tokens.participant, newMemberKey());
      client.provider.awareness.setLocalStateField('user', { name, color: '#336699' });
      await synced(client);
    }
    const joiner = t.client(server, board.id, board.tokens.participant, newMemberKey());
    const closes: number[] = [];
    joiner.provider.on('connection-close', (event: { code: number } | null) => {
      if (event) closes.push(event.code);
    });
    await synced(joiner);
    await vi.waitFor(() => expect(namesOf(joiner)).toHaveLength(people.length));
    // Its own change after the echo arrives at a watcher on the same socket it joined on.
    const watcher = t.client(server, board.id, board.tokens.facilitator, newMemberKey());
    await synced(watcher);
    joiner.provider.awareness.setLocalStateField('user', { name: 'Joiner', color: '#336699' });
    await vi.waitFor(() => expect(namesOf(watcher)).toContain('Joiner'));
    expect(closes).toEqual([]);
  });
});
