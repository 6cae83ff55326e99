import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, deleteCard, editCard, readCards } from './card.ts';
import {
  CARDS_PER_COLUMN_MAX,
  mirrorBrainstorm,
  readBrainstormCounts,
  readRevealedCards,
  type MemberCards,
  type MirrorOptions,
} from './revealedCard.ts';

function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const publicId = (memberId: string, cardId: string) =>
  `P${(memberId + cardId)
    .split('')
    .reverse()
    .join('')
    .replace(/[^A-Za-z0-9]/g, '')}`
    .slice(0, 16)
    .padEnd(16, 'x');

function member(
  memberId: string,
  name: string,
  texts: [string, string][],
): { doc: Y.Doc; get: () => MemberCards } {
  const doc = new Y.Doc();
  texts.forEach(([column, text], i) => addCard(doc, { text, column }, null, 1000 + i));
  return { doc, get: () => ({ memberId, name, cards: readCards(doc) }) };
}

const options = (over: Partial<MirrorOptions> = {}): MirrorOptions => ({
  revealed: false,
  namedCards: false,
  publicId,
  random: seeded(7),
  ...over,
});

describe('mirrorBrainstorm', () => {
  it('before the reveal publishes counts only', () => {
    const facilitation = new Y.Doc();
    const a = member('alice', 'Alice', [
      ['went-wrong', 'No pool alert'],
      ['lucky', 'Low traffic'],
    ]);
    const b = member('bob', 'Bob', []);
    const c = member('carol', 'Carol', [['went-well', 'Fast rollback']]);
    mirrorBrainstorm(facilitation, [a.get(), b.get(), c.get()], options());
    expect(readBrainstormCounts(facilitation)).toEqual({ cards: 3, people: 2 });
    expect(readRevealedCards(facilitation)).toEqual([]);
  });

  it('at the reveal copies every card without its author, and is idempotent', () => {
    const facilitation = new Y.Doc();
    const a = member('alice', 'Alice', [
      ['went-wrong', 'No pool alert'],
      ['lucky', 'Low traffic'],
    ]);
    const c = member('carol', 'Carol', [['went-well', 'Fast rollback']]);
    expect(mirrorBrainstorm(facilitation, [a.get(), c.get()], options({ revealed: true }))).toBe(
      true,
    );
    const revealed = readRevealedCards(facilitation);
    expect(revealed.map((r) => r.text).sort()).toEqual([
      'Fast rollback',
      'Low traffic',
      'No pool alert',
    ]);
    for (const card of revealed) {
      expect(card.author).toBeUndefined();
      expect(readCards(a.doc).map((x) => x.id)).not.toContain(card.id);
    }
    expect(mirrorBrainstorm(facilitation, [a.get(), c.get()], options({ revealed: true }))).toBe(
      false,
    );
  });

  it('mirrors later edits and withdrawals', () => {
    const facilitation = new Y.Doc();
    const a = member('alice', 'Alice', [
      ['went-wrong', 'No pool alert'],
      ['lucky', 'Low traffic'],
    ]);
    mirrorBrainstorm(facilitation, [a.get()], options({ revealed: true }));
    const [first, second] = readCards(a.doc);
    editCard(a.doc, first!.id, 'No alert on pool saturation');
    deleteCard(a.doc, second!.id);
    mirrorBrainstorm(facilitation, [a.get()], options({ revealed: true }));
    expect(readRevealedCards(facilitation).map((r) => r.text)).toEqual([
      'No alert on pool saturation',
    ]);
    expect(readBrainstormCounts(facilitation)).toEqual({ cards: 1, people: 1 });
  });

  it('names authors only on named-card boards', () => {
    const facilitation = new Y.Doc();
    const a = member('alice', 'Alice', [['went-wrong', 'No pool alert']]);
    mirrorBrainstorm(facilitation, [a.get()], options({ revealed: true, namedCards: true }));
    expect(readRevealedCards(facilitation)[0]?.author).toBe('Alice');
    mirrorBrainstorm(facilitation, [a.get()], options({ revealed: true, namedCards: false }));
    expect(readRevealedCards(facilitation)[0]?.author).toBeUndefined();
  });

  it(`counts and reveals at most ${CARDS_PER_COLUMN_MAX} cards per member and column`, () => {
    const facilitation = new Y.Doc();
    const texts = Array.from(
      { length: CARDS_PER_COLUMN_MAX + 5 },
      (_, i) => ['lucky', `card ${i}`] as [string, string],
    );
    const a = member('alice', 'Alice', texts);
    mirrorBrainstorm(facilitation, [a.get()], options({ revealed: true }));
    expect(readRevealedCards(facilitation)).toHaveLength(CARDS_PER_COLUMN_MAX);
    expect(readBrainstormCounts(facilitation).cards).toBe(CARDS_PER_COLUMN_MAX);
  });

  it('inserts in an order unrelated to authors (shuffled)', () => {
    const facilitation = new Y.Doc();
    const a = member(
      'alice',
      'Alice',
      Array.from({ length: 10 }, (_, i) => ['lucky', `a${i}`] as [string, string]),
    );
    const b = member(
      'bob',
      'Bob',
      Array.from({ length: 10 }, (_, i) => ['lucky', `b${i}`] as [string, string]),
    );
    mirrorBrainstorm(facilitation, [a.get(), b.get()], options({ revealed: true }));
    const order = readRevealedCards(facilitation)
      .map((r) => r.text[0])
      .join('');
    expect(order).not.toBe('aaaaaaaaaabbbbbbbbbb');
    expect(order).not.toBe('bbbbbbbbbbaaaaaaaaaa');
  });
});
