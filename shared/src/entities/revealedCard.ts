/**
 * Revealed cards and brainstorm counts, in the facilitation doc. Scope: document.
 *
 * Anonymity (DESIGN.md): authors write cards in their private docs; only the server
 * reads those. Before the reveal it publishes counts; at the reveal it copies every card
 * here under its own Yjs client id, in shuffled order, keyed by a public id the author's
 * own card id cannot be derived from, and with no author field (unless the board uses
 * named cards). Later edits and withdrawals in a private doc are mirrored the same way.
 */
import * as Y from 'yjs';
import { z } from 'zod';
import { readEntries } from '../doc/entries.ts';
import { facilitationMap, revealedCardsMap, type RevealedCardMap } from '../doc/layout.ts';
import { CardTextSchema, type Card } from './card.ts';

/** Most cards one member may have in one column; more are neither counted nor revealed. */
export const CARDS_PER_COLUMN_MAX = 20;

export const RevealedCardSchema = z.object({
  /** Public id, derived by the server from a secret; not the author's card id. */
  id: z.string().regex(/^[A-Za-z0-9]{16}$/),
  text: CardTextSchema,
  column: z.string().min(1).max(32),
  /** Random rank that orders the cards; unrelated to who wrote what, or when. */
  rank: z.number().min(0).max(1),
  /** The author's display name, on named-card boards only. */
  author: z.string().max(60).optional(),
});
export type RevealedCard = z.infer<typeof RevealedCardSchema>;

export const BrainstormCountsSchema = z.object({
  /** Cards written so far, all members together. */
  cards: z.number().int().nonnegative(),
  /** Members who wrote at least one card. */
  people: z.number().int().nonnegative(),
});
export type BrainstormCounts = z.infer<typeof BrainstormCountsSchema>;

function readRevealedCard(id: string, map: Y.Map<unknown>): RevealedCard | null {
  const result = RevealedCardSchema.safeParse({
    id,
    text: map.get('text'),
    column: map.get('column'),
    rank: map.get('rank'),
    author: map.get('author') ?? undefined,
  });
  return result.success ? result.data : null;
}

export function readRevealedCards(doc: Y.Doc): RevealedCard[] {
  return readEntries(revealedCardsMap(doc), readRevealedCard).items.sort(
    (a, b) => a.rank - b.rank || (a.id < b.id ? -1 : 1),
  );
}

export function readBrainstormCounts(doc: Y.Doc): BrainstormCounts {
  const result = BrainstormCountsSchema.safeParse(facilitationMap(doc).get('counts'));
  return result.success ? result.data : { cards: 0, people: 0 };
}

/** One member's cards as the server reads them from the private doc. */
export interface MemberCards {
  readonly memberId: string;
  /** Display name the member gave; used on named-card boards only. */
  readonly name: string | undefined;
  readonly cards: readonly Card[];
}

export interface MirrorOptions {
  readonly revealed: boolean;
  readonly namedCards: boolean;
  /** The public id of a member's card: a keyed hash the clients cannot compute. */
  readonly publicId: (memberId: string, cardId: string) => string;
  /** Uniform in [0, 1); a CSPRNG on the server, seeded in tests. */
  readonly random: () => number;
  /**
   * The keyed id of an import's `n`th card ({@link writeImportedCards}): such a card is
   * kept although no private doc backs it. Without it, no card is kept that way.
   */
  readonly importedId?: (n: number) => string;
}

/** The cards that count: at most {@link CARDS_PER_COLUMN_MAX} per member and column, oldest first. */
export function countedCards(cards: readonly Card[]): Card[] {
  const perColumn = new Map<string, number>();
  return cards.filter((card) => {
    const n = (perColumn.get(card.column) ?? 0) + 1;
    perColumn.set(card.column, n);
    return n <= CARDS_PER_COLUMN_MAX;
  });
}

/** Fisher–Yates, so the insertion order (and so the Yjs clocks) says nothing of authors. */
function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/**
 * Brings the counts and, once revealed, the revealed cards in line with the members'
 * cards, in one transaction. Idempotent: running it twice changes nothing the second time.
 * @returns whether anything changed
 */
export function mirrorBrainstorm(
  doc: Y.Doc,
  members: readonly MemberCards[],
  options: MirrorOptions,
  origin?: unknown,
): boolean {
  const counted = members.map((m) => ({ ...m, cards: countedCards(m.cards) }));
  const counts: BrainstormCounts = {
    cards: counted.reduce((n, m) => n + m.cards.length, 0),
    people: counted.filter((m) => m.cards.length > 0).length,
  };
  const wanted = new Map<string, Omit<RevealedCard, 'id' | 'rank'>>();
  if (options.revealed) {
    for (const member of counted) {
      for (const card of member.cards) {
        const author = options.namedCards && member.name ? member.name.slice(0, 60) : undefined;
        wanted.set(options.publicId(member.memberId, card.id), {
          text: card.text,
          column: card.column,
          author,
        });
      }
    }
  }

  let changed = false;
  doc.transact(() => {
    const state = facilitationMap(doc);
    const stored = readBrainstormCounts(doc);
    if (stored.cards !== counts.cards || stored.people !== counts.people || !state.has('counts')) {
      state.set('counts', counts);
      changed = true;
    }
    const revealed = revealedCardsMap(doc);
    for (const id of [...revealed.keys()]) {
      if (!wanted.has(id) && !isImported(id, revealed.get(id), options.importedId)) {
        revealed.delete(id);
        changed = true;
      }
    }
    const added: string[] = [];
    for (const [id, card] of wanted) {
      const map = revealed.get(id);
      if (!(map instanceof Y.Map)) {
        added.push(id);
        continue;
      }
      for (const key of ['text', 'column', 'author'] as const) {
        if (map.get(key) !== card[key]) {
          if (card[key] === undefined) map.delete(key);
          else map.set(key, card[key]);
          changed = true;
        }
      }
    }
    for (const id of shuffle(added, options.random)) {
      const card = wanted.get(id)!;
      const map: RevealedCardMap = new Y.Map();
      map.set('text', card.text);
      map.set('column', card.column);
      map.set('rank', options.random());
      if (card.author !== undefined) map.set('author', card.author);
      revealed.set(id, map);
      changed = true;
    }
  }, origin);
  return changed;
}

/** A card an import brings, as the server writes it: no private doc backs it. */
export interface ImportedCard {
  /** The server's keyed id for the import's `n`th card ({@link MirrorOptions.importedId}). */
  readonly id: string;
  readonly n: number;
  readonly text: string;
  readonly column: string;
  /** Its place among the revealed cards: the order the document gave. */
  readonly rank: number;
  /** The author's name, from a named-card board's document only. */
  readonly author?: string | undefined;
}

/**
 * Writes an import's cards among the revealed cards (server, into a new board). Each
 * keeps its number `n`: the mirror keeps a card no private doc backs only when its id is
 * the server's keyed id for that number, which no client can compute. Throws a ZodError
 * for a card the schema refuses.
 */
export function writeImportedCards(
  doc: Y.Doc,
  cards: readonly ImportedCard[],
  origin?: unknown,
): void {
  const parsed = cards.map((c) =>
    RevealedCardSchema.parse({
      id: c.id,
      text: c.text,
      column: c.column,
      rank: c.rank,
      author: c.author,
    }),
  );
  doc.transact(() => {
    parsed.forEach((card, i) => {
      const map: RevealedCardMap = new Y.Map();
      map.set('text', card.text);
      map.set('column', card.column);
      map.set('rank', card.rank);
      if (card.author !== undefined) map.set('author', card.author);
      map.set('imported', cards[i]!.n);
      revealedCardsMap(doc).set(card.id, map);
    });
  }, origin);
}

/** The card is one an import wrote: its number's keyed id is its own. */
function isImported(
  id: string,
  map: unknown,
  importedId: ((n: number) => string) | undefined,
): boolean {
  if (!importedId || !(map instanceof Y.Map)) return false;
  const n: unknown = map.get('imported');
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 && importedId(n) === id;
}
