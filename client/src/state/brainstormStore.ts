/**
 * The anonymous brainstorm as this tab sees it. The brainstorm bridge
 * (src/sync/brainstormBridge.ts) is its only writer.
 *
 * Scopes: `ownCards` mirror this person's private doc, `revealed`, `revealedCards` and
 * `counts` the facilitation doc (all **document**); `typingClients` mirror **presence**;
 * `cards` is derived from them; the connection facts (of the private doc's connection)
 * are **session** state of this tab.
 */
import type { BrainstormCounts, Card, RevealedCard } from '@hindsight/shared';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ConnectionFacts } from '../lib/connectionView.ts';
import type { BoardCard } from './boardCards.ts';

export interface BrainstormState extends ConnectionFacts {
  /** True when this tab writes cards (facilitator, participant); observers have no private doc. */
  readonly writer: boolean;
  /** This person's cards, from their private doc: nobody else ever receives them. */
  readonly ownCards: readonly Card[];
  /** Whether the facilitator revealed the cards (never goes back). */
  readonly revealed: boolean;
  /** Every revealed card, in rank order, with no author unless the board names them. */
  readonly revealedCards: readonly RevealedCard[];
  /** Cards and people so far, published by the server before (and after) the reveal. */
  readonly counts: BrainstormCounts;
  /** What the columns show, see boardCards.ts. */
  readonly cards: readonly BoardCard[];
  /** Awareness client ids of the tabs whose person is writing a card right now. */
  readonly typingClients: readonly number[];
  /** A passing problem with the private doc's connection (not fatal). */
  readonly notice: string | null;
}

export type BrainstormStore = StoreApi<BrainstormState>;

export function createBrainstormStore(writer: boolean): BrainstormStore {
  return createStore<BrainstormState>()(() => ({
    writer,
    ownCards: [],
    revealed: false,
    revealedCards: [],
    counts: { cards: 0, people: 0 },
    cards: [],
    typingClients: [],
    notice: null,
    // Observers have no private doc: nothing to connect, nothing to wait for.
    status: writer ? 'connecting' : 'connected',
    synced: !writer,
    everSynced: !writer,
    online: typeof navigator === 'undefined' ? true : navigator.onLine,
    fatal: null,
    fatalCode: null,
    savingPaused: false,
  }));
}
