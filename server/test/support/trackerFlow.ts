/**
 * The steps of a tracker round trip as a person and a tracker take them, over real HTTP:
 * REST calls with a session, the ledger's view of one action, a webhook delivered as the
 * tracker would, and a postmortem with two actions whose facilitator is Fay Lin.
 */
import { vi } from 'vitest';
import { addActionItem, roomName, type LedgerAction, type TrackerKind } from '@hindsight/shared';
import { createBoard, synced, WAIT_MS, type TestContext, type TestServer } from '../helpers.ts';
import { signedIn, type SignedIn } from '../people.ts';
import { manualTicker, type SignedDelivery } from './trackerStandIn.ts';

export const until = { timeout: WAIT_MS, interval: 100 };

export async function call(
  server: TestServer,
  method: string,
  path: string,
  as: SignedIn,
  body?: unknown,
) {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      ...as.headers,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return {
    status: res.status,
    text,
    body: (text ? JSON.parse(text) : null) as Record<string, unknown>,
  };
}

export async function ledgerItem(
  server: TestServer,
  id: string,
): Promise<LedgerAction | undefined> {
  const res = await fetch(`${server.url}/api/actions`, {
    headers: { authorization: `Bearer ${server.apiToken}` },
  });
  return ((await res.json()) as { items: LedgerAction[] }).items.find((i) => i.id === id);
}

export async function deliver(server: TestServer, kind: TrackerKind, delivery: SignedDelivery) {
  const res = await fetch(`${server.url}/api/trackers/${kind}/webhook`, {
    method: 'POST',
    headers: delivery.headers,
    body: delivery.body,
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/**
 * A server with the tracker connected by an admin (`connection`, as PUT takes it), and a
 * postmortem facilitated by Fay Lin with two actions in the ledger.
 */
export async function trackerWorld(t: TestContext, kind: TrackerKind, connection: object) {
  const clock = manualTicker();
  const server = await t.server({ trackerTicker: clock.ticker });
  const admin = await signedIn(server.app, 'admin', 'Ada Admin');
  const fay = await signedIn(server.app, 'member', 'Fay Lin');
  const sam = await signedIn(server.app, 'member', 'Sam Roe');
  const put = await call(server, 'PUT', `/api/trackers/${kind}`, admin, connection);
  if (put.status !== 200) throw new Error(`connect ${kind}: ${put.status} ${put.text}`);

  const board = await createBoard(server, 'Checkout 5xx');
  await server.app.store.recordAttendee(board.id, 'facilitator', 'Fay Lin');
  const client = t.client(server, roomName(board.id), board.tokens.facilitator);
  await synced(client);
  const first = addActionItem(client.doc, {
    title: 'Alert on checkout 5xx',
    details: 'Page when the error rate passes 2% for 5 minutes.',
    owner: 'Pat Lee',
    due: '2026-01-10',
  });
  const second = addActionItem(client.doc, { title: 'Runbook for checkout', owner: 'Sam Roe' });
  await vi.waitFor(async () => {
    if (!(await ledgerItem(server, second))) throw new Error('not in the ledger yet');
  }, until);
  return { clock, server, admin, fay, sam, board, doc: client.doc, first, second };
}
