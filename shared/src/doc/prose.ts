/**
 * Prose fields: free text that several people edit at once (a discussion's notes, a why,
 * a factor). Each is a `Y.Text`, so concurrent edits merge character by character,
 * deletions included, and nothing is merged by hand.
 *
 * A text field in a browser reports whole values, so an edit is the change from the
 * value the field showed (`before`) to the value it shows now (`after`): the one stretch
 * between their common start and end, applied to the text in place. When others changed
 * the text since the field last showed it, the stretch is moved over their change first.
 *
 * Docs stored before a field became a text hold a plain string there until the named
 * migration turns it into one (doc/migrations.ts); readers accept both.
 */
import * as Y from 'yjs';
import { z } from 'zod';

/** The change a field made: the value it showed, and the value it shows now. */
export interface TextChange {
  readonly before: string;
  readonly after: string;
}

/** What commands on a prose field accept: the whole new value, or the field's change. */
export type ProseInput = string | TextChange;

/** A {@link ProseInput} as a command's patch receives it: checked before anything is written. */
export const ProseInputSchema = z.union([
  z.string(),
  z.strictObject({ before: z.string(), after: z.string() }),
]);

/** `before.slice(start, end)` replaced by `text` gives the other string. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The value a prose input leaves in the field. */
export function proseValue(input: ProseInput): string {
  return typeof input === 'string' ? input : input.after;
}

/** The one stretch that differs between two strings: after their common start, before their common end. */
export function editBetween(before: string, after: string): TextEdit {
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
 * Where index `i` of the text before `edit` is once `edit` is applied: unmoved before it,
 * shifted after it, and at the end of its new text inside it (a caret in a stretch that
 * someone replaced goes after what they wrote).
 */
export function mapIndex(i: number, edit: TextEdit): number {
  if (i <= edit.start) return i;
  if (i >= edit.end) return i + edit.text.length - (edit.end - edit.start);
  return edit.start + edit.text.length;
}

/** Applies a field's change to `text`, moved over whatever others changed since `before`. */
export function applyTextChange(text: Y.Text, change: TextChange): void {
  const mine = editBetween(change.before, change.after);
  const now = text.toString();
  let { start, end } = mine;
  if (now !== change.before) {
    const theirs = editBetween(change.before, now);
    start = mapIndex(start, theirs);
    end = Math.max(start, mapIndex(end, theirs));
  }
  if (end > start) text.delete(start, end - start);
  if (mine.text.length > 0) text.insert(start, mine.text);
}

/** A stored prose field as text: a `Y.Text`, or a string stored before fields were texts. */
export function readProse(value: unknown): string | null {
  if (value instanceof Y.Text) return value.toString();
  return typeof value === 'string' ? value : null;
}

/**
 * Writes a prose field of a nested map: edits its text in place, or puts a new text where
 * there was none (or a string, or anything else). Call it inside a transaction.
 */
export function writeProse(map: Y.Map<unknown>, key: string, input: ProseInput): void {
  const current = map.get(key);
  const change =
    typeof input === 'string' ? { before: readProse(current) ?? '', after: input } : input;
  if (current instanceof Y.Text) applyTextChange(current, change);
  else map.set(key, new Y.Text(change.after));
}

/** A new text holding `value`, for a prose field of an entity being created. */
export function newProse(value: string): Y.Text {
  return new Y.Text(value);
}

/** For migrations: the string stored under `key`, if any, becomes a text. */
export function stringToProse(map: Y.Map<unknown>, key: string): void {
  const value = map.get(key);
  if (typeof value === 'string') map.set(key, new Y.Text(value));
}
