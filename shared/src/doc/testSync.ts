/**
 * Two docs exchange what each lacks, as two browsers do through the server: for the
 * tests of concurrent edits. Tests only.
 */
import * as Y from 'yjs';

export function syncDocs(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}
