import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { revealedCardsMap, type RevealedCardMap } from '../doc/layout.ts';
import { addCard, deleteCard, editCard, readCards } from './card.ts';
import {
  CARDS_PER_COLUMN_MAX,
  mirrorBrainstorm,
  readBrainstormCounts,
  readRevealedCards,
  writeImportedCards,
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
    const cards = (prefix: string) =>
      Array.from({ length: 10 }, (_, i) => ['lucky', `${prefix}${i}`] as [string, string]);
    const a = member('alice', 'Alice', cards('a'));
    const b = member('bob', 'Bob', cards('b'));
    mirrorBrainstorm(facilitation, [a.get(), b.get()], options({ revealed: true }));
    // What a recipient of the bytes sees: the order the server created the cards in.
    const order = insertionOrder(facilitation).join(' ');
    const byAuthor = [...cards('a'), ...cards('b')].map(([, text]) => text);
    expect(insertionOrder(facilitation)).toHaveLength(20);
    expect(order).not.toBe(byAuthor.join(' '));
    expect(order).not.toBe([...byAuthor.slice(10), ...byAuthor.slice(0, 10)].join(' '));
  });

  it('inserts every card at every position equally often, over many seeds', () => {
    // Three authors with two cards each; each card's insertion position, counted over
    // seeds. A fair shuffle puts each card at each position a sixth of the time; writing
    // them in the authors' order, or a shuffle that never leaves a card in its place
    // (Sattolo's), is far from that.
    const SEEDS = 6000;
    const authors = ['alice', 'bob', 'carol'].map((id) =>
      member(id, id, [
        ['lucky', `${id} 1`],
        ['lucky', `${id} 2`],
      ]),
    );
    const texts = ['alice 1', 'alice 2', 'bob 1', 'bob 2', 'carol 1', 'carol 2'];
    const seen = texts.map(() => texts.map(() => 0));
    for (let seed = 1; seed <= SEEDS; seed++) {
      const facilitation = new Y.Doc();
      mirrorBrainstorm(
        facilitation,
        authors.map((a) => a.get()),
        options({ revealed: true, random: mulberry32(seed) }),
      );
      insertionOrder(facilitation).forEach((text, position) => {
        seen[texts.indexOf(text)]![position]! += 1;
      });
    }
    const expected = SEEDS / texts.length;
    for (const [card, positions] of seen.entries()) {
      for (const [position, count] of positions.entries()) {
        // Five standard deviations of a fair count: a fair shuffle stays well inside.
        expect(Math.abs(count - expected), `${texts[card]} at ${position}`).toBeLessThan(
          5 * Math.sqrt(expected),
        );
      }
    }
  }, 60_000); // a guard for a busy machine: 6000 mirrors take about a second
});

describe('mirrorBrainstorm at its edges', () => {
  const cardMaps = (doc: Y.Doc) => [...revealedCardsMap(doc).values()];

  it('says whether it changed anything: counts, an edit, a withdrawal', () => {
    const facilitation = new Y.Doc();
    const a = member('alice', 'Alice', [['lucky', 'one']]);
    expect(mirrorBrainstorm(facilitation, [a.get()], options())).toBe(true);
    expect(mirrorBrainstorm(facilitation, [a.get()], options())).toBe(false);
    addCard(a.doc, { text: 'two', column: 'lucky' });
    expect(mirrorBrainstorm(facilitation, [a.get()], options())).toBe(true);
    expect(mirrorBrainstorm(facilitation, [a.get()], options({ revealed: true }))).toBe(true);
    editCard(a.doc, readCards(a.doc)[0]!.id, 'one, edited');
    expect(mirrorBrainstorm(facilitation, [a.get()], options({ revealed: true }))).toBe(true);
    expect(mirrorBrainstorm(facilitation, [a.get()], options({ revealed: true }))).toBe(false);
    // Same counts, fewer revealed cards.
    expect(mirrorBrainstorm(facilitation, [a.get()], options())).toBe(true);
    expect(readRevealedCards(facilitation)).toEqual([]);
  });

  it('stores no author key on an anonymous card, and removes it when names are turned off', () => {
    const facilitation = new Y.Doc();
    const a = member('alice', 'A'.repeat(70), [['lucky', 'one']]);
    mirrorBrainstorm(facilitation, [a.get()], options({ revealed: true, namedCards: true }));
    expect(readRevealedCards(facilitation)[0]!.author).toBe('A'.repeat(60));
    mirrorBrainstorm(facilitation, [a.get()], options({ revealed: true }));
    expect(cardMaps(facilitation).every((m) => !m.has('author'))).toBe(true);
    const fresh = new Y.Doc();
    mirrorBrainstorm(fresh, [a.get()], options({ revealed: true }));
    expect(cardMaps(fresh).every((m) => !m.has('author'))).toBe(true);
  });

  it('reads counts as zero before any, orders equal ranks by id, and skips a bad id', () => {
    const facilitation = new Y.Doc();
    expect(readBrainstormCounts(facilitation)).toEqual({ cards: 0, people: 0 });
    const a = member('alice', 'Alice', [
      ['lucky', 'one'],
      ['lucky', 'two'],
    ]);
    mirrorBrainstorm(facilitation, [a.get()], options({ revealed: true, random: () => 0.5 }));
    const before = readRevealedCards(facilitation);
    const ids = before.map((c) => c.id);
    expect(ids).toEqual([...ids].sort());
    const map = revealedCardsMap(facilitation);
    const copy = (id: string) => {
      const m = new Y.Map<unknown>();
      m.set('text', 'forged');
      m.set('column', 'lucky');
      m.set('rank', 0.1);
      map.set(id, m as never);
    };
    copy(`x${ids[0]!}`);
    copy(`${ids[0]!}x`);
    expect(readRevealedCards(facilitation)).toEqual(before);
  });
});

/** The revealed cards' texts in the order their Yjs items were created (by clock). */
function insertionOrder(doc: Y.Doc): string[] {
  return [...revealedCardsMap(doc)._map.entries()]
    .sort(([, x], [, y]) => x.id.clock - y.id.clock)
    .map(([, item]) => (item.content.getContent()[0] as Y.Map<unknown>).get('text') as string);
}

/** A small seedable generator with well-mixed output, for distributions over many seeds. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('an imported postmortem’s cards', () => {
  const importedId = (n: number) => `Imported${String(n).padStart(8, '0')}`;
  const withImports = options({ revealed: true, importedId });

  it('keeps the cards an import wrote under the keyed id, and drops a card slipped in as imported', () => {
    const doc = new Y.Doc();
    writeImportedCards(doc, [
      { id: importedId(0), n: 0, text: 'Pool too small', column: 'wrong', rank: 0.25 },
      { id: importedId(1), n: 1, text: 'Alert was late', column: 'wrong', rank: 0.75 },
    ]);
    /** A card a client writes claiming to be the import's `n`th. */
    const claim = (id: string, text: string, n: number) => {
      const map: RevealedCardMap = new Y.Map();
      map.set('text', text);
      map.set('column', 'wrong');
      map.set('rank', 0.5);
      map.set('imported', n);
      revealedCardsMap(doc).set(id, map);
    };
    claim('ForgedForged0002', 'Bo broke it', 2); // under an id it made up
    claim('CopiedCopied0000', 'Copied', 0); // an imported card's number under its own id

    const writer = member('m1', 'Ana', [['well', 'Rollback was quick']]);
    mirrorBrainstorm(doc, [writer.get()], withImports);
    const texts = readRevealedCards(doc).map((c) => c.text);
    expect(texts).toEqual(expect.arrayContaining(['Pool too small', 'Alert was late']));
    expect(texts).toContain('Rollback was quick');
    expect(texts).not.toContain('Bo broke it');
    expect(texts).not.toContain('Copied');
    // The imported cards keep the document's order.
    const imported = readRevealedCards(doc).filter((c) => c.id.startsWith('Imported'));
    expect(imported.map((c) => c.text)).toEqual(['Pool too small', 'Alert was late']);
  });

  it('are dropped by a mirror that knows no keyed ids', () => {
    const doc = new Y.Doc();
    writeImportedCards(doc, [
      { id: importedId(0), n: 0, text: 'Pool too small', column: 'wrong', rank: 0.5 },
    ]);
    mirrorBrainstorm(doc, [], options({ revealed: true }));
    expect(readRevealedCards(doc)).toEqual([]);
  });
});
