/**
 * A timeline event: something that happened during the incident, at an instant.
 * Scope: document (board doc). The facilitator drafts the timeline before the meeting
 * (by hand or by import); in the Timeline phase the team adds and corrects events.
 *
 * One nested Y.Map per event, like a card: concurrent edits of different fields merge.
 * The order is derived from the instants on every read, never stored, so two people
 * adding events at once cannot disagree about it.
 *
 * The text is prose (doc/prose.ts): a `Y.Text`, edited in place as it is typed, so two
 * people correcting the same event at once both keep their words, deletions included.
 * It is read as typed; its rule (trimmed, not blank, at most 500 characters) is checked
 * when it is saved, and the export trims it.
 */
import * as Y from 'yjs';
import { z } from 'zod';
import { readEntries } from '../doc/entries.ts';
import { timelineMap, type TimelineEventMap } from '../doc/layout.ts';
import {
  newProse,
  ProseInputSchema,
  proseValue,
  readProse,
  writeProse,
  type ProseInput,
} from '../doc/prose.ts';
import { randomId } from '../ids.ts';
import { instantSchema, MAX_INSTANT } from '../time/instant.ts';
import { idSchema } from '../ids.ts';

/** Kinds of event, in the order a picker lists them. Stored as these exact strings. */
export const TIMELINE_KINDS = [
  'trigger',
  'detection',
  'alert',
  'escalation',
  'action',
  'failed attempt',
  'mitigation',
  'resolution',
  'communication',
  'other',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** What each kind means, for pickers and for the people reviewing an import. */
export const TIMELINE_KIND_HINTS: Readonly<Record<TimelineKind, string>> = {
  trigger: 'the change or event that started the incident',
  detection: 'a person or system noticed the problem',
  alert: 'an alert fired or paged someone',
  escalation: 'more people, a higher severity, or another team was brought in',
  action: 'something the responders did',
  'failed attempt': 'an action that did not help, or made things worse',
  mitigation: 'the impact stopped or was contained',
  resolution: 'the system is back to normal',
  communication: 'status page, customer or internal update',
  other: 'anything else worth remembering',
};

export const TimelineKindSchema = z.enum(TIMELINE_KINDS, {
  error: `Kind must be one of ${TIMELINE_KINDS.join(', ')}`,
});

/**
 * The kind a person meant by a tag or a CSV cell: case-insensitive, and `-` or `_` may
 * stand for the space (`Failed-Attempt` is `failed attempt`). Null when unknown.
 */
export function readKind(value: string): TimelineKind | null {
  const normal = value
    .trim()
    .toLowerCase()
    .replace(/[-_\s]+/g, ' ');
  return (TIMELINE_KINDS as readonly string[]).includes(normal) ? (normal as TimelineKind) : null;
}

/** Longest event text, in characters: one line of a timeline, not a report. */
export const TIMELINE_TEXT_MAX = 500;
/** Longest source, in characters. */
export const TIMELINE_SOURCE_MAX = 120;

export const TimelineTextSchema = z
  .string({ error: 'An event needs some text' })
  .trim()
  .min(1, 'An event needs some text')
  .max(TIMELINE_TEXT_MAX, `An event has at most ${TIMELINE_TEXT_MAX} characters`);

/**
 * An event's text as stored and read: as typed, not trimmed, since it is edited in place.
 * Saving one checks {@link TimelineTextSchema} on it, so a blank text is never stored.
 */
const StoredTextSchema = z
  .string({ error: 'An event needs some text' })
  .max(TIMELINE_TEXT_MAX, `An event has at most ${TIMELINE_TEXT_MAX} characters`)
  .refine((s) => s.trim() !== '', 'An event needs some text');

/** Where the event was learned from; an empty source is the same as none. */
export const TimelineSourceSchema = z
  .string({ error: 'A source must be text' })
  .trim()
  .max(TIMELINE_SOURCE_MAX, `A source has at most ${TIMELINE_SOURCE_MAX} characters`)
  .transform((s) => (s === '' ? undefined : s));

export const TimelineEventIdSchema = idSchema('an event id');

const storedInstant = z.number().int().min(0).max(MAX_INSTANT);

export const TimelineEventSchema = z.object({
  /** Stable random id, also the key in the timeline map. */
  id: TimelineEventIdSchema,
  /** When it happened: ms since the epoch. Shown in the incident's time zone. */
  at: storedInstant,
  /** What sort of event it is; the derived figures look for the first trigger, detection… */
  kind: TimelineKindSchema,
  /** What happened, in one line; as typed. */
  text: StoredTextSchema,
  /** Where it was learned from (incident channel, pager, a log), when known. */
  source: TimelineSourceSchema.optional(),
  /** Creation time on the writer's clock, ms. Provenance only; never orders anything. */
  createdAt: storedInstant,
  /** Last edit time on the writer's clock, ms. */
  updatedAt: storedInstant,
  /**
   * Shared by every event one import added, so an import can later be reviewed or
   * removed as a unit. Absent for events added by hand.
   */
  importId: z.string().optional(),
  // "Wrong or incomplete" flags and proposed events are their own entity
  // (timelineProposal.ts), keyed by proposal id and naming the event, not fields on it.
});
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;

/** What a person or an import supplies; the rest is filled in by the commands. */
export const NewTimelineEventSchema = z.object({
  at: instantSchema('Time'),
  kind: TimelineKindSchema.default('other'),
  text: TimelineTextSchema,
  source: TimelineSourceSchema.optional(),
});
export type NewTimelineEvent = z.input<typeof NewTimelineEventSchema>;
/** A validated new event: instant in ms, kind filled in, text trimmed. */
export type TimelineEventDraft = z.output<typeof NewTimelineEventSchema>;

/**
 * The fields an edit may change; `source: ''` removes the source. The text takes a whole
 * value or a field's change (doc/prose.ts), edited in place so others' words are kept.
 */
export const TimelineEventPatchSchema = z.strictObject({
  at: instantSchema('Time').optional(),
  kind: TimelineKindSchema.optional(),
  text: ProseInputSchema.optional(),
  source: TimelineSourceSchema.optional(),
});
export type TimelineEventPatch = z.input<typeof TimelineEventPatchSchema>;

/** Orders events by instant; the id breaks ties so every client shows the same order. */
export function compareTimelineEvents(a: TimelineEvent, b: TimelineEvent): number {
  return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function readEvent(id: string, map: TimelineEventMap): TimelineEvent | null {
  const result = TimelineEventSchema.safeParse({
    id,
    at: map.get('at'),
    kind: map.get('kind'),
    text: readProse(map.get('text')) ?? map.get('text'),
    source: map.get('source') ?? undefined,
    createdAt: map.get('createdAt'),
    updatedAt: map.get('updatedAt'),
    importId: map.get('importId') ?? undefined,
  });
  return result.success ? result.data : null;
}

/**
 * Every well-formed event, by time then id. Malformed entries (another client's bug or
 * a hostile write) are skipped rather than breaking the board.
 */
export function readTimeline(doc: Y.Doc): TimelineEvent[] {
  return readEntries(timelineMap(doc), readEvent).items.sort(compareTimelineEvents);
}

/** Timeline entries {@link readTimeline} skips. */
export function unreadableTimelineEvents(doc: Y.Doc): number {
  return readEntries(timelineMap(doc), readEvent).unreadable;
}

/**
 * Writes an event's map whole under its id, inside the caller's transaction: for new
 * events, and for events an undone import puts back as they were (timelineImport.ts).
 */
export function writeStoredEvent(doc: Y.Doc, event: TimelineEvent): void {
  const map: TimelineEventMap = new Y.Map();
  map.set('at', event.at);
  map.set('kind', event.kind);
  map.set('text', newProse(event.text));
  if (event.source !== undefined) map.set('source', event.source);
  map.set('createdAt', event.createdAt);
  map.set('updatedAt', event.updatedAt);
  if (event.importId !== undefined) map.set('importId', event.importId);
  timelineMap(doc).set(event.id, map);
}

function writeNewEvent(
  doc: Y.Doc,
  draft: TimelineEventDraft,
  now: number,
  importId?: string,
  id = randomId(16),
): string {
  writeStoredEvent(doc, { ...draft, id, createdAt: now, updatedAt: now, importId });
  return id;
}

/**
 * Adds an event and returns its id. Throws a ZodError for bad input. `id` names the
 * event when two writers adding the same thing must end with one event: they both
 * write the same key, and one of the two writes wins.
 */
export function addTimelineEvent(
  doc: Y.Doc,
  input: NewTimelineEvent,
  origin?: unknown,
  now = Date.now(),
  id?: string,
): string {
  const draft = NewTimelineEventSchema.parse(input);
  const key = id === undefined ? undefined : TimelineEventIdSchema.parse(id);
  let written = '';
  doc.transact(() => {
    written = writeNewEvent(doc, draft, now, undefined, key);
  }, origin);
  return written;
}

/**
 * Changes some fields of an event. Returns false when the event no longer exists.
 * Throws a ZodError for a bad field, and then changes nothing.
 */
export function editTimelineEvent(
  doc: Y.Doc,
  id: string,
  patch: TimelineEventPatch,
  origin?: unknown,
  now = Date.now(),
): boolean {
  const parsed = TimelineEventPatchSchema.parse(patch);
  // Checked as it will be read, and by the field's rule: a blank text is refused.
  const text: ProseInput | undefined = parsed.text;
  if (text !== undefined) {
    TimelineTextSchema.parse(proseValue(text));
    StoredTextSchema.parse(proseValue(text));
  }
  const map = timelineMap(doc).get(TimelineEventIdSchema.parse(id));
  if (!(map instanceof Y.Map)) return false;
  doc.transact(() => {
    for (const key of ['at', 'kind'] as const) {
      if (parsed[key] !== undefined) map.set(key, parsed[key]);
    }
    // The text is edited in place, so words others add meanwhile survive.
    if (text !== undefined) writeProse(map, 'text', text);
    // An empty source (undefined after parsing) removes it; no source leaves it alone.
    if (typeof patch.source === 'string') {
      if (parsed.source === undefined) map.delete('source');
      else map.set('source', parsed.source);
    }
    // Always forward, even within the millisecond it was written in: an import's undo
    // tells an edited event by its updatedAt having moved (timelineImport.ts).
    const previous = map.get('updatedAt');
    map.set('updatedAt', typeof previous === 'number' && previous >= now ? previous + 1 : now);
  }, origin);
  return true;
}

/** Deletes an event. Returns false when it was already gone. */
export function deleteTimelineEvent(doc: Y.Doc, id: string, origin?: unknown): boolean {
  const events = timelineMap(doc);
  if (!events.has(id)) return false;
  doc.transact(() => events.delete(id), origin);
  return true;
}

/** What {@link mergeEvents} did. */
export interface MergeResult {
  /** Events written. */
  added: number;
  /** Events left out because the timeline already had them (or the import, twice). */
  skipped: number;
  /** The importId stamped on the added events; null when nothing was added. */
  importId: string | null;
}

/**
 * Two events are the same event when instant, kind and trimmed text all match: equal
 * keys. Exported so an import preview marks exactly the events {@link mergeEvents} skips.
 */
export function sameEventKey(event: { at: number; kind: string; text: string }): string {
  return `${event.at}\u0000${event.kind}\u0000${event.text.trim()}`;
}

/**
 * Adds imported events to the timeline in one transaction, so one undo step takes the
 * whole import back. An event identical to one already there (same instant, kind and
 * text) is skipped, so importing the same file twice adds nothing. Existing events are
 * never changed or deleted: an import only ever adds.
 *
 * Every event is validated first; one bad event throws a ZodError and nothing is added.
 * Two people importing the same file at the same moment can still get duplicates; the
 * check sees only what this client has received.
 */
export function mergeEvents(
  doc: Y.Doc,
  events: readonly NewTimelineEvent[],
  origin?: unknown,
  now = Date.now(),
): MergeResult {
  const drafts = z.array(NewTimelineEventSchema).parse(events);
  const seen = new Set(readTimeline(doc).map(sameEventKey));
  const fresh = drafts.filter((draft) => {
    const key = sameEventKey(draft);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const skipped = drafts.length - fresh.length;
  if (fresh.length === 0) return { added: 0, skipped, importId: null };
  const importId = randomId(16);
  doc.transact(() => {
    for (const draft of fresh) writeNewEvent(doc, draft, now, importId);
  }, origin);
  return { added: fresh.length, skipped, importId };
}
