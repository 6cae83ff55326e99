/**
 * The reveal projection's cost is bounded by what changed (issue #22, finding 4): after a
 * change in one member's private doc, the brainstorm mirror and the owner confirmations
 * open that private doc alone, however many members the board has.
 */
import { describe, expect, it, vi } from 'vitest';
import { addCard, parseRoom, readBrainstormCounts, roomName } from '@hindsight/shared';
import { createBoard, synced, testContext, WAIT_MS } from './helpers.ts';

const t = testContext();
const MEMBERS = 8;

describe('reveal projection cost', () => {
  it('opens only the private doc that changed, once every member was read', async () => {
    const server = await t.server();
    const board = await createBoard(server);
    const observer = t.client(server, roomName(board.id, 'facilitation'), board.tokens.observer);
    await synced(observer);
    const members = [];
    for (let i = 0; i < MEMBERS; i++) {
      const member = await t.member(server, board, `Member ${i}`);
      addCard(member.doc, { text: `card ${i}`, column: 'lucky' });
      members.push(member);
    }
    await vi.waitFor(
      () => expect(readBrainstormCounts(observer.doc)).toEqual({ cards: MEMBERS, people: MEMBERS }),
      WAIT_MS,
    );
    // Both readers have read every member once: from here on they read what changed.
    await server.app.brainstorm.mirror(board.id);
    await server.app.ownership.publish(board.id);

    /** Private docs each server-side reader opened, per call. */
    const opened: string[][] = [];
    const withRooms = server.app.rooms.withRooms.bind(server.app.rooms);
    vi.spyOn(server.app.rooms, 'withRooms').mockImplementation((names, fn) => {
      opened.push(names.filter((name) => parseRoom(name)?.kind === 'private'));
      return withRooms(names, fn);
    });
    addCard(members[3]!.doc, { text: 'one more', column: 'lucky' });
    await vi.waitFor(() => {
      expect(readBrainstormCounts(observer.doc).cards).toBe(MEMBERS + 1);
      // the brainstorm mirror and the owner confirmations, at least once each
      expect(opened.filter((names) => names.length > 0).length).toBeGreaterThanOrEqual(2);
    }, WAIT_MS);
    await server.app.brainstorm.mirror(board.id);
    const changed = members[3]!.provider.roomname;
    for (const names of opened) expect(names).toEqual(names.length === 0 ? [] : [changed]);
  });
});
