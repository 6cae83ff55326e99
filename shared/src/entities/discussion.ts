/**
 * A cluster's discussion, in the Discuss phase: notes, a five-whys chain down to a root
 * cause, contributing factors, and how to reduce the impact if it happens again.
 * Scope: document (board doc), keyed by cluster id.
 *
 * One nested Y.Map per cluster. The notes, the impact answer, each level's question and
 * answer and each factor are prose: a `Y.Text` each (doc/prose.ts), so two people
 * editing the same text at once both keep their edit, deletions included. The chain and
 * the factors are Y.Arrays of Y.Maps with an id each, so levels added at once are all
 * kept. The root-cause marker is one plain value.
 *
 * The nested map and its arrays are created with the cluster ({@link initDiscussion},
 * called by `groupCards`), by the one client that creates the cluster. Created lazily
 * instead, two people writing a first note at once would each create a map under the
 * same key, and Yjs would keep only one of them, with its edits.
 *
 * Exactly one level can be the root cause: the marker is one value (`rootCauseId`), not
 * a flag per level, so two people marking different levels at once still end with one.
 */
import * as Y from 'yjs';
import { z } from 'zod';
import { unreadableValue } from '../doc/entries.ts';
import { newProse, proseValue, readProse, writeProse, type ProseInput } from '../doc/prose.ts';
import { discussionsMap, type DiscussionMap } from '../doc/layout.ts';
import { randomId } from '../ids.ts';
import { idSchema } from '../ids.ts';

/** How many levels the method asks for; the chain may go deeper. */
export const FIVE_WHYS = 5;
/** Most levels in one chain. */
export const WHYS_MAX = 20;
/** Most contributing factors per cluster. */
export const FACTORS_MAX = 30;
/** Longest question or answer in the chain, and longest factor, in characters. */
export const WHY_TEXT_MAX = 500;
/** Longest notes or impact answer, in characters. */
export const DISCUSSION_TEXT_MAX = 5000;

const ItemIdSchema = idSchema('an id');
const ClusterKeySchema = idSchema('a cluster id');

/**
 * Prose as stored and read: not trimmed, since a text is edited in place and a space
 * typed at the end is there before the next word.
 */
const text = (label: string, max: number) =>
  z.string({ error: `${label} must be text` }).max(max, `${label} has at most ${max} characters`);

export const WhyLevelSchema = z.object({
  /** Stable random id; the root-cause marker and action items name it. */
  id: ItemIdSchema,
  /** The question asked at this level ("Why did the pool run out?"); may be blank. */
  why: text('A why', WHY_TEXT_MAX),
  /** The answer, which the next level asks about; blank until someone answers. */
  because: text('An answer', WHY_TEXT_MAX),
});
export type WhyLevel = z.infer<typeof WhyLevelSchema>;

export const ContributingFactorSchema = z.object({
  /** Stable random id. */
  id: ItemIdSchema,
  /** Something that made the incident likelier or worse, without being its cause. */
  text: text('A factor', WHY_TEXT_MAX),
});
export type ContributingFactor = z.infer<typeof ContributingFactorSchema>;

export const DiscussionSchema = z.object({
  /** The cluster discussed, also the key in the discussions map. */
  clusterId: ClusterKeySchema,
  /** Free notes taken during the discussion. */
  notes: text('Notes', DISCUSSION_TEXT_MAX),
  /** The five-whys chain, first question first. */
  whys: z.array(WhyLevelSchema),
  /** The level marked as the root cause, or null; always names a level in `whys`. */
  rootCauseId: ItemIdSchema.nullable(),
  /** Contributing factors, in the order they were added. */
  factors: z.array(ContributingFactorSchema),
  /** The answer to "How can we reduce the impact if it happens again?". */
  reduceImpact: text('The impact answer', DISCUSSION_TEXT_MAX),
});
export type Discussion = z.infer<typeof DiscussionSchema>;

/** A new level as {@link addWhy} accepts it; both texts may be blank. */
export const WhyInputSchema = z.strictObject({
  why: WhyLevelSchema.shape.why.optional(),
  because: WhyLevelSchema.shape.because.optional(),
});
export type WhyInput = z.input<typeof WhyInputSchema>;

/** A level's edit as {@link editWhy} accepts it: each text's new value, or its change. */
export interface WhyPatch {
  readonly why?: ProseInput;
  readonly because?: ProseInput;
}

/** A factor's text as the commands accept it: some text, trimmed. */
const FactorTextSchema = z
  .string({ error: 'A factor must be text' })
  .trim()
  .min(1, 'A factor needs some text')
  .max(WHY_TEXT_MAX, `A factor has at most ${WHY_TEXT_MAX} characters`);

/** The discussion of a cluster nobody has discussed. */
export function emptyDiscussion(clusterId: string): Discussion {
  return { clusterId, notes: '', whys: [], rootCauseId: null, factors: [], reduceImpact: '' };
}

/**
 * Creates the cluster's discussion map with its arrays. Call it inside the transaction
 * that creates the cluster; it does nothing when the discussion exists.
 */
export function initDiscussion(doc: Y.Doc, clusterId: string): void {
  const discussions = discussionsMap(doc);
  if (discussions.get(clusterId) instanceof Y.Map) return;
  const map: DiscussionMap = new Y.Map();
  map.set('whys', new Y.Array<Y.Map<unknown>>());
  map.set('factors', new Y.Array<Y.Map<unknown>>());
  discussions.set(clusterId, map);
}

/** The well-formed items of an array, in order; a repeated id keeps its first item. */
function readItems<T extends { id: string }>(
  value: unknown,
  read: (map: Y.Map<unknown>) => T | null,
): T[] {
  if (!(value instanceof Y.Array)) return [];
  const out: T[] = [];
  const seen = new Set<string>();
  for (const item of value.toArray()) {
    const parsed = item instanceof Y.Map ? read(item as Y.Map<unknown>) : null;
    if (parsed && !seen.has(parsed.id)) {
      seen.add(parsed.id);
      out.push(parsed);
    }
  }
  return out;
}

/** A prose field as the schema sees it: its text, blank when absent, as found otherwise. */
function proseOf(map: Y.Map<unknown>, key: string): unknown {
  const value = map.get(key);
  return value === undefined ? '' : (readProse(value) ?? value);
}

function readWhy(map: Y.Map<unknown>): WhyLevel | null {
  const result = WhyLevelSchema.safeParse({
    id: map.get('id'),
    why: proseOf(map, 'why'),
    because: proseOf(map, 'because'),
  });
  return result.success ? result.data : null;
}

function readFactor(map: Y.Map<unknown>): ContributingFactor | null {
  const result = ContributingFactorSchema.safeParse({
    id: map.get('id'),
    text: readProse(map.get('text')),
  });
  return result.success ? result.data : null;
}

function readText(map: Y.Map<unknown>, key: string, max: number): string {
  const result = text('', max).safeParse(proseOf(map, key));
  return result.success ? result.data : '';
}

/**
 * A cluster's discussion; empty when there is none. Malformed levels and factors are
 * skipped, and a root-cause marker naming a level that is gone reads as none.
 */
export function readDiscussion(doc: Y.Doc, clusterId: string): Discussion {
  const map = discussionsMap(doc).get(clusterId);
  if (!(map instanceof Y.Map)) return emptyDiscussion(clusterId);
  const whys = readItems(map.get('whys'), readWhy);
  const marked = map.get('rootCauseId');
  return {
    clusterId,
    notes: readText(map, 'notes', DISCUSSION_TEXT_MAX),
    whys,
    rootCauseId: whys.some((w) => w.id === marked) ? (marked as string) : null,
    factors: readItems(map.get('factors'), readFactor),
    reduceImpact: readText(map, 'reduceImpact', DISCUSSION_TEXT_MAX),
  };
}

/**
 * Stored discussion values {@link readDiscussion} cannot use: a discussion that is not a
 * map, notes or an impact answer that are not valid text, chains and factor lists that
 * are not lists, and the levels and factors in them it skips.
 */
export function unreadableDiscussionEntries(doc: Y.Doc): number {
  let count = 0;
  discussionsMap(doc).forEach((map) => {
    if (!(map instanceof Y.Map)) {
      count++;
      return;
    }
    const isText = (max: number) => (value: unknown) =>
      text('', max).safeParse(readProse(value)).success;
    count += unreadableValue(map, 'notes', isText(DISCUSSION_TEXT_MAX));
    count += unreadableValue(map, 'reduceImpact', isText(DISCUSSION_TEXT_MAX));
    count += unreadableValue(map, 'rootCauseId', (v) => ItemIdSchema.safeParse(v).success);
    const skipped = (key: string, read: (item: Y.Map<unknown>) => { id: string } | null) => {
      const list = map.get(key);
      if (list === undefined) return 0;
      return list instanceof Y.Array ? list.length - readItems(list, read).length : 1;
    };
    count += skipped('whys', readWhy) + skipped('factors', readFactor);
  });
  return count;
}

/** The level marked as the root cause, or null when none is. */
export function rootCauseOf(discussion: Discussion): WhyLevel | null {
  return discussion.whys.find((w) => w.id === discussion.rootCauseId) ?? null;
}

/**
 * The chain as the view shows it: the levels, then empty slots (null) up to
 * {@link FIVE_WHYS}, so the method's five questions are always on screen.
 */
export function whySlots(whys: readonly WhyLevel[]): (WhyLevel | null)[] {
  return [...whys, ...Array<null>(Math.max(0, FIVE_WHYS - whys.length)).fill(null)];
}

/** The discussion map, created when missing (a cluster from before discussions existed). */
function discussionFor(doc: Y.Doc, clusterId: string): DiscussionMap {
  const id = ClusterKeySchema.parse(clusterId);
  initDiscussion(doc, id);
  return discussionsMap(doc).get(id)!;
}

function arrayOf(map: DiscussionMap, key: 'whys' | 'factors'): Y.Array<Y.Map<unknown>> {
  let array = map.get(key);
  if (!(array instanceof Y.Array)) {
    array = new Y.Array<Y.Map<unknown>>();
    map.set(key, array);
  }
  return array as Y.Array<Y.Map<unknown>>;
}

function indexOfId(array: Y.Array<unknown>, id: string): number {
  return array.toArray().findIndex((m) => m instanceof Y.Map && m.get('id') === id);
}

/** The nested map with that id in one of a discussion's arrays, or null. */
function itemOf(
  doc: Y.Doc,
  clusterId: string,
  key: 'whys' | 'factors',
  id: string,
): Y.Map<unknown> | null {
  const map = discussionsMap(doc).get(clusterId);
  const array = map instanceof Y.Map ? map.get(key) : null;
  if (!(array instanceof Y.Array)) return null;
  const index = indexOfId(array, id);
  const item: unknown = index < 0 ? null : array.get(index);
  return item instanceof Y.Map ? (item as Y.Map<unknown>) : null;
}

/** Removes the item with that id from one of a discussion's arrays; false when gone. */
function removeItem(
  doc: Y.Doc,
  clusterId: string,
  key: 'whys' | 'factors',
  id: string,
  origin: unknown,
): boolean {
  const map = discussionsMap(doc).get(clusterId);
  const array = map instanceof Y.Map ? map.get(key) : null;
  if (!(map instanceof Y.Map) || !(array instanceof Y.Array)) return false;
  const index = indexOfId(array, id);
  if (index < 0) return false;
  doc.transact(() => {
    array.delete(index, 1);
    if (key === 'whys' && map.get('rootCauseId') === id) map.delete('rootCauseId');
  }, origin);
  return true;
}

/**
 * Edits the cluster's notes: to a new value, or by a field's change (doc/prose.ts), in
 * place, so others' edits meanwhile are kept. Throws a ZodError for bad input.
 */
export function setDiscussionNotes(
  doc: Y.Doc,
  clusterId: string,
  notes: ProseInput,
  origin?: unknown,
): void {
  DiscussionSchema.shape.notes.parse(proseValue(notes));
  doc.transact(() => writeProse(discussionFor(doc, clusterId), 'notes', notes), origin);
}

/** Edits the answer to "How can we reduce the impact if it happens again?", like the notes. */
export function setReduceImpact(
  doc: Y.Doc,
  clusterId: string,
  answer: ProseInput,
  origin?: unknown,
): void {
  DiscussionSchema.shape.reduceImpact.parse(proseValue(answer));
  doc.transact(() => writeProse(discussionFor(doc, clusterId), 'reduceImpact', answer), origin);
}

/**
 * Adds a level at the end of the chain and returns its id. Throws a ZodError for bad
 * input, and an Error when the chain already has {@link WHYS_MAX} levels.
 */
export function addWhy(
  doc: Y.Doc,
  clusterId: string,
  input: WhyInput = {},
  origin?: unknown,
): string {
  const { why = '', because = '' } = WhyInputSchema.parse(input);
  if (readDiscussion(doc, clusterId).whys.length >= WHYS_MAX) {
    throw new Error(`A chain has at most ${WHYS_MAX} levels`);
  }
  const id = randomId(16);
  doc.transact(() => {
    const level = new Y.Map<unknown>();
    level.set('id', id);
    level.set('why', newProse(why));
    level.set('because', newProse(because));
    arrayOf(discussionFor(doc, clusterId), 'whys').push([level]);
  }, origin);
  return id;
}

/** Edits a level's question or answer in place. False when the level is gone. */
export function editWhy(
  doc: Y.Doc,
  clusterId: string,
  levelId: string,
  patch: WhyPatch,
  origin?: unknown,
): boolean {
  const { why, because } = patch;
  if (why !== undefined) WhyLevelSchema.shape.why.parse(proseValue(why));
  if (because !== undefined) WhyLevelSchema.shape.because.parse(proseValue(because));
  const level = itemOf(doc, clusterId, 'whys', levelId);
  if (!level) return false;
  doc.transact(() => {
    if (why !== undefined) writeProse(level, 'why', why);
    if (because !== undefined) writeProse(level, 'because', because);
  }, origin);
  return true;
}

/** Removes a level (and the root-cause mark with it). False when it is gone. */
export function removeWhy(
  doc: Y.Doc,
  clusterId: string,
  levelId: string,
  origin?: unknown,
): boolean {
  return removeItem(doc, clusterId, 'whys', levelId, origin);
}

/**
 * Marks a level as the root cause (one per cluster; marking another moves the mark),
 * or clears the mark with null. False when the level is not in the chain.
 */
export function markRootCause(
  doc: Y.Doc,
  clusterId: string,
  levelId: string | null,
  origin?: unknown,
): boolean {
  if (levelId === null) {
    const map = discussionsMap(doc).get(clusterId);
    if (map instanceof Y.Map && map.has('rootCauseId')) {
      doc.transact(() => map.delete('rootCauseId'), origin);
    }
    return true;
  }
  if (!readDiscussion(doc, clusterId).whys.some((w) => w.id === levelId)) return false;
  doc.transact(() => discussionFor(doc, clusterId).set('rootCauseId', levelId), origin);
  return true;
}

/** Adds a contributing factor and returns its id. Throws for bad input or too many. */
export function addContributingFactor(
  doc: Y.Doc,
  clusterId: string,
  factor: string,
  origin?: unknown,
): string {
  const parsed = FactorTextSchema.parse(factor);
  if (readDiscussion(doc, clusterId).factors.length >= FACTORS_MAX) {
    throw new Error(`At most ${FACTORS_MAX} contributing factors`);
  }
  const id = randomId(16);
  doc.transact(() => {
    const item = new Y.Map<unknown>();
    item.set('id', id);
    item.set('text', newProse(parsed));
    arrayOf(discussionFor(doc, clusterId), 'factors').push([item]);
  }, origin);
  return id;
}

/** Rewords a contributing factor in place; it keeps some text. False when it is gone. */
export function editContributingFactor(
  doc: Y.Doc,
  clusterId: string,
  factorId: string,
  factor: ProseInput,
  origin?: unknown,
): boolean {
  FactorTextSchema.parse(proseValue(factor));
  const item = itemOf(doc, clusterId, 'factors', factorId);
  if (!item) return false;
  doc.transact(() => writeProse(item, 'text', factor), origin);
  return true;
}

/** Removes a contributing factor. False when it is gone. */
export function removeContributingFactor(
  doc: Y.Doc,
  clusterId: string,
  factorId: string,
  origin?: unknown,
): boolean {
  return removeItem(doc, clusterId, 'factors', factorId, origin);
}
