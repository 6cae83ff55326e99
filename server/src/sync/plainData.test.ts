import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { actionItemsMap } from '@hindsight/shared';
import { holdsOnlyData, isPlainData } from './plainData.ts';

/** An update holding `value` in a map, decoded as the server decodes what it receives. */
function decodedWith(value: unknown) {
  const doc = new Y.Doc();
  actionItemsMap(doc).set('k', value as never);
  return Y.decodeUpdate(Y.encodeStateAsUpdate(doc)).structs;
}

describe('plain data', () => {
  it('is what JSON and bytes are, all the way down', () => {
    expect(isPlainData({ a: [1, 'x', null, { b: Uint8Array.from([1]) }], c: true })).toBe(true);
    expect(isPlainData(Object.create(null))).toBe(true);
    expect(isPlainData(Object.setPrototypeOf({}, Uint8Array.prototype))).toBe(false);
    expect(isPlainData({ deep: [Object.setPrototypeOf({}, [])] })).toBe(false);
    expect(isPlainData(new Uint16Array(2))).toBe(false);
  });

  it('is all an update holds, unless a decoded key lent an object a prototype', () => {
    expect(holdsOnlyData(decodedWith({ title: 'ok', bytes: Uint8Array.from([1]) }))).toBe(true);
    const borrowed = Object.fromEntries([['__proto__', Uint8Array.from([1, 2])]]);
    expect(holdsOnlyData(decodedWith(borrowed))).toBe(false);
    expect(holdsOnlyData(decodedWith([Object.fromEntries([['__proto__', { a: 1 }]])]))).toBe(false);
  });
});
