/**
 * The postmortem owner(s): the one to three people the team agrees on in the Owner
 * phase, who chase the action items until the follow-up review closes the incident.
 * Scope: document (facilitation doc): the facilitator records what the team agreed, and
 * no participant can name someone owner, or remove one, on their own.
 *
 * The names are one whole value under `owners` in `facilitationMap`: a short list where a
 * merge of two concurrent lists would be stranger than the last one written. The
 * responsibilities are prose (doc/prose.ts): one `Y.Text` per item in
 * `responsibilitiesArray`, edited in place, so two people rewording the same item at once
 * both keep their words. Items are read as typed, and the export trims them. Up to
 * facilitation layout 1 both were in the board doc (migrated by layout 2); up to layout 2
 * the responsibilities were one list beside the names (moved to texts by layout 3).
 */
import * as Y from 'yjs';
import { z } from 'zod';
import { facilitationMap, responsibilitiesArray } from '../doc/layout.ts';
import {
  applyTextChange,
  newProse,
  ProseInputSchema,
  proseValue,
  readProse,
  type ProseInput,
} from '../doc/prose.ts';

/** Most owners: shared ownership beyond three is nobody's. */
export const OWNERS_MAX = 3;
/** Most responsibilities listed. */
export const RESPONSIBILITIES_MAX = 10;

/** What the owner does, from the seeds; the team may reword the list. */
export const DEFAULT_OWNER_RESPONSIBILITIES: readonly string[] = [
  'Keep the postmortem document up to date',
  'Follow up on the action items with their owners',
  'Schedule and run the follow-up review',
  'Close the incident when all actions are done',
];

export const OwnerNameSchema = z
  .string({ error: 'An owner must be a name' })
  .trim()
  .min(1, 'An owner needs a name')
  .max(60, 'A name has at most 60 characters');

export const OwnerNamesSchema = z
  .array(OwnerNameSchema, { error: 'Owners must be a list of names' })
  .min(1, 'Name at least one owner')
  .max(OWNERS_MAX, `At most ${OWNERS_MAX} owners`)
  .refine((names) => new Set(names.map((n) => n.toLowerCase())).size === names.length, {
    message: 'The same owner is named twice',
  });

/** Longest responsibility, in characters. */
export const RESPONSIBILITY_MAX = 200;

/** One responsibility as it is saved: trimmed, not blank. */
export const ResponsibilitySchema = z
  .string({ error: 'A responsibility must be text' })
  .trim()
  .min(1, 'A responsibility needs some text')
  .max(RESPONSIBILITY_MAX, `A responsibility has at most ${RESPONSIBILITY_MAX} characters`);

/** One responsibility as stored and read: as typed; saving checks {@link ResponsibilitySchema}. */
const StoredResponsibilitySchema = z
  .string()
  .max(RESPONSIBILITY_MAX)
  .refine((s) => s.trim() !== '');

export const ResponsibilitiesSchema = z
  .array(ResponsibilitySchema)
  .min(1, 'List at least one responsibility')
  .max(RESPONSIBILITIES_MAX, `At most ${RESPONSIBILITIES_MAX} responsibilities`);

export const PostmortemOwnerSchema = z.object({
  /** The agreed owners, 1 to 3; empty until the team agrees. */
  names: z.array(OwnerNameSchema).max(OWNERS_MAX),
  /** What the owners are responsible for, as typed; the seeds' list until someone edits it. */
  responsibilities: z.array(StoredResponsibilitySchema).min(1).max(RESPONSIBILITIES_MAX),
});
export type PostmortemOwner = z.infer<typeof PostmortemOwnerSchema>;

/** A readable item of the stored list, and where it is in the list. */
interface StoredResponsibility {
  readonly position: number;
  readonly text: string;
}

/**
 * The items a reader shows, at most {@link RESPONSIBILITIES_MAX}: a text (or a string,
 * as a step might leave one) that is not blank nor too long. Anything else is skipped.
 */
function storedResponsibilities(facilitation: Y.Doc): StoredResponsibility[] {
  const items: StoredResponsibility[] = [];
  responsibilitiesArray(facilitation).forEach((value, position) => {
    const text = readProse(value);
    if (text !== null && StoredResponsibilitySchema.safeParse(text).success) {
      items.push({ position, text });
    }
  });
  return items.slice(0, RESPONSIBILITIES_MAX);
}

/**
 * The owners and their responsibilities, from the facilitation doc; no owner when unset
 * or unreadable, and the default list when no item can be read.
 */
export function readPostmortemOwner(facilitation: Y.Doc): PostmortemOwner {
  const names = OwnerNamesSchema.safeParse(facilitationMap(facilitation).get('owners'));
  const items = storedResponsibilities(facilitation).map((item) => item.text);
  return {
    names: names.success ? names.data : [],
    responsibilities: items.length > 0 ? items : [...DEFAULT_OWNER_RESPONSIBILITIES],
  };
}

/** Sets the owners (1 to 3 different names). Throws a ZodError for bad input. */
export function setPostmortemOwners(
  facilitation: Y.Doc,
  names: readonly string[],
  origin?: unknown,
): void {
  const parsed = OwnerNamesSchema.parse(names);
  facilitation.transact(() => facilitationMap(facilitation).set('owners', parsed), origin);
}

/** Removes the owners, back to "not agreed yet". */
export function clearPostmortemOwners(facilitation: Y.Doc, origin?: unknown): void {
  const state = facilitationMap(facilitation);
  if (!state.has('owners')) return;
  facilitation.transact(() => state.delete('owners'), origin);
}

/** Writes `list` as the whole list, one new text per item. Inside a transaction. */
function writeList(facilitation: Y.Doc, list: readonly string[]): void {
  const array = responsibilitiesArray(facilitation);
  if (array.length > 0) array.delete(0, array.length);
  array.push(list.map(newProse));
}

/**
 * The readable items, after writing the default list when none is stored (a reader shows
 * it then), so that a change to what a reader shows changes what is stored. Inside a
 * transaction.
 */
function itemsToChange(facilitation: Y.Doc): StoredResponsibility[] {
  const items = storedResponsibilities(facilitation);
  if (items.length > 0) return items;
  writeList(facilitation, DEFAULT_OWNER_RESPONSIBILITIES);
  return storedResponsibilities(facilitation);
}

/**
 * Replaces the whole list (back to the usual list). Throws a ZodError for bad input. New
 * boards get the default list from {@link initOwnerResponsibilities}.
 */
export function setOwnerResponsibilities(
  facilitation: Y.Doc,
  responsibilities: readonly string[],
  origin?: unknown,
): void {
  const parsed = ResponsibilitiesSchema.parse(responsibilities);
  facilitation.transact(() => writeList(facilitation, parsed), origin);
}

/** The default list, as texts: for a new board's facilitation doc. */
export function initOwnerResponsibilities(facilitation: Y.Doc, origin?: unknown): void {
  facilitation.transact(() => writeList(facilitation, DEFAULT_OWNER_RESPONSIBILITIES), origin);
}

/** Adds a responsibility at the end. Throws a ZodError for bad input or a full list. */
export function addOwnerResponsibility(facilitation: Y.Doc, text: string, origin?: unknown): void {
  const parsed = ResponsibilitySchema.parse(text);
  facilitation.transact(() => {
    const items = itemsToChange(facilitation);
    ResponsibilitiesSchema.parse([...items.map((item) => item.text), parsed]);
    responsibilitiesArray(facilitation).push([newProse(parsed)]);
  }, origin);
}

/**
 * Edits the `index`-th responsibility a reader shows, in place, by the field's change
 * (doc/prose.ts), so words others typed meanwhile are kept. A blank or too long text is
 * refused with a ZodError and nothing is written. Returns false when there is no such item.
 */
export function editOwnerResponsibility(
  facilitation: Y.Doc,
  index: number,
  input: ProseInput,
  origin?: unknown,
): boolean {
  const parsed = ProseInputSchema.parse(input);
  ResponsibilitySchema.parse(proseValue(parsed));
  StoredResponsibilitySchema.parse(proseValue(parsed));
  let found = false;
  facilitation.transact(() => {
    const item = itemsToChange(facilitation)[index];
    if (!item) return;
    found = true;
    const array = responsibilitiesArray(facilitation);
    const current = array.get(item.position);
    const change = typeof parsed === 'string' ? { before: item.text, after: parsed } : parsed;
    if (current instanceof Y.Text) applyTextChange(current, change);
    else {
      array.delete(item.position, 1);
      array.insert(item.position, [newProse(change.after)]);
    }
  }, origin);
  return found;
}

/**
 * Removes the `index`-th responsibility a reader shows. The last one stays: throws a
 * ZodError rather than leave none. Returns false when there is no such item.
 */
export function removeOwnerResponsibility(
  facilitation: Y.Doc,
  index: number,
  origin?: unknown,
): boolean {
  let found = false;
  facilitation.transact(() => {
    const items = itemsToChange(facilitation);
    const item = items[index];
    if (!item) return;
    ResponsibilitiesSchema.parse(items.filter((_, i) => i !== index).map((i) => i.text));
    found = true;
    responsibilitiesArray(facilitation).delete(item.position, 1);
  }, origin);
  return found;
}
