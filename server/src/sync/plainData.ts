/**
 * Whether an update holds only data. Yjs decodes a JSON value's object keys by
 * assignment, so a key `__proto__` in an update made by hand gives the decoded object a
 * prototype of the writer's choosing: one that borrows `Uint8Array`'s is taken for bytes
 * and cannot be encoded again, so every later encoding of the doc (a joiner's sync, the
 * compaction, a version) would throw and the board would be lost. Such an update is
 * refused whole, before anything of it is applied.
 */
import * as Y from 'yjs';

/** Plain objects, real arrays, real byte arrays and primitives, all the way down. */
export function isPlainData(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  const proto: unknown = Object.getPrototypeOf(value);
  if (ArrayBuffer.isView(value)) return proto === Uint8Array.prototype;
  if (Array.isArray(value)) return proto === Array.prototype && value.every(isPlainData);
  if (proto !== Object.prototype && proto !== null) return false;
  return Object.values(value).every(isPlainData);
}

/** True when every value the decoded structs carry as data is plain (see {@link isPlainData}). */
export function holdsOnlyData(structs: readonly (Y.Item | Y.GC | Y.Skip)[]): boolean {
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    const content: unknown = struct.content;
    if (content instanceof Y.ContentAny && !content.arr.every(isPlainData)) return false;
    if (content instanceof Y.ContentDoc && !isPlainData(content.opts)) return false;
  }
  return true;
}
