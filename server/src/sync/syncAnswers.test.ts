import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { DocState } from './docState.ts';
import { missingItems, SyncAnswers } from './syncAnswers.ts';

/** Applies sync step 2 and update messages to `doc`, as a y-websocket client would. */
function apply(doc: Y.Doc, messages: Uint8Array[]): void {
  for (const message of messages) {
    const decoder = decoding.createDecoder(message);
    expect(decoding.readVarUint(decoder)).toBe(0);
    expect([1, 2]).toContain(decoding.readVarUint(decoder));
    Y.applyUpdate(doc, decoding.readVarUint8Array(decoder));
  }
}

function largeDoc(): Y.Doc {
  const doc = new Y.Doc();
  // eslint-disable-next-line no-restricted-syntax -- a filler doc, not the board's layout
  const text = doc.getText('filler');
  for (let i = 0; i < 40; i++) text.insert(0, `${i} `.repeat(1000));
  return doc;
}

/** Answers for `doc`, its whole state encoded as a large doc's is (in hand here). */
function answersFor(doc: Y.Doc): SyncAnswers {
  const state = new DocState(doc, undefined, 0);
  state.add(Y.encodeStateAsUpdate(doc));
  doc.on('update', (update: Uint8Array) => state.add(update));
  return new SyncAnswers(doc, state);
}

const sameContent = (a: Y.Doc, b: Y.Doc) =>
  // eslint-disable-next-line no-restricted-syntax -- a filler doc, not the board's layout
  expect(a.getText('filler').toString()).toBe(b.getText('filler').toString());

describe('sync answers', () => {
  it('counts what a state vector lacks', () => {
    const current = new Map([
      [1, 10],
      [2, 5],
    ]);
    expect(missingItems(current, new Map())).toEqual({ missing: 15, total: 15 });
    expect(missingItems(current, new Map([[1, 4]]))).toEqual({ missing: 11, total: 15 });
    expect(missingItems(current, new Map([[9, 99]]))).toEqual({ missing: 15, total: 15 });
  });

  it('encodes a large doc once for many requests, and each peer ends with the whole doc after later edits', async () => {
    const doc = largeDoc();
    const answers = answersFor(doc);
    const bytes = Y.encodeStateAsUpdate(doc).length;
    const first = new Y.Doc();
    apply(first, await answers.answer(Uint8Array.of(0), bytes, 0));
    sameContent(first, doc);

    // eslint-disable-next-line no-restricted-syntax -- a filler doc, not the board's layout
    const text = doc.getText('filler');
    text.insert(5, 'late edit');
    text.delete(100, 50);
    const stranger = new Y.Doc();
    const messages = await answers.answer(Uint8Array.of(1, 77, 0), bytes, 10);
    expect(messages).toHaveLength(2); // the snapshot, then what changed since
    apply(stranger, messages);
    sameContent(stranger, doc);
    expect(answers.encodes).toBe(1);
  });

  it('sends a peer that lacks little exactly what it lacks', async () => {
    const doc = largeDoc();
    const answers = answersFor(doc);
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    // eslint-disable-next-line no-restricted-syntax -- a filler doc, not the board's layout
    doc.getText('filler').insert(0, 'one more line');
    const messages = await answers.answer(Y.encodeStateVector(peer), 200_000, 0);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.length).toBeLessThan(1000);
    apply(peer, messages);
    sameContent(peer, doc);
    expect(answers.encodes).toBe(0);
  });

  it('encodes the whole doc again only when its snapshot is stale and a second has passed', async () => {
    const doc = largeDoc();
    const answers = answersFor(doc);
    await answers.answer(Uint8Array.of(0), 200_000, 0);
    // eslint-disable-next-line no-restricted-syntax -- a filler doc, not the board's layout
    doc.getText('filler').insert(0, 'x'.repeat(100_000));
    await answers.answer(Uint8Array.of(0), 300_000, 500);
    expect(answers.encodes).toBe(1);
    const peer = new Y.Doc();
    apply(peer, await answers.answer(Uint8Array.of(0), 300_000, 1500));
    expect(answers.encodes).toBe(2);
    sameContent(peer, doc);
    answers.drop();
  });

  it('answers with every change the doc had when the answer is sent, also one made while the snapshot was encoded', async () => {
    const doc = largeDoc();
    const answers = answersFor(doc);
    const pending = answers.answer(Uint8Array.of(0), 200_000, 0);
    // eslint-disable-next-line no-restricted-syntax -- a filler doc, not the board's layout
    doc.getText('filler').insert(0, 'written while the snapshot was encoded');
    const peer = new Y.Doc();
    const messages = await pending;
    expect(messages).toHaveLength(2);
    apply(peer, messages);
    sameContent(peer, doc);
  });

  it('refuses a state vector it cannot decode', () => {
    const answers = answersFor(largeDoc());
    expect(() => answers.answer(Uint8Array.of(5, 200), 200_000)).toThrow();
  });
});
