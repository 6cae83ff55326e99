/** What the reminder tests share: a clock they move, and actions owned by a person. */
import { expect, vi } from 'vitest';
import { addActionItem, editActionItem, roomName } from '@hindsight/shared';
import { createBoard, synced, WAIT_MS, type TestContext, type TestServer } from '../helpers.ts';

/** A clock the test moves; the server reads it for the schedule and the retries. */
export function fakeClock(iso: string) {
  let now = Date.parse(iso);
  return {
    now: () => now,
    set: (to: string) => void (now = Date.parse(to)),
    add: (ms: number) => void (now += ms),
  };
}
export type FakeClock = ReturnType<typeof fakeClock>;

/**
 * A board whose actions (title → due date) are owned by `personId`, once the ledger has
 * them; the action ids in the order given.
 */
export async function ownedActions(
  t: TestContext,
  server: TestServer,
  personId: string,
  dues: Record<string, string>,
) {
  const board = await createBoard(server, 'Checkout outage');
  const client = t.client(server, roomName(board.id), board.tokens.facilitator);
  await synced(client);
  const ids: string[] = [];
  for (const [title, due] of Object.entries(dues)) {
    const id = addActionItem(client.doc, { title, owner: 'Owner', due });
    editActionItem(client.doc, id, { ownerPersonId: personId });
    ids.push(id);
  }
  await vi.waitFor(
    async () => {
      const found = await server.app.store.remindableActions('9999-12-31', null, 100);
      expect(found.filter((a) => a.boardId === board.id)).toHaveLength(ids.length);
    },
    { timeout: WAIT_MS, interval: 100 },
  );
  return { board, ids, client };
}
