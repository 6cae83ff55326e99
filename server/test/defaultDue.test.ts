/**
 * New actions' default due dates on a real server with real websocket clients: an action
 * a person adds with no date gets the workspace policy's for the board's severity, seen
 * by everyone on the board; a date a person set is kept, and a default a person cleared
 * is never given again.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  addActionItem,
  addDays,
  editActionItem,
  localDate,
  readActionItems,
  readIncident,
  roomName,
  updateIncident,
  type ActionItemView,
} from '@hindsight/shared';
import { createBoard, synced, testContext, WAIT_MS, type TestServer } from './helpers.ts';

const t = testContext();
const until = { timeout: WAIT_MS, interval: 50 };

async function sev2Board(server: TestServer) {
  await server.app.store.writeSetting(
    'actions',
    { duePolicy: { SEV2: 56 }, autoClose: false },
    Date.now(),
    null,
  );
  const board = await createBoard(server, 'Checkout 5xx');
  const writer = t.client(server, roomName(board.id), board.tokens.participant);
  const reader = t.client(server, roomName(board.id), board.tokens.facilitator);
  await Promise.all([synced(writer), synced(reader)]);
  updateIncident(reader.doc, { severity: 'SEV2', timeZone: 'Europe/Paris' });
  return { writer: writer.doc, reader: reader.doc };
}

const action = (doc: Parameters<typeof readActionItems>[0], id: string) =>
  readActionItems(doc).find((a) => a.id === id) as ActionItemView;

describe('the default due date of a new action', () => {
  it('is given by the server from the severity’s policy, for everyone on the board', async () => {
    const server = await t.server();
    const { writer, reader } = await sev2Board(server);
    const id = addActionItem(writer, { title: 'Alert on pool saturation' });
    const due = addDays(localDate(Date.now(), 'Europe/Paris'), 56);
    await vi.waitFor(() => expect(action(reader, id)?.due).toBe(due), until);
    expect(action(reader, id).dueDefault).toEqual({ due, severity: 'SEV2', days: 56 });
    await vi.waitFor(() => expect(action(writer, id)?.due).toBe(due), until);
  });

  it('keeps a person’s date, and never gives a default again once a person cleared it', async () => {
    const server = await t.server();
    const { writer, reader } = await sev2Board(server);
    const dated = addActionItem(writer, { title: 'Dated', due: '2030-01-02' });
    const cleared = addActionItem(writer, { title: 'Cleared later' });
    await vi.waitFor(() => expect(action(writer, cleared)?.due).toBeDefined(), until);
    editActionItem(writer, cleared, { due: null });
    // A later addition is handled after everything before it: once it has its date, the
    // server has seen the clear and the dated one.
    const later = addActionItem(writer, { title: 'Later' });
    await vi.waitFor(() => expect(action(reader, later)?.due).toBeDefined(), until);
    expect(action(reader, dated).due).toBe('2030-01-02');
    expect(action(reader, dated).dueDefault).toBeUndefined();
    expect(action(reader, cleared).due).toBeUndefined();
  });

  it('is none on a board whose severity the policy gives no days', async () => {
    const server = await t.server();
    const { writer, reader } = await sev2Board(server);
    updateIncident(reader, { severity: 'SEV3' });
    await vi.waitFor(() => expect(readIncident(writer).severity).toBe('SEV3'), until);
    const none = addActionItem(writer, { title: 'SEV3 action' });
    updateIncident(reader, { severity: 'SEV2' });
    await vi.waitFor(() => expect(readIncident(writer).severity).toBe('SEV2'), until);
    const given = addActionItem(writer, { title: 'SEV2 action' });
    await vi.waitFor(() => expect(action(reader, given)?.due).toBeDefined(), until);
    expect(action(reader, none).due).toBeUndefined();
  });
});
