/**
 * A brainstorm card. Scope: document (board doc, for now; DESIGN.md moves authoring to
 * the author's private doc when anonymity lands).
 *
 * One nested Y.Map per card: concurrent edits of different fields merge, and the text
 * is last-writer-wins, which suits a post-it edited by one person at a time.
 */
import * as Y from 'yjs';
import { z } from 'zod';
import { readEntries } from '../doc/entries.ts';
import { cardsMap, type CardMap } from '../doc/layout.ts';
import { randomId } from '../ids.ts';
import { idSchema } from '../ids.ts';

/** Longest card text, in characters. A post-it, not an essay. */
export const CARD_TEXT_MAX = 500;

export const CardTextSchema = z
  .string()
  .trim()
  .min(1, 'A card needs some text')
  .max(CARD_TEXT_MAX, `A card has at most ${CARD_TEXT_MAX} characters`);

export const CardIdSchema = idSchema('a card id');

export const CardSchema = z.object({
  /** Stable random id, also the key in the cards map. */
  id: CardIdSchema,
  /** What the card says. */
  text: CardTextSchema,
  /** Id of the template column the card belongs to. */
  column: z.string().min(1).max(32),
  /** Creation time on the writer's clock, ms; orders the list. */
  createdAt: z.number().int().nonnegative(),
  /** Last edit time on the writer's clock, ms. */
  updatedAt: z.number().int().nonnegative(),
});
export type Card = z.infer<typeof CardSchema>;

export const NewCardSchema = CardSchema.pick({ text: true, column: true });
export type NewCard = z.input<typeof NewCardSchema>;

/** Orders cards oldest first; the id breaks ties so every client agrees. */
export function compareCards(a: Card, b: Card): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function readCard(id: string, map: CardMap): Card | null {
  const result = CardSchema.safeParse({
    id,
    text: map.get('text'),
    column: map.get('column'),
    createdAt: map.get('createdAt'),
    updatedAt: map.get('updatedAt'),
  });
  return result.success ? result.data : null;
}

/**
 * Every well-formed card, in display order. A malformed entry (another client's bug or
 * a hostile write) is skipped rather than breaking the board.
 */
export function readCards(doc: Y.Doc): Card[] {
  return readEntries(cardsMap(doc), readCard).items.sort(compareCards);
}

/** Adds a card and returns its id. Throws a ZodError for bad input. */
export function addCard(doc: Y.Doc, input: NewCard, origin?: unknown, now = Date.now()): string {
  const { text, column } = NewCardSchema.parse(input);
  const id = randomId(16);
  doc.transact(() => {
    const map: CardMap = new Y.Map();
    map.set('text', text);
    map.set('column', column);
    map.set('createdAt', now);
    map.set('updatedAt', now);
    cardsMap(doc).set(id, map);
  }, origin);
  return id;
}

/** Replaces a card's text. Returns false when the card no longer exists. */
export function editCard(
  doc: Y.Doc,
  id: string,
  text: string,
  origin?: unknown,
  now = Date.now(),
): boolean {
  const parsed = CardTextSchema.parse(text);
  const map = cardsMap(doc).get(CardIdSchema.parse(id));
  if (!(map instanceof Y.Map)) return false;
  doc.transact(() => {
    map.set('text', parsed);
    map.set('updatedAt', now);
  }, origin);
  return true;
}

/** Deletes a card. Returns false when it was already gone. */
export function deleteCard(doc: Y.Doc, id: string, origin?: unknown): boolean {
  const cards = cardsMap(doc);
  if (!cards.has(id)) return false;
  doc.transact(() => cards.delete(id), origin);
  return true;
}
