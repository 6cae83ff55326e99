/**
 * Merging two people's edits of one text field. The fields are whole strings in the
 * document (the last save wins), so a field that someone else saved while this person
 * was typing is merged into their draft before it is saved: their edit, as a patch from
 * the text they started from, is applied to the text now stored. diff-match-patch does
 * the diff and the fuzzy patch (it was written for keeping shared text in sync);
 * `@sanity/diff-match-patch` is its typed, maintained port.
 */
import { applyPatches, makeDiff, makePatches, xIndex } from '@sanity/diff-match-patch';

/**
 * `mine` (edited from `base`) merged into `theirs` (also edited from `base`). When a part
 * of `mine` cannot be placed in `theirs`, `mine` is kept whole: what this person typed is
 * never dropped.
 */
export function mergeText(base: string, mine: string, theirs: string): string {
  if (mine === base || mine === theirs) return theirs;
  if (theirs === base) return mine;
  // Both started from nothing: one after the other, not run together on one line.
  if (base === '') return `${theirs}\n${mine}`;
  const [merged, applied] = applyPatches(makePatches(base, mine), theirs);
  return applied.every(Boolean) ? merged : mine;
}

/** Where position `index` of `before` is in `after`: a caret kept in place across a change. */
export function mapIndex(before: string, after: string, index: number): number {
  if (before === after) return index;
  return Math.min(after.length, Math.max(0, xIndex(makeDiff(before, after), index)));
}
