/**
 * The closing rule on a real server: when a postmortem's last action is resolved the
 * ledger tells `ledgerEvents` once ('closable'), with its owners; with the workspace's
 * `autoClose` the server closes it, and an action reopened reopens it for every reader.
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
});
