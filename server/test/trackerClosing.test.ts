/**
 * The closing rule reached from a tracker: a postmortem's last open action has its issue
 * in GitHub or Linear (local stand-ins of their APIs); the tracker closes the issue, by a
 * signed webhook or, when none comes, as the poll reads it; the action is done, the
 * ledger tells 'closable' once with the postmortem's owners, and with the workspace's
 * autoClose the server closes the postmortem. Run on SQLite and on Postgres.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  readPostmortemStatus,
  roomName,
  setActionStatus,
  setPostmortemOwners,
  type TrackerKind,
} from '@hindsight/shared';
import type { ClosableEvent } from '../src/ledger/closing.ts';
import { synced, testContext } from './helpers.ts';
import { githubStandIn, linearStandIn, type SignedDelivery } from './support/trackerStandIn.ts';
import { call, deliver, ledgerItem, trackerWorld, until } from './support/trackerFlow.ts';

const t = testContext();
const SECRET = 'whsec-0123456789abcdef0123456789abcdef';
const GITHUB_TOKEN = 'ghp_16C7e42F292c6912E7710c838347Ae178B4a';
const LINEAR_KEY = 'lin_api_0123456789abcdefghijklmnopqrstuvwxyz';
const REPO = 'octocat/Hello-World';

/** A tracker's stand-in as this test drives it: the issue last filed, closed there. */
interface Tracker {
  readonly url: string;
  /** The tracker's webhook that the last issue filed is closed, signed. */
  closedWebhook(): SignedDelivery;
  /** Closes the last issue filed in the tracker, telling no one. */
  closeQuietly(): void;
  close(): Promise<void>;
}

interface Case {
  readonly kind: TrackerKind;
  readonly label: string;
  start(): Promise<Tracker>;
  connection(url: string): object;
  readonly target: object;
}

const CASES: Case[] = [
  {
    kind: 'github',
    label: 'GitHub',
    async start() {
      const gh = await githubStandIn(GITHUB_TOKEN);
      // The stand-in numbers its first issue as GitHub's documented example does.
      return {
        url: gh.url,
        closedWebhook: () => gh.webhook(REPO, 1347, 'closed', SECRET),
        closeQuietly: () => gh.setState(REPO, 1347, 'closed'),
        close: () => gh.close(),
      };
    },
    connection: (url) => ({ baseUrl: url, token: GITHUB_TOKEN, webhookSecret: SECRET }),
    target: { kind: 'github', repository: REPO },
  },
  {
    kind: 'linear',
    label: 'Linear',
    async start() {
      const linear = await linearStandIn(LINEAR_KEY);
      return {
        url: linear.url,
        closedWebhook: () => linear.webhook(linear.lastId(), 'closed', SECRET),
        closeQuietly: () => linear.setState(linear.lastId(), 'closed'),
        close: () => linear.close(),
      };
    },
    connection: (url) => ({ baseUrl: url, token: LINEAR_KEY, webhookSecret: SECRET }),
    target: { kind: 'linear', teamId: '72b2a2dc-6f4f-4423-9d34-24b5bd10634a' },
  },
];

describe.each(CASES)('$label closing the last open action', (c) => {
  /**
   * A postmortem owned by Dana Diaz whose second action is done and whose first, the
   * last open one, has its issue filed in the tracker.
   */
  async function lastActionInTracker(autoClose: boolean) {
    const tracker = await c.start();
    t.defer(() => tracker.close());
    const world = await trackerWorld(t, c.kind, c.connection(tracker.url));
    const { server, fay, sam, board, doc, first, second } = world;
    await server.app.store.writeSetting('actions', { duePolicy: {}, autoClose }, Date.now(), null);
    const events: ClosableEvent[] = [];
    server.app.ledgerEvents.on('closable', (e) => events.push(e));

    const facilitation = t.client(
      server,
      roomName(board.id, 'facilitation'),
      board.tokens.facilitator,
    );
    await synced(facilitation);
    setPostmortemOwners(facilitation.doc, ['Dana Diaz']);
    setActionStatus(doc, second, 'done');
    await vi.waitFor(
      async () => expect(await ledgerItem(server, second)).toMatchObject({ status: 'done' }),
      until,
    );

    expect(
      (await call(server, 'PUT', `/api/boards/${board.id}/tracker`, fay, c.target)).status,
    ).toBe(200);
    expect((await call(server, 'POST', `/api/actions/${first}/issue`, sam)).status).toBe(201);
    expect(await ledgerItem(server, first)).toMatchObject({ status: 'open' });
    // One action still open: nothing is offered, nothing closes.
    expect(events).toEqual([]);
    expect(readPostmortemStatus(doc, facilitation.doc)).not.toBe('closed');
    return { tracker, events, status: () => readPostmortemStatus(doc, facilitation.doc), ...world };
  }

  const told = (boardId: string, closed: boolean): ClosableEvent => ({
    boardId,
    title: 'Checkout 5xx',
    owners: ['Dana Diaz'],
    closed,
    facilitatorPersonId: null,
    resolvedAt: expect.any(Number) as number,
  });

  it('offers the postmortem for closing when its signed webhook closes the issue', async () => {
    const { tracker, server, board, first, events, status } = await lastActionInTracker(false);
    expect(await deliver(server, c.kind, tracker.closedWebhook())).toEqual({
      status: 200,
      body: { received: true, changed: true },
    });
    expect(await ledgerItem(server, first)).toMatchObject({ status: 'done', resolved: true });
    await vi.waitFor(() => expect(events).toEqual([told(board.id, false)]), until);
    // Offered, not closed: the workspace did not ask for it.
    expect(status()).not.toBe('closed');
  });

  it('closes the postmortem with autoClose when the webhook closes the issue', async () => {
    const { tracker, server, board, events, status } = await lastActionInTracker(true);
    expect((await deliver(server, c.kind, tracker.closedWebhook())).status).toBe(200);
    await vi.waitFor(() => expect(status()).toBe('closed'), until);
    expect(events).toEqual([told(board.id, true)]);
  });

  it('closes the postmortem with autoClose when the poll finds the issue closed', async () => {
    const { tracker, clock, server, board, first, events, status } =
      await lastActionInTracker(true);
    tracker.closeQuietly();
    clock.tick();
    await vi.waitFor(
      async () => expect(await ledgerItem(server, first)).toMatchObject({ status: 'done' }),
      until,
    );
    await vi.waitFor(() => expect(status()).toBe('closed'), until);
    expect(events).toEqual([told(board.id, true)]);
  });
});
