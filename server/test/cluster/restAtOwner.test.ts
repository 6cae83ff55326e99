/**
 * A REST change to a board made through a process that does not own it is applied by the
 * owner, under its lease: the owner's clients see it live and the change is recorded once.
 * Two servers on one Postgres schema, each with its own leases' identity and port, as two
 * processes are (started in this process for the sign-in helpers).
 */
import { describe, expect, it, vi } from 'vitest';
import { addActionItem, readActionItems, roomName, type LedgerAction } from '@hindsight/shared';
import { createBoard, synced, testContext, WAIT_MS } from '../helpers.ts';
import { signedIn } from '../people.ts';

const t = testContext();
const until = { timeout: WAIT_MS, interval: 100 };

describe('REST writes on a process that does not own the board', () => {
  it("PATCH /api/actions/:id through another process changes the owner's board live", async () => {
    const storage = await t.storage('postgres');
    const owner = await t.server({ storage });
    const other = await t.server({ storage });
    const board = await createBoard(owner, 'Checkout 5xx');
    const facilitator = t.client(owner, roomName(board.id), board.tokens.facilitator);
    await synced(facilitator);
    const action = addActionItem(facilitator.doc, { title: 'Alert on pool', owner: 'Pat Lee' });
    expect(owner.app.ownedBoards.holds(board.id)).toBe(true);
    await vi.waitFor(async () => {
      const res = await fetch(`${other.url}/api/actions?postmortem=${board.id}`, {
        headers: { authorization: `Bearer ${other.apiToken}` },
      });
      const body = (await res.json()) as { items: LedgerAction[] };
      expect(body.items.map((i) => i.id)).toEqual([action]);
    }, until);

    const pat = await signedIn(other.app, 'member', 'Pat Lee');
    const res = await fetch(`${other.url}/api/actions/${action}`, {
      method: 'PATCH',
      headers: { ...pat.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'done', expectedStatus: 'open' }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: action, status: 'done' });
    // The owner applied it: its client sees it without reconnecting, and the other process
    // never held the board.
    await vi.waitFor(() => {
      const seen = readActionItems(facilitator.doc).find((a) => a.id === action);
      expect(seen?.status).toBe('done');
    }, until);
    expect(other.app.ownedBoards.holds(board.id)).toBe(false);
    const history = await fetch(`${owner.url}/api/actions/${action}/history`, {
      headers: { authorization: `Bearer ${owner.apiToken}` },
    });
    const entries = ((await history.json()) as { items: { change: unknown }[] }).items;
    expect(entries.filter((e) => JSON.stringify(e).includes('done'))).toHaveLength(1);
  }, 120_000);
});
