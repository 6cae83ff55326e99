/**
 * The anonymity lock is taken when the first card is written, in the same turn as the
 * plan is read (issue 22, finding 6): a facilitator who turns named cards on moments
 * after the first card cannot put its author's name on it.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  addCard,
  DEFAULT_TEMPLATE,
  facilitationMap,
  parseRoom,
  readPlan,
  readRevealedCards,
  roomName,
  runSessionCommand,
} from '@hindsight/shared';
import { createBoard, synced, testContext } from './helpers.ts';

const t = testContext();

describe('anonymity lock', () => {
  it.each([10, 50, 90])(
    'keeps the first card anonymous when named cards are turned on %i ms after it',
    async (delayMs) => {
      const server = await t.server();
      const board = await createBoard(server);
      const facilitationRoom = roomName(board.id, 'facilitation');
      const facilitator = t.client(server, facilitationRoom, board.tokens.facilitator);
      await synced(facilitator);
      const alice = await t.member(server, board, 'Alice');

      // The moment the server applies the card is the start of the window.
      const cardSeen = new Promise<void>((resolve) =>
        server.app.rooms.addHooks({
          afterPeerUpdate: (room) => {
            if (parseRoom(room.name)?.kind === 'private') resolve();
          },
        }),
      );
      addCard(alice.doc, { text: 'Written in confidence', column: 'went-wrong' });
      await cardSeen;
      // The delay is the attack being tested, not a wait for something to happen.
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      // A facilitator's client that skips updatePlan's check writes the plan directly.
      const plan = readPlan(facilitator.doc, DEFAULT_TEMPLATE);
      facilitationMap(facilitator.doc).set('plan', { ...plan, namedCards: true });
      runSessionCommand(facilitator.doc, DEFAULT_TEMPLATE, { type: 'start' }, Date.now());
      runSessionCommand(facilitator.doc, DEFAULT_TEMPLATE, { type: 'reveal' }, Date.now());

      await vi.waitFor(() => expect(readRevealedCards(facilitator.doc)).toHaveLength(1), {
        timeout: 30_000,
      });
      await server.app.brainstorm.mirror(board.id);
      expect(readRevealedCards(facilitator.doc).map((c) => c.author)).toEqual([undefined]);
      expect(await server.app.store.isAnonymityLocked(board.id)).toBe(true);
    },
  );
});
