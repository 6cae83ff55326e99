/**
 * Merging two people's edits of one text field. The fields are whole strings in the
 * document (the last save wins), so a field that someone else saved while this person
 * was typing is merged into their draft before it is saved: both edits are taken from
 * the text they started from and applied together.
 *
 * An edit between two saves is nearly always one stretch of text (what was typed or
 * removed around the caret), so each side's edit is found as the stretch between the
 * common start and the common end; when the two stretches do not overlap, both apply
 * exactly. Only overlapping edits go to diff-match-patch's fuzzy patch, which was
 * written for keeping shared text in sync; `@sanity/diff-match-patch` is its typed,
 * maintained port.
 */
import { applyPatches, makeDiff, makePatches, xIndex } from '@sanity/diff-match-patch';

/** `before.slice(start, end)` replaced by `text` gives the other string. */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The one stretch that differs between two strings: after their common start, before their common end. */
export function editBetween(before: string, after: string): Edit {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before[start] === after[start]) start++;
  let tail = 0;
  while (
    tail < shorter - start &&
    before[before.length - 1 - tail] === after[after.length - 1 - tail]
  ) {
    tail++;
  }
  return { start, end: before.length - tail, text: after.slice(start, after.length - tail) };
}

/**
 * `mine` (edited from `base`) merged into `theirs` (also edited from `base`). When the
 * two edits overlap and a part of `mine` cannot be placed in `theirs`, `mine` is kept
 * whole: what this person typed is never dropped.
 */
export function mergeText(base: string, mine: string, theirs: string): string {
  if (mine === base || mine === theirs) return theirs;
  if (theirs === base) return mine;
  // Both started from nothing: one after the other, not run together on one line.
  if (base === '') return `${theirs}\n${mine}`;
  const m = editBetween(base, mine);
  const t = editBetween(base, theirs);
  if (m.end <= t.start) return theirs.slice(0, m.start) + m.text + theirs.slice(m.end);
  if (m.start >= t.end) {
    const shift = t.text.length - (t.end - t.start);
    return theirs.slice(0, m.start + shift) + m.text + theirs.slice(m.end + shift);
  }
  const [merged, applied] = applyPatches(makePatches(base, mine), theirs);
  return applied.every(Boolean) ? merged : mine;
}

/**
 * Whether `theirs` was written without seeing a save of ours (from `before` to `after`):
 * it lacks the text that save added. Two saves that cross on the network are both
 * written over the same text, and the later one wins in the document; the loser merges
 * its save back in. A save that only removed text cannot be told apart, and counts as
 * seen.
 */
export function missesSave(before: string, after: string, theirs: string): boolean {
  // Trimmed: the document keeps a field trimmed, so a space typed last is not in it.
  const text = editBetween(before, after).text.trim();
  return text.length > 0 && !theirs.includes(text);
}

/** A save of this person's, from the text it was written over to the text it saved. */
export interface Save {
  readonly from: string;
  readonly to: string;
}

/**
 * What a field holds when someone else's text arrives: `theirs` with this person's
 * draft (`mine`, or null when they are not editing) merged in, both taken from `base`,
 * the text this person last had from the document or saved. `unseen` is their save
 * since the last text from someone else; when `theirs` missed it (the saves crossed),
 * the merge starts from before that save, so the save is put back.
 */
export function receiveText(
  base: string,
  mine: string | null,
  theirs: string,
  unseen: Save | null,
): string {
  const crossed = unseen !== null && missesSave(unseen.from, unseen.to, theirs);
  return mergeText(crossed ? unseen.from : base, mine ?? base, theirs);
}

/**
 * Where position `index` of `before` is in `after`: a caret kept in place across a
 * change. Outside the changed stretch it moves by what the stretch gained or lost; inside
 * it (several changes, or one around the caret) the full diff says where it went.
 */
export function mapIndex(before: string, after: string, index: number): number {
  if (before === after) return index;
  const edit = editBetween(before, after);
  if (index <= edit.start) return index;
  if (index >= edit.end) return index + edit.text.length - (edit.end - edit.start);
  return Math.min(after.length, Math.max(0, xIndex(makeDiff(before, after), index)));
}
