import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { cardsMap } from '../doc/layout.ts';
import { addCard, CARD_TEXT_MAX, deleteCard, editCard, readCards } from './card.ts';

describe('card commands', () => {
  it('add, edit and delete a card in one transaction each, with the given origin', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    const origin = { local: true };
    const id = addCard(doc, { text: '  Alert fired early  ', column: 'went-well' }, origin, 1000);
    expect(readCards(doc)).toEqual([
      { id, text: 'Alert fired early', column: 'went-well', createdAt: 1000, updatedAt: 1000 },
    ]);
    expect(editCard(doc, id, 'Alert fired within two minutes', origin, 2000)).toBe(true);
    expect(readCards(doc)[0]).toMatchObject({
      text: 'Alert fired within two minutes',
      updatedAt: 2000,
    });
    expect(deleteCard(doc, id, origin)).toBe(true);
    expect(readCards(doc)).toEqual([]);
    expect(origins).toEqual([origin, origin, origin]);
  });

  it('refuses empty and overlong text with a readable message', () => {
    const doc = new Y.Doc();
    expect(() => addCard(doc, { text: '   ', column: 'lucky' })).toThrow('A card needs some text');
    expect(() => addCard(doc, { text: 'x'.repeat(CARD_TEXT_MAX + 1), column: 'lucky' })).toThrow(
      `at most ${CARD_TEXT_MAX} characters`,
    );
    expect(readCards(doc)).toEqual([]);
  });

  it('reports a card that is already gone instead of recreating it', () => {
    const doc = new Y.Doc();
    expect(editCard(doc, 'AAAAAAAAAAAAAAAA', 'text')).toBe(false);
    expect(deleteCard(doc, 'AAAAAAAAAAAAAAAA')).toBe(false);
    expect(readCards(doc)).toEqual([]);
  });

  it('orders cards by creation time, then id, the same on every client', () => {
    const doc = new Y.Doc();
    const late = addCard(doc, { text: 'late', column: 'lucky' }, null, 2000);
    const early = addCard(doc, { text: 'early', column: 'lucky' }, null, 1000);
    expect(readCards(doc).map((c) => c.id)).toEqual([early, late]);
  });

  it('skips malformed entries written by a buggy or hostile client', () => {
    const doc = new Y.Doc();
    addCard(doc, { text: 'good', column: 'lucky' });
    const bad = new Y.Map<unknown>();
    bad.set('text', 42);
    cardsMap(doc).set('BADBADBADBAD', bad);
    cardsMap(doc).set('NOTAMAPNOTAMAP', 'oops' as unknown as Y.Map<unknown>);
    expect(readCards(doc).map((c) => c.text)).toEqual(['good']);
  });

  it('merges concurrent edits of two clients to the same result', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const id = addCard(a, { text: 'first', column: 'went-wrong' });
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    editCard(a, id, 'from a');
    editCard(b, id, 'from b');
    addCard(b, { text: 'another', column: 'went-wrong' });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readCards(a)).toEqual(readCards(b));
    expect(readCards(a)).toHaveLength(2);
  });
});
