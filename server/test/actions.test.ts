/**
 * The action ledger on a real server with real websocket clients: the ledger follows the
 * board docs, `PATCH /api/actions/:id` changes the board live for everyone on it and is
 * refused by the status rules (403, 400, 404, 409), every change is in the history with
 * who made it, through the API or live on the board. Run on SQLite and on Postgres
 * (vitest.postgres.config.ts).
 */
import { describe, expect, it, vi } from 'vitest';
import {
  addActionItem,
  ActionHistoryEntrySchema,
  editActionItem,
  LedgerActionSchema,
  memberIdOf,
  newMemberKey,
  readActionItems,
  roomName,
  setActionStatus,
  updateIncident,
  type LedgerAction,
} from '@hindsight/shared';
import { createBoard, synced, testContext, WAIT_MS, type TestServer } from './helpers.ts';
import { signedIn, type SignedIn } from './people.ts';

const t = testContext();
const until = { timeout: WAIT_MS, interval: 100 };

async function list(server: TestServer, query = '', as?: SignedIn) {
  const res = await fetch(`${server.url}/api/actions?${query}`, {
    headers: as ? as.headers : { authorization: `Bearer ${server.apiToken}` },
  });
  return {
    status: res.status,
    body: (await res.json()) as { items: LedgerAction[]; nextCursor: string | null },
  };
}

async function patch(server: TestServer, id: string, body: unknown, as: SignedIn) {
  const res = await fetch(`${server.url}/api/actions/${id}`, {
    method: 'PATCH',
    headers: { ...as.headers, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function history(server: TestServer, id: string) {
  const res = await fetch(`${server.url}/api/actions/${id}/history`, {
    headers: { authorization: `Bearer ${server.apiToken}` },
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { items: unknown[] };
  return body.items.map((i) => ActionHistoryEntrySchema.parse(i));
}

/** A board with its facilitator's board doc open, two actions, indexed into the ledger. */
async function boardWithActions(server: TestServer, title: string) {
  const board = await createBoard(server, title);
  const client = t.client(server, roomName(board.id), board.tokens.facilitator);
  await synced(client);
  updateIncident(client.doc, { severity: 'SEV1', services: ['Checkout'] });
  const mine = addActionItem(client.doc, {
    title: `Alert on ${title}`,
    owner: 'Pat Lee',
    due: '2026-01-10',
  });
  const other = addActionItem(client.doc, { title: `Runbook for ${title}`, owner: 'Sam Roe' });
  await vi.waitFor(async () => {
    const { body } = await list(server, `postmortem=${board.id}`);
    expect(body.items.map((i) => i.id).sort()).toEqual([mine, other].sort());
  }, until);
  return { board, doc: client.doc, mine, other };
}

describe('the action ledger', () => {
  it('lists every action with its postmortem, filtered, and "me" across postmortems', async () => {
    const server = await t.server();
    const pat = await signedIn(server.app, 'member', 'Pat Lee');
    const a = await boardWithActions(server, 'Checkout 5xx');
    const b = await boardWithActions(server, 'Search outage');

    const all = await list(server);
    expect(all.status).toBe(200);
    for (const item of all.body.items) LedgerActionSchema.parse(item);
    const first = all.body.items.find((i) => i.id === a.mine)!;
    expect(first).toMatchObject({
      boardId: a.board.id,
      postmortemTitle: 'Checkout 5xx',
      owner: 'Pat Lee',
      due: '2026-01-10',
      status: 'open',
      severity: 'SEV1',
      resolved: false,
    });
    expect(first.services.map((s) => s.toLowerCase())).toEqual(['checkout']);

    const mine = await list(server, 'owner=me', pat);
    expect(mine.body.items.map((i) => i.id).sort()).toEqual([a.mine, b.mine].sort());
    expect((await list(server, 'owner=sam%20roe')).body.items).toHaveLength(2);
    expect((await list(server, 'overdue=true')).body.items.map((i) => i.id).sort()).toEqual(
      [a.mine, b.mine].sort(),
    );
    const paged = await list(server, 'limit=3');
    expect(paged.body.items).toHaveLength(3);
    const rest = await list(server, `limit=3&cursor=${paged.body.nextCursor}`);
    expect(rest.body.items).toHaveLength(1);
    expect(rest.body.nextCursor).toBeNull();

    const bad = await list(server, 'status=parked&overdue=maybe&colour=red');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toMatch(/status/);
    // An API token is nobody: "me" means nothing for it.
    expect((await list(server, 'owner=me')).status).toBe(400);
  });

  it('applies a PATCH to the board live, records who made it, and refuses what the rules refuse', async () => {
    const server = await t.server();
    const pat = await signedIn(server.app, 'member', 'Pat Lee');
    const sam = await signedIn(server.app, 'member', 'Sam Roe');
    const fay = await signedIn(server.app, 'member', 'Fay Lin');
    const viewer = await signedIn(server.app, 'viewer', 'Vic');
    const { board, doc, mine, other } = await boardWithActions(server, 'Checkout 5xx');
    await server.app.store.recordAttendee(board.id, 'facilitator', 'Fay Lin');

    // Someone else's action, a viewer, nothing to change, an unknown action.
    expect((await patch(server, mine, { status: 'done' }, sam)).status).toBe(403);
    expect((await patch(server, mine, { status: 'done' }, viewer)).status).toBe(403);
    expect((await patch(server, mine, {}, pat)).status).toBe(400);
    expect((await patch(server, 'Nosuchaction0000', { status: 'done' }, pat)).status).toBe(404);
    // Blocked needs its reason; a stale expected status is a conflict.
    expect((await patch(server, mine, { status: 'blocked' }, pat)).status).toBe(400);
    expect(
      (await patch(server, mine, { status: 'done', expectedStatus: 'in progress' }, pat)).status,
    ).toBe(409);

    const done = await patch(server, mine, { status: 'done', expectedStatus: 'open' }, pat);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ id: mine, status: 'done', resolved: true });
    // The facilitator's open board sees it without reloading.
    await vi.waitFor(
      () => expect(readActionItems(doc).find((a) => a.id === mine)?.status).toBe('done'),
      until,
    );

    // The owner's won't do waits for the facilitator to accept it.
    const wont = await patch(server, other, { status: "won't do", reason: 'Covered by SSO' }, sam);
    expect(wont.body).toMatchObject({
      status: "won't do",
      resolved: false,
      reason: 'Covered by SSO',
    });
    expect((await patch(server, other, { accept: true }, sam)).status).toBe(403);
    const accepted = await patch(server, other, { accept: true }, fay);
    expect(accepted.body).toMatchObject({ accepted: true, resolved: true });
    // The acceptance is in the facilitation doc, where only the facilitator and the server write.
    const facilitation = t.client(
      server,
      roomName(board.id, 'facilitation'),
      board.tokens.facilitator,
    );
    await vi.waitFor(
      () =>
        expect(readActionItems(doc, facilitation.doc).find((a) => a.id === other)?.accepted).toBe(
          true,
        ),
      until,
    );

    expect(
      (await history(server, mine)).map((h) => [h.field, h.from, h.to, h.by.name, h.via]),
    ).toEqual([['status', 'open', 'done', 'Pat Lee', 'api']]);
    const otherHistory = await history(server, other);
    expect(otherHistory.map((h) => [h.field, h.to, h.by.name])).toEqual([
      ['status', "won't do", 'Sam Roe'],
      ['reason', 'Covered by SSO', 'Sam Roe'],
      ['accepted', 'true', 'Fay Lin'],
    ]);
  });

  it('records a change made live on the board with the member whose connection sent it', async () => {
    const server = await t.server();
    const { board, mine } = await boardWithActions(server, 'Checkout 5xx');
    const key = newMemberKey();
    const participant = t.client(server, roomName(board.id), board.tokens.participant, key);
    await synced(participant);
    setActionStatus(participant.doc, mine, 'in progress');
    await vi.waitFor(async () => {
      const entries = await history(server, mine);
      expect(entries.map((h) => [h.field, h.from, h.to, h.by.kind, h.by.id, h.via])).toEqual([
        ['status', 'open', 'in progress', 'member', memberIdOf(key), 'board'],
      ]);
    }, until);
    // And the ledger row follows the board.
    await vi.waitFor(async () => {
      const { body } = await list(server, `status=in%20progress`);
      expect(body.items.map((i) => i.id)).toEqual([mine]);
    }, until);
  });

  it("keeps an owner's person id only when it names a person of the workspace", async () => {
    const server = await t.server();
    const pat = await signedIn(server.app, 'member', 'Pat Lee');
    const sam = await signedIn(server.app, 'member', 'Sam Roe');
    const { board, mine, other } = await boardWithActions(server, 'Checkout 5xx');
    // A participant's own client writes what it likes into the board doc it may write.
    const participant = t.client(server, roomName(board.id), board.tokens.participant);
    await synced(participant);
    editActionItem(participant.doc, mine, { owner: 'Pat Lee', ownerPersonId: pat.person.id });
    editActionItem(participant.doc, other, { owner: 'Sam Roe', ownerPersonId: 'madeUpPerson01' });
    await vi.waitFor(async () => {
      const { body } = await list(server, `postmortem=${board.id}`);
      expect(body.items.find((i) => i.id === mine)?.ownerPersonId).toBe(pat.person.id);
    }, until);
    const { body } = await list(server, `postmortem=${board.id}`);
    expect(body.items.find((i) => i.id === other)).toMatchObject({
      owner: 'Sam Roe',
      ownerPersonId: null,
    });
    // The made-up id reaches nobody: Sam's "My actions" finds it by name alone.
    expect((await list(server, 'owner=me', sam)).body.items.map((i) => i.id)).toEqual([other]);
    expect(await server.app.store.findAction(other)).toMatchObject({ ownerPersonId: null });
  });

  it('changes owners in bulk one action at a time: each is decided for the caller, and a refused one stays as it was with the reason', async () => {
    const server = await t.server();
    const pat = await signedIn(server.app, 'member', 'Pat Lee');
    const fay = await signedIn(server.app, 'member', 'Fay Lin');
    const noa = await signedIn(server.app, 'member', 'Noa Berg');
    const { board, doc, mine, other } = await boardWithActions(server, 'Checkout 5xx');
    const unowned = addActionItem(doc, { title: 'Nobody yet' });
    await server.app.store.recordAttendee(board.id, 'facilitator', 'Fay Lin');
    await vi.waitFor(async () => {
      const { body } = await list(server, `postmortem=${board.id}`);
      expect(body.items.map((i) => i.id)).toContain(unowned);
    }, until);

    // Pat hands the ticked actions to Noa: only Pat's own one may be handed on.
    const toNoa = { ownerPersonId: noa.person.id };
    const answers = await Promise.all(
      [mine, other, unowned].map((id) => patch(server, id, toNoa, pat)),
    );
    expect(answers.map((a) => a.status)).toEqual([200, 403, 403]);
    expect(answers[0]!.body).toMatchObject({ owner: 'Noa Berg', ownerPersonId: noa.person.id });
    for (const refused of answers.slice(1)) {
      expect(refused.body.message).toBe(
        'Only the owner, the facilitator or an admin may change this action; a member may take an action nobody owns.',
      );
    }
    // The refused ones are as they were, on the board and in their history.
    const onBoard = () => new Map(readActionItems(doc).map((a) => [a.id, a]));
    await vi.waitFor(() => expect(onBoard().get(mine)?.owner).toBe('Noa Berg'), until);
    expect(onBoard().get(other)).toMatchObject({ owner: 'Sam Roe' });
    expect(onBoard().get(other)?.ownerPersonId).toBeUndefined();
    expect(onBoard().get(unowned)?.owner).toBeUndefined();
    expect((await history(server, other)).map((h) => h.to)).not.toContain('Noa Berg');

    // A member may take an action nobody owns for themselves; the facilitator may change any.
    expect((await patch(server, unowned, { ownerPersonId: pat.person.id }, pat)).status).toBe(200);
    const byFay = await Promise.all(
      [other, unowned].map((id) => patch(server, id, { owner: 'Ops team' }, fay)),
    );
    expect(byFay.map((a) => a.status)).toEqual([200, 200]);
    expect(byFay[0]!.body).toMatchObject({ owner: 'Ops team', ownerPersonId: null });
    await vi.waitFor(() => expect(onBoard().get(other)?.owner).toBe('Ops team'), until);
    // Noa's "My actions" holds the one handed to her by id.
    expect((await list(server, 'owner=me', noa)).body.items.map((i) => i.id)).toEqual([mine]);
  });
});
