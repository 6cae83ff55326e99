/**
 * The postmortem's findings in the team's own words: what triggered the incident, the
 * leadup (how the fault came about), how it was found and how it could be found sooner, how the service recovered, what the team
 * learned, and the links that support it. Scope: document (board doc), written by
 * participants and the facilitator like the rest of the board; observers cannot.
 *
 * Filled where they come up in the session: trigger, leadup and detection in the Timeline phase,
 * recovery and lessons in Discuss; all editable afterwards. They feed the document's
 * executive page (export/build.ts). Lessons are their own text, not the root causes
 * again: one lesson per line.
 *
 * Stored flat, one key per field (`findingsMap`). The six texts are prose (doc/prose.ts),
 * a `Y.Text` each edited in place, so two people writing the same field keep their words;
 * the links are one whole list, last writer wins. Blank is the default; readers skip what
 * their schema rejects and {@link unreadableFindings} counts it.
 *
 * The commands check every limit, but a participant may write the board doc with any
 * Yjs update: the server brings what a peer wrote back within the limits at once
 * ({@link repairFindings}), so every reader sees what the team wrote, never a field
 * blanked by a crafted value.
 */
import * as Y from 'yjs';
import { z } from 'zod';
import { unreadableValue } from '../doc/entries.ts';
import { findingsMap } from '../doc/layout.ts';
import { proseValue, readProse, writeProse, type ProseInput } from '../doc/prose.ts';
import { IncidentLinkSchema } from './incident.ts';

/** Longest short finding (trigger, detection), in characters. */
export const FINDING_SHORT_MAX = 2000;
/** Longest long finding (leadup, recovery, lessons), in characters. */
export const FINDING_LONG_MAX = 5000;
/** Most supporting links a board keeps. */
export const SUPPORTING_LINKS_MAX = 20;

/** Prose as stored and read: not trimmed, since a text is edited in place. */
const prose = (label: string, max: number) =>
  z.string({ error: `${label} must be text` }).max(max, `${label} has at most ${max} characters`);

export const FindingsSchema = z.object({
  /** The trigger as a statement: what set the incident off (a deploy, a config push). */
  trigger: prose('The trigger', FINDING_SHORT_MAX),
  /**
   * The leadup and the fault as a narrative: the changes, conditions and earlier
   * decisions that set the incident up, and what did not work as expected.
   */
  leadup: prose('The leadup', FINDING_LONG_MAX),
  /** How the problem was found: the alert, the customer report, the person. */
  detection: prose('How it was found', FINDING_SHORT_MAX),
  /** What would have found it sooner. */
  detectionSooner: prose('How to find it sooner', FINDING_SHORT_MAX),
  /** The response and recovery in words: what stopped the impact, what brought the service back. */
  recovery: prose('Recovery notes', FINDING_LONG_MAX),
  /** What the team learned, one lesson per line. */
  lessons: prose('Lessons learned', FINDING_LONG_MAX),
  /** Dashboards, documents, tickets that support the analysis: label and http(s) URL. */
  links: z
    .array(IncidentLinkSchema, { error: 'Supporting links must be a list of label and URL' })
    .max(SUPPORTING_LINKS_MAX, `At most ${SUPPORTING_LINKS_MAX} supporting links`),
});
export type Findings = z.infer<typeof FindingsSchema>;

/** The findings of a board nobody has written any of. */
export const FINDINGS_DEFAULTS: Findings = {
  trigger: '',
  leadup: '',
  detection: '',
  detectionSooner: '',
  recovery: '',
  lessons: '',
  links: [],
};

/** The findings that are prose: a `Y.Text` each. */
export const FINDINGS_PROSE_KEYS = [
  'trigger',
  'leadup',
  'detection',
  'detectionSooner',
  'recovery',
  'lessons',
] as const;
export type FindingsProseKey = (typeof FINDINGS_PROSE_KEYS)[number];

export const FindingsProseKeySchema = z.enum(FINDINGS_PROSE_KEYS, {
  error: `A finding is one of ${FINDINGS_PROSE_KEYS.join(', ')}`,
});

const isProseKey = (key: string): key is FindingsProseKey =>
  (FINDINGS_PROSE_KEYS as readonly string[]).includes(key);

/** A stored value as its schema sees it: a prose finding as its text. */
function stored(map: Y.Map<unknown>, key: keyof Findings): unknown {
  const value = map.get(key);
  return isProseKey(key) ? (readProse(value) ?? value) : value;
}

/** The findings on the board. Missing or malformed fields read as blank. */
export function readFindings(doc: Y.Doc): Findings {
  const map = findingsMap(doc);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(FINDINGS_DEFAULTS) as (keyof Findings)[]) {
    const result = FindingsSchema.shape[key].safeParse(stored(map, key));
    out[key] = result.success ? result.data : FINDINGS_DEFAULTS[key];
  }
  return out as Findings;
}

/** Stored findings {@link readFindings} reads as blank because they are not valid. */
export function unreadableFindings(doc: Y.Doc): number {
  const map = findingsMap(doc);
  let count = 0;
  for (const key of Object.keys(FINDINGS_DEFAULTS) as (keyof Findings)[]) {
    count += unreadableValue(
      map,
      key,
      (value) =>
        FindingsSchema.shape[key].safeParse(isProseKey(key) ? (readProse(value) ?? value) : value)
          .success,
    );
  }
  return count;
}

/**
 * Edits a prose finding in place: to a new value, or by a field's change (doc/prose.ts),
 * so others' words typed meanwhile are kept.
 * @throws ZodError for an unknown field or a text too long; nothing changes.
 */
export function editFindingsProse(
  doc: Y.Doc,
  key: FindingsProseKey,
  input: ProseInput,
  origin?: unknown,
): void {
  const field = FindingsProseKeySchema.parse(key);
  FindingsSchema.shape[field].parse(proseValue(input));
  doc.transact(() => writeProse(findingsMap(doc), field, input), origin);
}

/**
 * Replaces the supporting links (an empty list removes them).
 * @throws ZodError for a bad link or too many; nothing changes.
 */
export function setSupportingLinks(
  doc: Y.Doc,
  links: readonly z.input<typeof IncidentLinkSchema>[],
  origin?: unknown,
): Findings['links'] {
  const parsed = FindingsSchema.shape.links.parse(links);
  doc.transact(() => {
    if (parsed.length === 0) findingsMap(doc).delete('links');
    else findingsMap(doc).set('links', parsed);
  }, origin);
  return parsed;
}

/** The lessons as a list: one per non-blank line, trimmed. */
export function lessonLines(lessons: string): string[] {
  return lessons
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** A prose finding brought within its limit: true when it was written. */
function repairProse(map: Y.Map<unknown>, key: FindingsProseKey): boolean {
  const value = map.get(key);
  const max = FindingsSchema.shape[key].maxLength ?? Infinity;
  if (value === undefined) return false;
  if (value instanceof Y.Text) {
    if (value.length <= max) return false;
    value.delete(max, value.length - max);
    return true;
  }
  if (typeof value === 'string') {
    if (value.length <= max) return false;
    map.set(key, value.slice(0, max));
    return true;
  }
  map.delete(key);
  return true;
}

/** The supporting links cut down to the valid ones, at most the limit: true when written. */
function repairLinks(map: Y.Map<unknown>): boolean {
  const value = map.get('links');
  if (value === undefined || FindingsSchema.shape.links.safeParse(value).success) return false;
  const valid = Array.isArray(value)
    ? value.flatMap((link) => IncidentLinkSchema.safeParse(link).data ?? [])
    : [];
  const kept = valid.slice(0, SUPPORTING_LINKS_MAX);
  if (kept.length === 0) map.delete('links');
  else map.set('links', kept);
  return true;
}

/**
 * Brings the stored findings within their schema, for a write that skipped the commands
 * (a crafted update): a prose finding past its limit is cut to it, one that is not text is
 * removed; the supporting links keep the valid ones, at most {@link SUPPORTING_LINKS_MAX}
 * (a `javascript:` address is not one). Writes in one transaction under `origin`, only
 * what needs it; true when it wrote.
 */
export function repairFindings(doc: Y.Doc, origin?: unknown): boolean {
  const map = findingsMap(doc);
  let wrote = false;
  doc.transact(() => {
    for (const key of FINDINGS_PROSE_KEYS) wrote = repairProse(map, key) || wrote;
    wrote = repairLinks(map) || wrote;
  }, origin);
  return wrote;
}
