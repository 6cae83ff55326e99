/**
 * The closing rule on a real server: when a postmortem's last action is resolved the
 * ledger tells `ledgerEvents` once ('closable'), with its owners; with the workspace's
 * `autoClose` the server closes it, and an action reopened reopens it for every reader.
 * From the ledger (`GET /api/boards/:id/closing`, `POST /api/boards/:id/close`) only its
 * facilitator, a postmortem owner or an admin closes it, and only once every action is
 * resolved.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  addActionItem,
  readPostmortemStatus,
  roomName,
  setActionStatus,
  setPostmortemOwners,
} from '@hindsight/shared';
import type { ClosableEvent } from '../src/ledger/closing.ts';
import { createBoard, synced, testContext, WAIT_MS, type TestServer } from './helpers.ts';
import { signedIn } from './people.ts';

const t = testContext();
const until = { timeout: WAIT_MS, interval: 100 };

async function boardWithAction(server: TestServer) {
  const board = await createBoard(server, 'Checkout 5xx');
  const doc = t.client(server, roomName(board.id), board.tokens.facilitator);
  const facilitation = t.client(
    server,
    roomName(board.id, 'facilitation'),
    board.tokens.facilitator,
  );
  await Promise.all([synced(doc), synced(facilitation)]);
  setPostmortemOwners(facilitation.doc, ['Dana Diaz']);
  const action = addActionItem(doc.doc, { title: 'Alert on pool saturation' });
  return { board, doc: doc.doc, facilitation: facilitation.doc, action };
}

describe('closing a postmortem', () => {
  it('is offered once when the last action is resolved, and told with its owners', async () => {
    const server = await t.server();
    const events: ClosableEvent[] = [];
    server.app.ledgerEvents.on('closable', (e) => events.push(e));
    const { board, doc, facilitation, action } = await boardWithAction(server);
    server.app.searchIndexer.schedule(board.id);
    await server.app.searchIndexer.flush(board.id);
    expect(events).toEqual([]);

    setActionStatus(doc, action, 'done');
    await vi.waitFor(() => expect(events).toHaveLength(1), until);
    expect(events[0]).toEqual({
      boardId: board.id,
      title: 'Checkout 5xx',
      owners: ['Dana Diaz'],
      closed: false,
      // Made with an API token: no person facilitates it.
      facilitatorPersonId: null,
      resolvedAt: expect.any(Number),
    });
    // Offered, not closed: the workspace did not ask for it.
    expect(readPostmortemStatus(doc, facilitation)).not.toBe('closed');
    // Indexed again without a change of state: not told again.
    server.app.searchIndexer.schedule(board.id);
    await server.app.searchIndexer.flush(board.id);
    expect(events).toHaveLength(1);
  });

  it('closes by itself when the workspace says so; a reopened action reopens it', async () => {
    const server = await t.server();
    await server.app.store.writeSetting(
      'actions',
      { duePolicy: {}, autoClose: true },
      Date.now(),
      null,
    );
    const events: ClosableEvent[] = [];
    server.app.ledgerEvents.on('closable', (e) => events.push(e));
    const { board, doc, facilitation, action } = await boardWithAction(server);

    setActionStatus(doc, action, 'done');
    await vi.waitFor(() => expect(readPostmortemStatus(doc, facilitation)).toBe('closed'), until);
    expect(events.map((e) => e.closed)).toEqual([true]);

    setActionStatus(doc, action, 'in progress');
    expect(readPostmortemStatus(doc, facilitation)).toBe('actions open');
    await vi.waitFor(async () => {
      server.app.searchIndexer.schedule(board.id);
      await server.app.searchIndexer.flush(board.id);
      expect((await server.app.store.findAction(action))?.status).toBe('in progress');
    }, until);
    // Resolved again: closed again, and told again.
    setActionStatus(doc, action, 'done');
    await vi.waitFor(() => expect(events.map((e) => e.closed)).toEqual([true, true]), until);
    // The server tells before its close reaches this client's copy of the doc.
    await vi.waitFor(() => expect(readPostmortemStatus(doc, facilitation)).toBe('closed'), until);
  });

  it('from the ledger: offered to its owners and admins only, and closed only when every action is resolved', async () => {
    const server = await t.server();
    const { app } = server;
    const { board, doc, facilitation, action } = await boardWithAction(server);
    const dana = await signedIn(app, 'member', 'Dana Diaz');
    const sam = await signedIn(app, 'member', 'Sam Roe');
    const admin = await signedIn(app, 'admin');
    const closing = async (who: { headers: Record<string, string> }) =>
      (await app.inject({ url: `/api/boards/${board.id}/closing`, headers: who.headers })).json();
    const close = (who: { headers: Record<string, string> }) =>
      app.inject({
        method: 'POST',
        url: `/api/boards/${board.id}/close`,
        headers: { ...who.headers, 'content-type': 'application/json' },
        payload: '{}',
      });

    // An action open: nobody may close it, its owner is told why.
    expect(await closing(dana)).toEqual({
      status: 'draft',
      closable: false,
      openActions: 1,
      mayClose: true,
    });
    const early = await close(dana);
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toBe(
      'The postmortem cannot close yet. 1 action is still open: Alert on pool saturation.',
    );

    setActionStatus(doc, action, 'done');
    await vi.waitFor(async () => expect((await closing(sam)).closable).toBe(true), until);
    // Sam is neither its facilitator nor an owner: told it is ready, refused the close.
    expect(await closing(sam)).toMatchObject({ openActions: 0, mayClose: false });
    const refused = await close(sam);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toBe(
      "Only the postmortem's facilitator, its owners or an admin close it.",
    );
    expect(readPostmortemStatus(doc, facilitation)).not.toBe('closed');
    expect((await closing(admin)).mayClose).toBe(true);

    // Dana, an owner the team named, closes it: everyone on the board sees it closed.
    const closed = await close(dana);
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed' });
    await vi.waitFor(() => expect(readPostmortemStatus(doc, facilitation)).toBe('closed'), until);
    expect(await closing(sam)).toMatchObject({ status: 'closed', closable: false });

    // Reopened on the board: open again, and the ledger says so.
    setActionStatus(doc, action, 'in progress');
    await vi.waitFor(
      async () =>
        expect(await closing(sam)).toMatchObject({
          status: 'actions open',
          openActions: 1,
        }),
      until,
    );
  });
});
