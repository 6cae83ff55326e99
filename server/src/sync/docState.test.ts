import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { prng } from '../../test/attack.ts';
import { DocState, encodeUpdates } from './docState.ts';
import { stateEncoderPool, type StateEncoderPool } from './stateEncoder.ts';

/** A doc whose updates a DocState follows from the start, as a room's does. */
function followed(encoder?: StateEncoderPool) {
  const doc = new Y.Doc();
  const state = new DocState(doc, encoder?.encode, 0);
  doc.on('update', (update: Uint8Array) => state.add(update));
  return { doc, state };
}

/** Seeded edits: inserts and deletions in a text and a map. */
function edit(doc: Y.Doc, seed: number, steps: number): void {
  const random = prng(seed);
  // eslint-disable-next-line no-restricted-syntax -- a filler doc, not the board's layout
  const text = doc.getText('filler');
  // eslint-disable-next-line no-restricted-syntax -- a filler doc, not the board's layout
  const map = doc.getMap('cells');
  for (let i = 0; i < steps; i++) {
    const r = random();
    if (r < 0.5 || text.length < 10) text.insert(Math.floor(random() * text.length), `w${i} `);
    else if (r < 0.8) text.delete(Math.floor(random() * (text.length - 5)), 5);
    else map.set(`k${i % 7}`, 'v'.repeat(i % 50));
  }
}

describe('doc state', () => {
  let pool: StateEncoderPool | undefined;
  afterEach(() => pool?.close());

  it('encodes what the doc itself encodes, deleted content dropped, over seeded edits', async () => {
    for (const seed of [1, 2, 3]) {
      const { doc, state } = followed();
      edit(doc, seed, 400);
      const first = await state.encode();
      expect(first.state).toEqual(Y.encodeStateAsUpdate(doc));
      expect(first.stateVector).toEqual(Y.encodeStateVector(doc));
      // Folded: what is kept is the doc's size, then grows by what is added.
      expect(state.bytes).toBe(first.state.length);
      edit(doc, seed + 10, 200);
      const second = await state.encode();
      expect(second.state).toEqual(Y.encodeStateAsUpdate(doc));
      expect(second.at).toBe(state.changes);
    }
  });

  it('holds the doc as it was at the call, not what is applied while it encodes', async () => {
    const { doc, state } = followed();
    edit(doc, 7, 100);
    const before = Y.encodeStateAsUpdate(doc);
    const pending = state.encode();
    edit(doc, 8, 100);
    const { state: encoded, at } = await pending;
    expect(encoded).toEqual(encodeUpdates([before]).state);
    expect(at).toBeLessThan(state.changes);
    // The later edits are kept after the encoded state: the next encode has them all.
    expect((await state.encode()).state).toEqual(Y.encodeStateAsUpdate(doc));
  });

  it('encodes in the worker thread what it encodes in hand', async () => {
    pool = stateEncoderPool();
    const { doc, state } = followed(pool);
    edit(doc, 11, 300);
    expect((await state.encode()).state).toEqual(Y.encodeStateAsUpdate(doc));
  });
});
