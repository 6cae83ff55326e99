/**
 * An action item: what the team will change so the incident does not happen again, or
 * hurts less. Scope: document (board doc). Written in the Actions phase, then kept up
 * to date by the owners until the follow-up review closes the postmortem.
 *
 * One nested Y.Map per item, like a card: concurrent edits of different fields merge.
 * The quadrant (actions/priority.ts) is derived from impact and effort on every read;
 * whether the owner confirmed, and whether a won't do was accepted, from the facilitation
 * doc, where only the server publishes confirmations the owners made themselves
 * (entities/ownerConfirmation.ts) and only the facilitator or the server accepts
 * (entities/actionAcceptance.ts).
 *
 * The title and the details are prose (doc/prose.ts): a `Y.Text` each, edited in place,
 * so two people rewording the same action at once both keep their words, deletions
 * included. They are read as typed; the title's rule (trimmed, not blank) is checked
 * when it is saved, and the export trims both.
 */
import * as Y from 'yjs';
import { z } from 'zod';
import { readEntries } from '../doc/entries.ts';
import { actionItemsMap, type ActionItemMap } from '../doc/layout.ts';
import {
  newProse,
  ProseInputSchema,
  proseValue,
  readProse,
  writeProse,
  type ProseInput,
} from '../doc/prose.ts';
import { randomId } from '../ids.ts';
import {
  compareQuadrants,
  EFFORTS,
  IMPACTS,
  quadrantOfRating,
  type Quadrant,
} from '../actions/priority.ts';
import {
  ACTION_ITEM_STATUSES,
  ACTION_REASON_MAX,
  needsReason,
  type ActionItemStatus,
} from '../actions/status.ts';
import { isHttpUrl } from './incident.ts';
import { DueDefaultSchema, type DueDefault } from '../actions/duePolicy.ts';
import { isAccepted, readAcceptances, type Acceptance } from './actionAcceptance.ts';
import { confirmationOf, readConfirmations, type OwnerClaim } from './ownerConfirmation.ts';
import { idSchema, ID_PATTERN } from '../ids.ts';

/** Longest title, in characters: a ticket's summary line. */
export const ACTION_TITLE_MAX = 200;
/** Longest details, in characters. */
export const ACTION_DETAILS_MAX = 2000;
/** Longest owner, in characters (a display name, a team, or "Alex and Sam"). */
export const ACTION_OWNER_MAX = 80;

const storedTime = z.number().int().nonnegative();
const Id = z.string().regex(ID_PATTERN);

/** Optional text where a blank value means "none". */
const blankIsNone = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, `${label} has at most ${max} characters`)
    .transform((s) => (s === '' ? undefined : s));

export const ActionTitleSchema = z
  .string({ error: 'An action needs a title' })
  .trim()
  .min(1, 'An action needs a title')
  .max(ACTION_TITLE_MAX, `A title has at most ${ACTION_TITLE_MAX} characters`);

/**
 * A title as stored and read: as typed, not trimmed, since it is edited in place. Saving
 * one checks {@link ActionTitleSchema} on it, so a blank title is never stored.
 */
const StoredTitleSchema = z
  .string({ error: 'An action needs a title' })
  .max(ACTION_TITLE_MAX, `A title has at most ${ACTION_TITLE_MAX} characters`)
  .refine((s) => s.trim() !== '', 'An action needs a title');

/**
 * Details as stored and read: as typed, spaces included, so a field showing them shows
 * what is stored; empty ones are none. The export trims them (blank is none there too).
 */
const StoredDetailsSchema = z
  .string({ error: 'Details must be text' })
  .max(ACTION_DETAILS_MAX, `Details have at most ${ACTION_DETAILS_MAX} characters`)
  .transform((s) => (s === '' ? undefined : s));

/** The fields that are prose: a `Y.Text` each (or a string stored before they were). */
export const ACTION_PROSE_KEYS = ['title', 'details'] as const;
type ActionProseKey = (typeof ACTION_PROSE_KEYS)[number];

function isProseKey(key: string): key is ActionProseKey {
  return (ACTION_PROSE_KEYS as readonly string[]).includes(key);
}

/** A calendar date, `2026-11-20`; a blank one is none. */
const DueSchema = z
  .string({ error: 'A due date must be a date like 2026-11-20' })
  .trim()
  .refine((s) => s === '' || z.iso.date().safeParse(s).success, {
    message: 'A due date must be a date like 2026-11-20',
  })
  .transform((s) => (s === '' ? undefined : s));

/** A ticket link, http(s) only so a board never shows a `javascript:` link; blank is none. */
const LinkSchema = z
  .string({ error: 'A ticket link must be text' })
  .trim()
  .max(2000, 'A ticket link has at most 2000 characters')
  .refine(
    (s) => s === '' || isHttpUrl(s),
    'A ticket link must be a full http:// or https:// address',
  )
  .transform((s) => (s === '' ? undefined : s));

/**
 * What an action does about the incident, as the Google SRE and Atlassian templates sort
 * them: lessen the impact, stop a repeat, find it sooner, or change how people work.
 */
export const ACTION_TYPES = ['mitigate', 'prevent', 'detect', 'process'] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

const ActionTypeSchema = z.enum(ACTION_TYPES, {
  error: `An action type is one of ${ACTION_TYPES.join(', ')}`,
});

export const ActionItemIdSchema = idSchema('an action item id');

export const ActionItemSchema = z.object({
  /** Stable random id, also the key in the action items map. */
  id: ActionItemIdSchema,
  /** What to do, one line: the ticket's summary; as typed. */
  title: StoredTitleSchema,
  /** Why, and anything the owner needs to know; as typed. */
  details: StoredDetailsSchema.optional(),
  /** Who does it: a member's display name, or any name typed in; absent until taken. */
  owner: blankIsNone('An owner', ACTION_OWNER_MAX).optional(),
  /** Calendar date it is due (`YYYY-MM-DD`, in the incident's zone); absent when open-ended. */
  due: DueSchema.optional(),
  /** How much it reduces the chance or the impact of a repeat; absent until rated. */
  impact: z.enum(IMPACTS, { error: 'Impact is high or low' }).optional(),
  /** How much work it is; absent until rated. */
  effort: z.enum(EFFORTS, { error: 'Effort is high or low' }).optional(),
  /** What kind of action it is; absent until someone says. */
  type: ActionTypeSchema.optional(),
  /** The cluster it addresses, when it came out of one. */
  clusterId: Id.optional(),
  /** The five-whys level (root cause) it addresses, when it targets one. */
  rootCauseId: Id.optional(),
  status: z.enum(ACTION_ITEM_STATUSES, {
    error: `Status must be one of ${ACTION_ITEM_STATUSES.join(', ')}`,
  }),
  /**
   * Why it is blocked or won't be done (actions/status.ts): kept only with those
   * statuses. Absent on boards written before they existed, which read as before.
   */
  reason: z.string().trim().min(1).max(ACTION_REASON_MAX).optional(),
  /**
   * A won't do the facilitator or an admin accepted: it then counts as resolved. Read
   * from the facilitation doc (entities/actionAcceptance.ts), never from the item; absent
   * when not accepted.
   */
  accepted: z.boolean().optional(),
  /** The workspace person the owner names, when chosen from people rather than typed. */
  ownerPersonId: z.string().min(1).max(64).optional(),
  /** The ticket, once filed; http(s) only. */
  link: LinkSchema.optional(),
  /**
   * The due date the server gave from the workspace's policy (actions/duePolicy.ts) to an
   * action added with none, and why. Kept after a person changes or clears the date, so
   * the server never gives one twice; it explains `due` only while the two are equal.
   */
  dueDefault: DueDefaultSchema.optional(),
  /**
   * The owner said "I own this" themselves (read from the facilitation doc, never stored
   * on the item). A new owner has not confirmed.
   */
  ownerConfirmed: z.boolean(),
  /** When the owner confirmed, on their clock, ms. */
  confirmedAt: storedTime.optional(),
  /** Creation time on the writer's clock, ms; the last tie-breaker of the order. */
  createdAt: storedTime,
  /** Last edit time on the writer's clock, ms. */
  updatedAt: storedTime,
});
export type ActionItem = z.infer<typeof ActionItemSchema>;

/** An action with its derived quadrant, as the reads return it. */
export type ActionItemView = ActionItem & { quadrant: Quadrant | null };

/** What a person supplies; blank texts are none. */
export const NewActionItemSchema = ActionItemSchema.pick({
  owner: true,
  ownerPersonId: true,
  due: true,
  impact: true,
  effort: true,
  type: true,
  clusterId: true,
  rootCauseId: true,
  link: true,
})
  .extend({
    title: ActionTitleSchema,
    details: blankIsNone('Details', ACTION_DETAILS_MAX).optional(),
  })
  .strict();
export type NewActionItem = z.input<typeof NewActionItemSchema>;

/**
 * The fields an edit may change. A blank text, or null for the optional ones, removes
 * the value; an absent field is left alone. The title and the details take a whole value
 * or a field's change (doc/prose.ts), edited in place so others' words are kept.
 */
export const ActionItemPatchSchema = z.strictObject({
  title: ProseInputSchema.optional(),
  details: ProseInputSchema.nullable().optional(),
  owner: z.string().nullable().optional(),
  ownerPersonId: z.string().nullable().optional(),
  due: z.string().nullable().optional(),
  impact: z.enum(IMPACTS).nullable().optional(),
  effort: z.enum(EFFORTS).nullable().optional(),
  type: ActionTypeSchema.nullable().optional(),
  clusterId: Id.nullable().optional(),
  rootCauseId: Id.nullable().optional(),
  link: z.string().nullable().optional(),
});
export type ActionItemPatch = z.input<typeof ActionItemPatchSchema>;

const FIELDS = [
  'title',
  'details',
  'owner',
  'due',
  'impact',
  'effort',
  'type',
  'clusterId',
  'rootCauseId',
  'status',
  'reason',
  'ownerPersonId',
  'link',
  'dueDefault',
  'createdAt',
  'updatedAt',
] as const;

/**
 * An item as stored: everything but the confirmation and the acceptance, which the item
 * does not hold (an `accepted` flag a board doc still has is never read).
 */
const StoredActionItemSchema = ActionItemSchema.omit({
  ownerConfirmed: true,
  confirmedAt: true,
  accepted: true,
});

/** What the facilitation doc says of the actions. */
interface Facilitated {
  readonly confirmations: ReadonlyMap<string, readonly OwnerClaim[]>;
  readonly acceptances: ReadonlyMap<string, Acceptance>;
}

const NOTHING_FACILITATED: Facilitated = { confirmations: new Map(), acceptances: new Map() };

function readItem(
  id: string,
  map: ActionItemMap,
  { confirmations, acceptances } = NOTHING_FACILITATED,
): ActionItemView | null {
  const fields: Record<string, unknown> = { id };
  for (const key of FIELDS) {
    const stored = map.get(key);
    const value = isProseKey(key) ? (readProse(stored) ?? stored) : stored;
    if (value !== undefined && value !== null) fields[key] = value;
  }
  const result = StoredActionItemSchema.safeParse(fields);
  if (!result.success) return null;
  const confirmed = confirmationOf(confirmations, result.data);
  return {
    ...result.data,
    ownerConfirmed: confirmed !== null,
    ...(confirmed ? { confirmedAt: confirmed.at } : {}),
    ...(isAccepted(acceptances, result.data) ? { accepted: true } : {}),
    quadrant: quadrantOfRating(result.data),
  };
}

/**
 * "Tackle first" order: by quadrant (quick wins first, unrated last), then by due date
 * (soonest first, none last), then oldest first, then id, so every client agrees.
 */
export function compareActionItems(a: ActionItemView, b: ActionItemView): number {
  return (
    compareQuadrants(a.quadrant, b.quadrant) ||
    (a.due ?? '\uffff').localeCompare(b.due ?? '\uffff') ||
    a.createdAt - b.createdAt ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * Every well-formed action item, in "tackle first" order. Malformed entries are skipped.
 * Owners' confirmations and accepted won't dos are read from `facilitation`; without it
 * none reads as confirmed or accepted.
 */
export function readActionItems(doc: Y.Doc, facilitation?: Y.Doc): ActionItemView[] {
  const facilitated = facilitation
    ? { confirmations: readConfirmations(facilitation), acceptances: readAcceptances(facilitation) }
    : NOTHING_FACILITATED;
  const read = (id: string, map: ActionItemMap) => readItem(id, map, facilitated);
  return readEntries(actionItemsMap(doc), read).items.sort(compareActionItems);
}

/** Action entries {@link readActionItems} skips. */
export function unreadableActionItems(doc: Y.Doc): number {
  return readEntries(actionItemsMap(doc), (id, map) => readItem(id, map)).unreadable;
}

/**
 * Adds an open action item and returns its id; its details are a text from the start,
 * empty when none were given. Throws a ZodError for bad input.
 */
export function addActionItem(
  doc: Y.Doc,
  input: NewActionItem,
  origin?: unknown,
  now = Date.now(),
): string {
  const parsed = NewActionItemSchema.parse(input);
  const id = randomId(16);
  doc.transact(() => {
    const map: ActionItemMap = new Y.Map();
    for (const [key, value] of Object.entries(parsed)) {
      if (value === undefined) continue;
      map.set(key, isProseKey(key) ? newProse(value as string) : value);
    }
    // Empty details are a text too, so two people starting them at once edit one text.
    if (parsed.details === undefined) map.set('details', newProse(''));
    map.set('status', 'open');
    map.set('createdAt', now);
    map.set('updatedAt', now);
    actionItemsMap(doc).set(id, map);
  }, origin);
  return id;
}

/** Each patchable field's validator for a present value (a prose field's new value). */
const PATCH_VALUES = {
  title: ActionTitleSchema,
  details: ActionItemSchema.shape.details,
  owner: ActionItemSchema.shape.owner,
  ownerPersonId: ActionItemSchema.shape.ownerPersonId,
  due: ActionItemSchema.shape.due,
  impact: ActionItemSchema.shape.impact,
  effort: ActionItemSchema.shape.effort,
  type: ActionItemSchema.shape.type,
  clusterId: ActionItemSchema.shape.clusterId,
  rootCauseId: ActionItemSchema.shape.rootCauseId,
  link: ActionItemSchema.shape.link,
} as const;

/**
 * Changes some fields. Changing the owner withdraws the old owner's "I own this": a
 * confirmation counts only for the owner it names; it also drops the person chosen for
 * the old owner unless the patch names one. Returns false when the item is gone;
 * throws a ZodError for a bad field, and then changes nothing.
 */
export function editActionItem(
  doc: Y.Doc,
  id: string,
  patch: ActionItemPatch,
  origin?: unknown,
  now = Date.now(),
): boolean {
  const shape = ActionItemPatchSchema.parse(patch);
  const values = new Map<string, unknown>();
  for (const [key, raw] of Object.entries(shape)) {
    if (raw === undefined) continue;
    const schema = PATCH_VALUES[key as keyof typeof PATCH_VALUES];
    if (isProseKey(key)) {
      // Checked as it will be read, and by the field's rule: a blank title is refused.
      const input = (raw ?? '') as ProseInput;
      if (key === 'title') ActionTitleSchema.parse(proseValue(input));
      (key === 'title' ? StoredTitleSchema : StoredDetailsSchema).parse(proseValue(input));
      values.set(key, input);
    } else values.set(key, raw === null ? undefined : schema.parse(raw));
  }
  // An owner retyped names someone else: the person chosen for the old one goes with it.
  if (values.has('owner') && !values.has('ownerPersonId')) values.set('ownerPersonId', undefined);
  const map = actionItemsMap(doc).get(ActionItemIdSchema.parse(id));
  if (!(map instanceof Y.Map)) return false;
  doc.transact(() => {
    for (const [key, value] of values) {
      // A prose field is edited in place, so words others add meanwhile survive.
      if (isProseKey(key)) writeProse(map, key, value as ProseInput);
      else if (value === undefined) map.delete(key);
      else map.set(key, value);
    }
    map.set('updatedAt', now);
  }, origin);
  return true;
}

/** A status with what goes with it (actions/status.ts decides who may set which). */
export interface StatusChange {
  readonly status: ActionItemStatus;
  /** Required for blocked and won't do; dropped for the others. */
  readonly reason?: string | undefined;
}

/**
 * Sets the status (a bare status, or with its reason). Returns false when the item is
 * gone; throws a ZodError for a status that needs a reason given none. Accepting a won't
 * do is the facilitation doc's (entities/actionAcceptance.ts).
 */
export function setActionStatus(
  doc: Y.Doc,
  id: string,
  change: ActionItemStatus | StatusChange,
  origin?: unknown,
  now = Date.now(),
): boolean {
  const input = typeof change === 'string' ? { status: change } : change;
  const status = ActionItemSchema.shape.status.parse(input.status);
  const reason = needsReason(status)
    ? ActionItemSchema.shape.reason.unwrap().parse(input.reason ?? '')
    : undefined;
  const map = actionItemsMap(doc).get(ActionItemIdSchema.parse(id));
  if (!(map instanceof Y.Map)) return false;
  doc.transact(() => {
    map.set('status', status);
    if (reason === undefined) map.delete('reason');
    else map.set('reason', reason);
    map.set('updatedAt', now);
  }, origin);
  return true;
}

/**
 * The server gives an action added with no due date the policy's (actions/duePolicy.ts
 * `dueDefaultFor` decides whether). Returns false, changing nothing, when the item is
 * gone or has had a due date meanwhile: a person's date is never overwritten.
 */
export function giveDefaultDue(
  doc: Y.Doc,
  id: string,
  given: DueDefault,
  origin?: unknown,
): boolean {
  const value = DueDefaultSchema.parse(given);
  const map = actionItemsMap(doc).get(ActionItemIdSchema.parse(id));
  if (!(map instanceof Y.Map) || map.has('due') || map.has('dueDefault')) return false;
  doc.transact(() => {
    map.set('due', value.due);
    map.set('dueDefault', value);
  }, origin);
  return true;
}

/** Deletes an action item. Returns false when it was already gone. */
export function deleteActionItem(doc: Y.Doc, id: string, origin?: unknown): boolean {
  const items = actionItemsMap(doc);
  if (!items.has(id)) return false;
  doc.transact(() => items.delete(id), origin);
  return true;
}
