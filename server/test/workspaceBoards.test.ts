/**
 * Boards belong to the workspace (issue #15): the list its pages show, opening a board
 * without its links with access bound to the person's session, that access ending at once
 * when the person's standing changes, and signed-in people known by their account name.
 */
import { describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import {
  addCard,
  BOARD_PAGE_SIZE,
  BoardAccessResponseSchema,
  BoardListResponseSchema,
  CloseCode,
  DEFAULT_TEMPLATE,
  incidentMap,
  memberIdOf,
  newMemberKey,
  privateRoomName,
  readRevealedCards,
  roomName,
  runSessionCommand,
  setMemberName,
  type Role,
} from '@hindsight/shared';
import { createBoard, synced, testContext, type TestClient, type TestServer } from './helpers.ts';
import { signedIn, type SignedIn } from './people.ts';

const t = testContext();

const json = { 'content-type': 'application/json' };

/** `POST /api/boards` from a signed-in person's browser. */
async function createAs(server: TestServer, who: SignedIn, title: string) {
  const res = await server.app.inject({
    method: 'POST',
    url: '/api/boards',
    headers: { ...json, ...who.headers },
    payload: JSON.stringify({ title }),
  });
  expect(res.statusCode).toBe(201);
  return res.json<{ id: string }>();
}

async function listAs(server: TestServer, who: SignedIn, query = '') {
  const res = await server.app.inject({ url: `/api/boards${query}`, headers: who.headers });
  expect(res.statusCode).toBe(200);
  return BoardListResponseSchema.parse(res.json());
}

async function accessAs(server: TestServer, who: SignedIn, boardId: string, role: Role) {
  return server.app.inject({
    method: 'POST',
    url: `/api/boards/${boardId}/access`,
    headers: { ...json, ...who.headers },
    payload: JSON.stringify({ role }),
  });
}

async function grantFor(server: TestServer, who: SignedIn, boardId: string, role: Role) {
  const res = await accessAs(server, who, boardId, role);
  expect(res.statusCode).toBe(200);
  return BoardAccessResponseSchema.parse(res.json()).token;
}

/** A y-websocket client as a signed-in browser runs it: the session cookie on the upgrade. */
function browserClient(
  server: TestServer,
  room: string,
  token: string,
  cookie: string | undefined,
  member?: string,
): TestClient & { closes: number[] } {
  const Cookied = class extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, cookie ? { headers: { cookie } } : {});
    }
  };
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${server.url.replace(/^http/, 'ws')}/sync`, room, doc, {
    params: member ? { token, member } : { token },
    WebSocketPolyfill: Cookied as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  const closes: number[] = [];
  provider.on('connection-close', (event) => {
    if (event) closes.push(event.code);
    // A refused socket is not retried, as the browser's page does not retry a fatal close.
    provider.shouldConnect = false;
  });
  const client = {
    doc,
    provider,
    closes,
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
  t.defer(client.destroy);
  return client;
}

/** The names a client sees in presence. */
const namesSeen = (client: TestClient) =>
  [...client.provider.awareness.getStates().values()]
    .map((s) => (s as { user?: { name?: string } }).user?.name)
    .filter((name) => name !== undefined);

describe('the workspace’s boards', () => {
  it('lists them newest first, with who created them, a page at a time', async () => {
    const server = await t.server();
    const ana = await signedIn(server.app, 'member', 'Ana Lima');
    const viewer = await signedIn(server.app, 'viewer');
    expect(await listAs(server, viewer)).toEqual({ boards: [], next: null });

    // Each board a millisecond after the one before, so that newest first is one order.
    const nextMs = async () => {
      const at = Date.now();
      await vi.waitFor(() => expect(Date.now()).toBeGreaterThan(at));
    };
    const made = [];
    for (const title of ['First', 'Second', 'Third']) {
      made.push(await createAs(server, ana, title));
      await nextMs();
    }
    const script = await createBoard(server, 'From a script');

    const first = await listAs(server, viewer, '?limit=2');
    expect(first.boards.map((b) => b.title)).toEqual(['From a script', 'Third']);
    expect(first.boards[1]).toMatchObject({
      id: made[2]!.id,
      phase: 'Preparing',
      facilitators: [],
      createdBy: { kind: 'person', id: ana.person.id, name: 'Ana Lima' },
    });
    expect(first.boards[0]!.id).toBe(script.id);
    expect(first.boards[0]!.createdBy.kind).toBe('token');
    const second = await listAs(server, viewer, `?limit=2&after=${first.next}`);
    expect(second.boards.map((b) => b.title)).toEqual(['Second', 'First']);
    expect(second.next).toBeNull();
    expect((await listAs(server, viewer)).boards).toHaveLength(4);
    expect(BOARD_PAGE_SIZE).toBe(20);

    const bad = await server.app.inject({ url: '/api/boards?after=x', headers: viewer.headers });
    expect(bad.statusCode).toBe(400);
  });

  it('shows where the meeting is and who facilitates, from the server’s own docs', async () => {
    const server = await t.server();
    const ana = await signedIn(server.app, 'member', 'Ana Lima');
    const { id } = await createAs(server, ana, 'Checkout 5xx');
    const grant = await grantFor(server, ana, id, 'facilitator');
    const key = newMemberKey();
    const board = browserClient(server, id, grant, ana.cookie, key);
    const facilitation = browserClient(server, roomName(id, 'facilitation'), grant, ana.cookie);
    await Promise.all([synced(board), synced(facilitation)]);
    board.provider.awareness.setLocalStateField('user', { name: 'Typed name', color: '#336699' });
    runSessionCommand(facilitation.doc, DEFAULT_TEMPLATE, { type: 'start' }, Date.now());
    await vi.waitFor(async () => {
      const [row] = (await listAs(server, ana)).boards;
      expect(row).toMatchObject({ phase: 'Goal', facilitators: ['Ana Lima'] });
    });
  });
});

describe('opening a board from the workspace, without its links', () => {
  it('lets a member run it and a viewer read it, bound to their session', async () => {
    const server = await t.server();
    const member = await signedIn(server.app, 'member');
    const viewer = await signedIn(server.app, 'viewer');
    const board = await createBoard(server);

    expect((await accessAs(server, viewer, board.id, 'participant')).statusCode).toBe(403);
    expect((await accessAs(server, viewer, board.id, 'facilitator')).statusCode).toBe(403);
    expect((await accessAs(server, member, 'AAAAAAAAAAAAAAAA', 'participant')).statusCode).toBe(
      404,
    );
    const participant = await grantFor(server, member, board.id, 'participant');
    const observer = await grantFor(server, viewer, board.id, 'observer');
    // Not the board's link tokens.
    expect(Object.values(board.tokens)).not.toContain(participant);

    const info = (token: string, cookie?: string) =>
      server.app.inject({
        url: `/api/boards/${board.id}`,
        headers: { authorization: `Bearer ${token}`, ...(cookie ? { cookie } : {}) },
      });
    expect((await info(participant, member.cookie)).json()).toMatchObject({ role: 'participant' });
    expect((await info(observer, viewer.cookie)).json()).toMatchObject({ role: 'observer' });
    // Without the session it was made for, a grant is worth nothing.
    expect((await info(participant)).statusCode).toBe(401);
    expect((await info(participant, viewer.cookie)).statusCode).toBe(401);

    const writer = browserClient(server, board.id, participant, member.cookie);
    const reader = browserClient(server, board.id, observer, viewer.cookie);
    const stolen = browserClient(server, board.id, participant, undefined);
    await Promise.all([synced(writer), synced(reader)]);
    incidentMap(writer.doc).set('summary-probe', 'written by a member');
    await vi.waitFor(() =>
      expect(incidentMap(reader.doc).get('summary-probe')).toBe('written by a member'),
    );
    await vi.waitFor(() => expect(stolen.closes).toContain(CloseCode.Unauthorized));
  });

  it('lets a facilitator grant make new links, and refuses a participant grant and a grant without its session', async () => {
    const server = await t.server();
    const admin = await signedIn(server.app, 'admin');
    const member = await signedIn(server.app, 'member');
    const board = await createBoard(server);
    const facilitator = await grantFor(server, admin, board.id, 'facilitator');
    const participant = await grantFor(server, member, board.id, 'participant');
    const rotate = (token: string, headers: Record<string, string>) =>
      server.app.inject({
        method: 'POST',
        url: `/api/boards/${board.id}/links`,
        headers: { ...json, ...headers, authorization: `Bearer ${token}` },
        payload: JSON.stringify({ roles: ['participant'] }),
      });
    expect((await rotate(participant, member.headers)).statusCode).toBe(403);
    expect((await rotate(board.tokens.participant, {})).statusCode).toBe(403);
    expect((await rotate(facilitator, {})).statusCode).toBe(401);
    const res = await rotate(facilitator, admin.headers);
    expect(res.statusCode).toBe(200);
    const fresh = res.json<{ tokens: { participant: string } }>().tokens.participant;
    expect(fresh).not.toBe(board.tokens.participant);
    const role = async (token: string) =>
      (
        await server.app.inject({
          url: `/api/boards/${board.id}`,
          headers: { authorization: `Bearer ${token}` },
        })
      ).statusCode;
    expect(await role(board.tokens.participant)).toBe(401);
    expect(await role(fresh)).toBe(200);
  });

  it('closes the sockets with 4402 at once when the role is lowered or the person deactivated', async () => {
    const server = await t.server();
    const board = await createBoard(server);
    const lowered = await signedIn(server.app, 'member');
    const gone = await signedIn(server.app, 'member');
    const asParticipant = browserClient(
      server,
      board.id,
      await grantFor(server, lowered, board.id, 'participant'),
      lowered.cookie,
    );
    const asObserver = browserClient(
      server,
      board.id,
      await grantFor(server, lowered, board.id, 'observer'),
      lowered.cookie,
    );
    const goneSocket = browserClient(
      server,
      board.id,
      await grantFor(server, gone, board.id, 'facilitator'),
      gone.cookie,
    );
    // The same person with the board's link: a link works for anyone holding it.
    const withLink = browserClient(server, board.id, board.tokens.participant, gone.cookie);
    await Promise.all([asParticipant, asObserver, goneSocket, withLink].map((c) => synced(c)));

    await server.app.workspace.people.updateRole(lowered.person.id, 'viewer');
    await vi.waitFor(() => expect(asParticipant.closes).toEqual([CloseCode.AccessEnded]));
    // A viewer still reads.
    expect(asObserver.closes).toEqual([]);

    await server.app.workspace.people.deactivate(gone.person.id);
    await vi.waitFor(() => expect(goneSocket.closes).toEqual([CloseCode.AccessEnded]));
    expect(withLink.closes).toEqual([]);
    expect(withLink.provider.wsconnected).toBe(true);
  });

  it('closes the sockets with 4402 when an admin lowers the role or deactivates on the People page', async () => {
    const server = await t.server();
    const board = await createBoard(server);
    const admin = await signedIn(server.app, 'admin');
    const member = await signedIn(server.app, 'member');
    const socket = browserClient(
      server,
      board.id,
      await grantFor(server, member, board.id, 'participant'),
      member.cookie,
    );
    await synced(socket);
    const patch = (body: object) =>
      server.app.inject({
        method: 'PATCH',
        url: `/api/people/${member.person.id}`,
        headers: { ...admin.headers, ...json },
        payload: JSON.stringify(body),
      });
    expect((await patch({ role: 'viewer' })).statusCode).toBe(200);
    await vi.waitFor(() => expect(socket.closes).toEqual([CloseCode.AccessEnded]));

    const observer = browserClient(
      server,
      board.id,
      await grantFor(server, member, board.id, 'observer'),
      member.cookie,
    );
    await synced(observer);
    expect((await patch({ active: false })).statusCode).toBe(200);
    await vi.waitFor(() => expect(observer.closes).toEqual([CloseCode.AccessEnded]));
  });

  it('closes them with 4402 when an admin lowers the role from the People API', async () => {
    const server = await t.server();
    const board = await createBoard(server);
    const admin = await signedIn(server.app, 'admin');
    const member = await signedIn(server.app, 'member');
    const grant = await grantFor(server, member, board.id, 'participant');
    const socket = browserClient(server, board.id, grant, member.cookie);
    await synced(socket);
    const res = await server.app.inject({
      method: 'PATCH',
      url: `/api/people/${member.person.id}`,
      headers: { ...json, ...admin.headers },
      payload: JSON.stringify({ role: 'viewer' }),
    });
    expect(res.statusCode).toBe(200);
    await vi.waitFor(() => expect(socket.closes).toEqual([CloseCode.AccessEnded]));
  });

  it('ends with sign-out everywhere, open sockets included', async () => {
    const server = await t.server();
    const board = await createBoard(server);
    const member = await signedIn(server.app, 'member');
    const grant = await grantFor(server, member, board.id, 'participant');
    const socket = browserClient(server, board.id, grant, member.cookie);
    await synced(socket);
    const res = await server.app.inject({
      method: 'DELETE',
      url: '/api/me/sessions',
      headers: member.headers,
    });
    expect(res.statusCode).toBe(204);
    await vi.waitFor(() => expect(socket.closes).toEqual([CloseCode.AccessEnded]));
    const again = browserClient(server, board.id, grant, member.cookie);
    await vi.waitFor(() => expect(again.closes).toEqual([CloseCode.AccessEnded]));
  });
});

describe('a signed-in person on a board', () => {
  it('shows their account name in presence and attendance, whatever the page claims', async () => {
    const server = await t.server();
    const board = await createBoard(server);
    const ana = await signedIn(server.app, 'member', 'Ana Lima');
    const watcher = browserClient(server, board.id, board.tokens.facilitator, undefined);
    // Ana opens the participant link while signed in, and her page claims another name.
    const key = newMemberKey();
    const anaClient = browserClient(server, board.id, board.tokens.participant, ana.cookie, key);
    // A guest claims Ana's name.
    const guest = browserClient(
      server,
      board.id,
      board.tokens.participant,
      undefined,
      newMemberKey(),
    );
    await Promise.all([synced(watcher), synced(anaClient), synced(guest)]);
    anaClient.provider.awareness.setLocalStateField('user', { name: 'Mallory', color: '#336699' });
    await vi.waitFor(() => expect(namesSeen(watcher)).toContain('Ana Lima'));
    guest.provider.awareness.setLocalStateField('user', { name: 'Ana Lima', color: '#336699' });
    await vi.waitFor(() => expect(namesSeen(watcher).sort()).toEqual(['Ana Lima', 'Ana Lima (2)']));
    await vi.waitFor(async () => {
      const members = await server.app.members.list(board.id);
      expect(members.find((m) => m.memberId === memberIdOf(key))?.name).toBe('Ana Lima');
    });
    expect(namesSeen(watcher)).not.toContain('Mallory');
  });

  it('writes cards that carry no account id or name, revealed or not', async () => {
    const server = await t.server();
    const board = await createBoard(server);
    const ana = await signedIn(server.app, 'member', 'Ana Lima');
    const grant = await grantFor(server, ana, board.id, 'participant');
    const key = newMemberKey();
    const own = browserClient(
      server,
      privateRoomName(board.id, memberIdOf(key)),
      grant,
      ana.cookie,
      key,
    );
    const facilitator = browserClient(
      server,
      roomName(board.id, 'facilitation'),
      board.tokens.facilitator,
      undefined,
    );
    await Promise.all([synced(own), synced(facilitator)]);
    setMemberName(own.doc, 'Typed');
    addCard(own.doc, { text: 'The deploy ran without a canary', column: 'went-wrong' });
    runSessionCommand(facilitator.doc, DEFAULT_TEMPLATE, { type: 'start' }, Date.now());
    runSessionCommand(facilitator.doc, DEFAULT_TEMPLATE, { type: 'reveal' }, Date.now());
    await vi.waitFor(() => expect(readRevealedCards(facilitator.doc)).toHaveLength(1));
    // Every byte the facilitation doc holds, as any reader of the board receives it.
    const seen = Buffer.from(Y.encodeStateAsUpdate(facilitator.doc)).toString('utf8');
    expect(seen).toContain('The deploy ran without a canary');
    for (const secret of [ana.person.id, ana.person.name, ana.person.email, 'Typed']) {
      expect(seen).not.toContain(secret);
    }
    expect(readRevealedCards(facilitator.doc)[0]!.author).toBeUndefined();
  });
});
