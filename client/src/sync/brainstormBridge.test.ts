import {
  DEFAULT_TEMPLATE,
  initFacilitation,
  mirrorBrainstorm,
  readCards,
  readSession,
  runSessionCommand,
} from '@hindsight/shared';
import { describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { createBrainstormStore } from '../state/brainstormStore.ts';
import { bindBrainstorm } from './brainstormBridge.ts';
import { createBrainstormCommands } from './brainstormCommands.ts';
import { createTypingSignal } from './typingSignal.ts';

/** What the server does (plugins/brainstorm.ts), with fixed ids and ranks. */
function mirror(facilitation: Y.Doc, members: { memberId: string; doc: Y.Doc }[]) {
  let rank = 0;
  mirrorBrainstorm(
    facilitation,
    members.map(({ memberId, doc }) => ({ memberId, name: undefined, cards: readCards(doc) })),
    {
      revealed: readSession(facilitation).revealed,
      namedCards: false,
      publicId: (m, c) =>
        `${m}${c}`
          .replace(/[^A-Za-z0-9]/g, '')
          .slice(0, 16)
          .padEnd(16, 'x'),
      random: () => (rank = (rank + 0.37) % 1),
    },
    'server',
  );
}

function setup() {
  const facilitation = new Y.Doc();
  initFacilitation(facilitation, DEFAULT_TEMPLATE);
  const mine = new Y.Doc();
  const theirs = new Y.Doc();
  const store = createBrainstormStore(true);
  const awareness = new Awareness(new Y.Doc());
  const commands = createBrainstormCommands(
    mine,
    createTypingSignal(() => {}),
  );
  const unbind = bindBrainstorm({ facilitation, privateDoc: mine, awareness }, store);
  return { facilitation, mine, theirs, store, commands, unbind, awareness };
}

describe('brainstorm bridge', () => {
  it('shows own cards only until the reveal, then every card with own ones matched', () => {
    const { facilitation, mine, theirs, store, commands, unbind, awareness } = setup();
    const own = commands.addCard({ column: 'went-wrong', text: 'No alert on the pool' });
    createBrainstormCommands(
      theirs,
      createTypingSignal(() => {}),
    ).addCard({
      column: 'went-wrong',
      text: 'Muted channel',
    });
    expect(store.getState().cards.map((c) => [c.text, c.state])).toEqual([
      ['No alert on the pool', 'private'],
    ]);

    runSessionCommand(facilitation, DEFAULT_TEMPLATE, { type: 'start' }, 1_000);
    runSessionCommand(facilitation, DEFAULT_TEMPLATE, { type: 'reveal' }, 1_000);
    expect(store.getState().revealed).toBe(true);
    // Revealed, but the server has not mirrored yet: the own card waits.
    expect(store.getState().cards.map((c) => c.state)).toEqual(['pending']);

    mirror(facilitation, [
      { memberId: 'me', doc: mine },
      { memberId: 'them', doc: theirs },
    ]);
    const cards = store.getState().cards;
    expect(cards.map((c) => c.text).sort()).toEqual(['Muted channel', 'No alert on the pool']);
    expect(cards.find((c) => c.own !== null)).toMatchObject({
      text: 'No alert on the pool',
      state: 'revealed',
      own: { id: own },
    });
    expect(store.getState().counts).toEqual({ cards: 2, people: 2 });
    unbind();
    awareness.destroy();
  });
});
