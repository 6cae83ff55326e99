/**
 * The brainstorm's Yjs -> zustand bridge. It reads three sources with shared's validating
 * readers: this person's private doc (their cards), the facilitation doc (reveal state,
 * counts, revealed cards) and the board doc's awareness (who is writing); and it derives
 * what the columns show (state/boardCards.ts), including which revealed cards are this
 * person's, a match that never leaves the browser.
 */
import {
  cardsMap,
  facilitationMap,
  readBrainstormCounts,
  readCards,
  readRevealedCards,
  readSession,
  revealedCardsMap,
} from '@hindsight/shared';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { boardCards, matchOwnCards, type OwnMatch } from '../state/boardCards.ts';
import type { BrainstormStore } from '../state/brainstormStore.ts';
import { readTypingClients } from './typingSignal.ts';

export interface BrainstormSources {
  readonly facilitation: Y.Doc;
  /** Null for observers, who have no private doc. */
  readonly privateDoc: Y.Doc | null;
  /** The board doc's awareness, which carries the `typing` field. */
  readonly awareness: Awareness;
}

const sameIds = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

/** Wires the sources to `store`; returns the function that unwires them. */
export function bindBrainstorm(
  { facilitation, privateDoc, awareness }: BrainstormSources,
  store: BrainstormStore,
): () => void {
  const set = store.setState;
  let match: OwnMatch = new Map();

  const derive = () => {
    const { revealed, ownCards, revealedCards } = store.getState();
    match = matchOwnCards(revealedCards, ownCards, match);
    set({ cards: boardCards(revealed, ownCards, revealedCards, match) });
  };

  const pushState = () => {
    const { revealed } = readSession(facilitation);
    const counts = readBrainstormCounts(facilitation);
    const before = store.getState();
    const countsChanged =
      counts.cards !== before.counts.cards || counts.people !== before.counts.people;
    if (revealed === before.revealed && !countsChanged) return;
    set({ revealed, counts: countsChanged ? counts : before.counts });
    if (revealed !== before.revealed) derive();
  };
  const pushRevealed = () => {
    set({ revealedCards: readRevealedCards(facilitation) });
    derive();
  };
  const pushOwn = () => {
    if (!privateDoc) return;
    set({ ownCards: readCards(privateDoc) });
    derive();
  };
  const pushTyping = () => {
    const typingClients = readTypingClients(awareness);
    if (!sameIds(typingClients, store.getState().typingClients)) set({ typingClients });
  };

  facilitationMap(facilitation).observe(pushState);
  revealedCardsMap(facilitation).observeDeep(pushRevealed);
  if (privateDoc) cardsMap(privateDoc).observeDeep(pushOwn);
  awareness.on('change', pushTyping);

  // Catch up with whatever happened before the observers were attached.
  pushState();
  pushRevealed();
  pushOwn();
  pushTyping();

  return () => {
    facilitationMap(facilitation).unobserve(pushState);
    revealedCardsMap(facilitation).unobserveDeep(pushRevealed);
    if (privateDoc) cardsMap(privateDoc).unobserveDeep(pushOwn);
    awareness.off('change', pushTyping);
  };
}
