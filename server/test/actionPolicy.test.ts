/**
 * The workspace's action settings and the on-time rate on a real server: an admin sets
 * the due-date policy (a member cannot, a bad value is a 400 naming the field), and
 * `GET /api/actions/stats` counts actions resolved by their due date from the ledger,
 * with the date each was first seen resolved.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  addActionItem,
  addDays,
  roomName,
  setActionStatus,
  updateIncident,
  type ActionStatsResponse,
} from '@hindsight/shared';
import { utcToday } from '../src/ledger/ledgerStore.ts';
import { createBoard, synced, testContext, WAIT_MS } from './helpers.ts';
import { signedIn } from './people.ts';

const t = testContext();

describe('action settings', () => {
  it('are the defaults until an admin changes them; a member cannot, a bad value names its field', async () => {
    const server = await t.server();
    const admin = await signedIn(server.app, 'admin', 'Ada Admin');
    const member = await signedIn(server.app, 'member', 'Pat Lee');
    const put = (body: unknown, as: typeof admin) =>
      fetch(`${server.url}/api/actions/settings`, {
        method: 'PUT',
        headers: { ...as.headers, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const get = async () =>
      (await fetch(`${server.url}/api/actions/settings`, { headers: member.headers })).json();

    expect(await get()).toEqual({
      duePolicy: { SEV1: 28, SEV2: 56, SEV3: 84, SEV4: 112 },
      autoClose: false,
    });
    const wanted = { duePolicy: { SEV1: 14, SEV2: 30 }, autoClose: true };
    expect((await put(wanted, member)).status).toBe(403);
    const bad = await put({ duePolicy: { SEV1: 0 }, autoClose: true }, admin);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain('duePolicy');
    expect((await put(wanted, admin)).status).toBe(200);
    expect(await get()).toEqual(wanted);
  });
});

describe('the on-time rate', () => {
  it('counts actions resolved by their due date per severity, and open ones overdue', async () => {
    const server = await t.server();
    const board = await createBoard(server, 'Checkout 5xx');
    const client = t.client(server, roomName(board.id), board.tokens.facilitator);
    await synced(client);
    const today = utcToday();
    updateIncident(client.doc, { severity: 'SEV1' });
    const early = addActionItem(client.doc, { title: 'Early', due: addDays(today, 5) });
    const late = addActionItem(client.doc, { title: 'Late', due: addDays(today, -1) });
    addActionItem(client.doc, { title: 'Overdue', due: addDays(today, -2) });
    addActionItem(client.doc, { title: 'Someday' });
    setActionStatus(client.doc, early, 'done');
    setActionStatus(client.doc, late, 'done');

    await vi.waitFor(
      async () => {
        const res = await fetch(`${server.url}/api/actions/stats`, {
          headers: { authorization: `Bearer ${server.apiToken}` },
        });
        const body = (await res.json()) as ActionStatsResponse;
        expect(body.today).toBe(today);
        expect(body.rates.find((r) => r.severity === 'SEV1')).toEqual({
          severity: 'SEV1',
          resolvedWithDue: 2,
          resolvedOnTime: 1,
          rate: 0.5,
          overdueOpen: 1,
        });
      },
      { timeout: WAIT_MS, interval: 100 },
    );
  });
});
