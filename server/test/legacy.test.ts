/**
 * Boards stored before the doc layouts were versioned outside the docs keep working:
 * the data directory in fixtures/board-v1 was written by that version of the server
 * (see its README), including a board a participant broke with `meta.schemaVersion =
 * 999`. Also: how a room that cannot load, and a page of another version, are refused.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import {
  CloseCode,
  legacyMetaMap,
  memberIdOf,
  privateRoomName,
  readActionItems,
  readCards,
  readDiscussion,
  discussionsMap,
  actionItemsMap,
  readIncident,
  incidentMap,
  readMemberName,
  readPostmortemOwner,
  readProposals,
  readRevealedCards,
  readTimeline,
  responsibilitiesArray,
  roomName,
  timelineMap,
  SCHEMA_VERSIONS,
} from '@hindsight/shared';
import { SQLITE_FILE } from '../src/storage/sqliteStore.ts';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import { closeCodeOf, synced, tempDataDir, testContext, type TestServer } from './helpers.ts';

const t = testContext();

const FIXTURE = new URL('./fixtures/board-v1/hindsight.sqlite', import.meta.url);

interface FixtureBoard {
  readonly id: string;
  readonly tokens: { facilitator: string; participant: string; observer: string };
}
const boards = JSON.parse(
  readFileSync(new URL('./fixtures/board-v1/boards.json', import.meta.url), 'utf8'),
) as { board: FixtureBoard; hostile: FixtureBoard; memberKey: string };

/** A server on a copy of the stored data directory. */
async function legacyServer(rooms?: { idleMs: number }): Promise<TestServer> {
  const dir = tempDataDir();
  t.defer(dir.remove);
  copyFileSync(FIXTURE, join(dir.path, SQLITE_FILE));
  return t.server({ dataDir: dir.path, rooms });
}

const wsUrl = (server: TestServer, room: string, token: string, extra = '') =>
  `${server.url.replace(/^http/, 'ws')}/sync/${room}?token=${token}${extra}`;

async function exportOf(server: TestServer, boardId: string, token: string, format = 'markdown') {
  return fetch(`${server.url}/api/boards/${boardId}/export?format=${format}`, {
    headers: { authorization: `Bearer ${token}` },
  });
}

describe('a board stored by the version before', () => {
  it('opens with everything on it, its meta moved out of the doc', async () => {
    const server = await legacyServer();
    const { board } = boards;
    const doc = t.client(server, roomName(board.id), board.tokens.participant);
    const facilitation = t.client(
      server,
      roomName(board.id, 'facilitation'),
      board.tokens.observer,
    );
    await Promise.all([synced(doc), synced(facilitation)]);

    expect(legacyMetaMap(doc.doc).size).toBe(0);
    expect(readIncident(doc.doc).title).not.toBe('');
    expect(readTimeline(doc.doc)).toHaveLength(4);
    // What only the facilitator decides moved to the facilitation doc (its layout 2).
    expect(readProposals(doc.doc, facilitation.doc).map((p) => p.status)).toEqual([
      'accepted',
      'rejected',
      'open',
    ]);
    expect(readPostmortemOwner(facilitation.doc).names).toEqual(['Alex']);
    // The owners' responsibilities became one text per item (facilitation layout 3).
    expect(responsibilitiesArray(facilitation.doc).length).toBeGreaterThan(0);
    expect(responsibilitiesArray(facilitation.doc).get(0)).toBeInstanceOf(Y.Text);
    expect(readPostmortemOwner(facilitation.doc).responsibilities.length).toBeGreaterThan(0);
    expect(
      readActionItems(doc.doc, facilitation.doc).map((a) => [a.title, a.ownerConfirmed]),
    ).toEqual([
      ['Alert on pool saturation', true],
      ['Review config changes', false],
    ]);
    const cards = readRevealedCards(facilitation.doc);
    expect(cards).toHaveLength(3);
    const clusterId = readActionItems(doc.doc)[0]!.clusterId!;
    const discussion = readDiscussion(doc.doc, clusterId);
    expect(discussion.whys).toHaveLength(2);
    // Its prose became texts (board layout 3), which read as the strings they were.
    const stored = discussionsMap(doc.doc).get(clusterId)!;
    expect(stored.get('notes')).toBeInstanceOf(Y.Text);
    expect(discussion.notes).not.toBe('');
    expect(discussion.factors).toHaveLength(1);
    expect(discussion.whys.every((w) => w.why !== '')).toBe(true);
    // The incident's summary became a text too (board layout 4), read as it was.
    expect(incidentMap(doc.doc).get('summary')).toBeInstanceOf(Y.Text);
    expect(readIncident(doc.doc).summary).not.toBe('');
    // Every action's title became a text (board layout 5), read as it was.
    const actionId = readActionItems(doc.doc)[0]!.id;
    expect(actionItemsMap(doc.doc).get(actionId)!.get('title')).toBeInstanceOf(Y.Text);
    // Every timeline event's text became a text (board layout 6), read as it was.
    const [first] = readTimeline(doc.doc);
    expect(timelineMap(doc.doc).get(first!.id)!.get('text')).toBeInstanceOf(Y.Text);
    expect(first!.text.trim()).not.toBe('');

    const key = boards.memberKey;
    const own = t.client(
      server,
      privateRoomName(board.id, memberIdOf(key)),
      board.tokens.participant,
      key,
    );
    await synced(own);
    expect(readCards(own.doc)).toHaveLength(3);
    expect(readMemberName(own.doc)).toBe('Alex');

    const res = await exportOf(server, board.id, board.tokens.observer);
    expect(res.status).toBe(200);
    const markdown = await res.text();
    expect(markdown).toContain('# Checkout 5xx after the pool change');
    expect(markdown).toContain('Alert on pool saturation');
  });

  it('records the layout version beside each migrated doc, out of the writers reach', async () => {
    const server = await legacyServer();
    const { board } = boards;
    const names = [roomName(board.id), roomName(board.id, 'facilitation')];
    await server.app.rooms.withRooms(names, () => undefined);
    expect((await server.app.store.loadDoc(names[0]!)).schemaVersion).toBe(SCHEMA_VERSIONS.board);
    expect((await server.app.store.loadDoc(names[1]!)).schemaVersion).toBe(
      SCHEMA_VERSIONS.facilitation,
    );
  });

  it('keeps a board whose doc a participant stamped with layout 999 open to everyone', async () => {
    const server = await legacyServer({ idleMs: 50 });
    const { hostile } = boards;
    const first = t.client(server, roomName(hostile.id), hostile.tokens.facilitator);
    await synced(first);
    expect(legacyMetaMap(first.doc).size).toBe(0);
    first.destroy();

    // After the room unloads, it loads again for every role, and the export renders.
    await vi.waitFor(() => expect(server.app.rooms.residentNames()).toEqual([]));
    for (const token of Object.values(hostile.tokens)) {
      const again = t.client(server, roomName(hostile.id), token);
      await synced(again);
    }
    const res = await exportOf(server, hostile.id, hostile.tokens.participant);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('# A board a participant broke');
  });

  it('ignores a schema version a participant writes into the board doc now', async () => {
    const server = await legacyServer({ idleMs: 50 });
    const { board } = boards;
    const hostile = t.client(server, roomName(board.id), board.tokens.participant);
    await synced(hostile);
    legacyMetaMap(hostile.doc).set('schemaVersion', 999);
    await server.app.rooms.withRooms([roomName(board.id)], (rooms) =>
      vi.waitFor(() => expect(legacyMetaMap(rooms[0]!.doc).get('schemaVersion')).toBe(999)),
    );
    hostile.destroy();
    await vi.waitFor(() => expect(server.app.rooms.residentNames()).toEqual([]));

    const reader = t.client(server, roomName(board.id), board.tokens.observer);
    await synced(reader);
    expect(readActionItems(reader.doc)).toHaveLength(2);
  });
});

describe('a room that cannot load', () => {
  it('closes with 4503 rather than 4500, and the export answers 503', async () => {
    const server = await legacyServer();
    const { board } = boards;
    const room = roomName(board.id);
    // Stored by a newer Hindsight: this version must not guess at its layout.
    const stored = await server.app.store.loadDoc(room);
    const state = Y.mergeUpdates([stored.snapshot!, ...stored.updates]);
    await server.app.store.writeSnapshot(room, state, stored.lastSeq, SCHEMA_VERSIONS.board + 1);

    expect(await closeCodeOf(wsUrl(server, room, board.tokens.participant))).toBe(
      CloseCode.Unavailable,
    );
    const res = await exportOf(server, board.id, board.tokens.participant);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ error: 'unavailable' });
    // Nothing was changed: the stored state is as it was.
    const after = await server.app.store.loadDoc(room);
    expect(after.schemaVersion).toBe(SCHEMA_VERSIONS.board + 1);
    expect(Y.mergeUpdates([after.snapshot!, ...after.updates])).toEqual(state);
  });
});

describe('a page of another version', () => {
  it('is told to reload (4426) when it expects another layout of the doc', async () => {
    const server = await legacyServer();
    const { board } = boards;
    const room = roomName(board.id);
    const token = board.tokens.participant;
    expect(
      await closeCodeOf(wsUrl(server, room, token, `&schema=${SCHEMA_VERSIONS.board - 1}`)),
    ).toBe(CloseCode.VersionMismatch);
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(`${server.url.replace(/^http/, 'ws')}/sync`, room, doc, {
      params: { token, schema: String(SCHEMA_VERSIONS.board) },
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    });
    t.defer(() => provider.destroy());
    await synced({ doc, provider, destroy: () => undefined });
    expect(readActionItems(doc)).toHaveLength(2);
  });
});
