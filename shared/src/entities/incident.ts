/**
 * The incident facts: what happened, how bad, when, to whom. Scope: document (board
 * doc). The facilitator fills them in before the meeting; anyone on the board may
 * correct them. They head the postmortem document and feed the derived figures
 * (timeline/metrics.ts).
 *
 * Stored flat, one key per field (`impact.usersAffected` included), so two people
 * filling in different facts at once both keep their edit; a field is last-writer-wins.
 * Lists (services, links) are one value each: the last whole list written wins.
 * Every fact may be blank (null, '' or []) until someone knows it; a blank is stored as
 * an absent key.
 *
 * The summary and the impact in words are prose (doc/prose.ts): a `Y.Text` each, edited
 * in place, so two people writing the same paragraph at once both keep their words,
 * deletions included. They are read as typed, not trimmed; the document trims them.
 */
import * as Y from 'yjs';
import { z } from 'zod';
import { unreadableValue } from '../doc/entries.ts';
import { incidentMap } from '../doc/layout.ts';
import { proseValue, readProse, writeProse, type ProseInput } from '../doc/prose.ts';
import { instantSchema } from '../time/instant.ts';
import { DEFAULT_TIME_ZONE, TimeZoneSchema } from '../time/zone.ts';

/** Severity levels, most severe first. Templates may bring their own list later. */
export const DEFAULT_SEVERITIES = ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const;
export type Severity = (typeof DEFAULT_SEVERITIES)[number];

/** What each level usually means, for the picker's hints. */
export const SEVERITY_HINTS: Readonly<Record<Severity, string>> = {
  SEV1: 'critical: a core service is down or data is at risk for many customers',
  SEV2: 'major: a core feature is broken or badly degraded for many customers',
  SEV3: 'minor: partial degradation, a workaround exists, or few customers affected',
  SEV4: 'low: little customer impact; worth learning from',
};

/**
 * Where the response stands, the status-page vocabulary every responder knows. A
 * postmortem is usually held once the incident is `resolved`; closing the postmortem
 * itself (every action item done) is tracked by the follow-up, not here.
 */
export const INCIDENT_STATUSES = ['investigating', 'identified', 'monitoring', 'resolved'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const INCIDENT_STATUS_HINTS: Readonly<Record<IncidentStatus, string>> = {
  investigating: 'impact is known, the cause is not',
  identified: 'the cause is known, a fix is under way',
  monitoring: 'a fix or mitigation is in place and being watched',
  resolved: 'the impact is over',
};

/** The four instants of an incident, in the order they must happen, with their labels. */
export const INCIDENT_TIMES = [
  ['startedAt', 'Started'],
  ['detectedAt', 'Detected'],
  ['mitigatedAt', 'Mitigated'],
  ['resolvedAt', 'Resolved'],
] as const;
export type IncidentTimeField = (typeof INCIDENT_TIMES)[number][0];

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, `${label} has at most ${max} characters`);

/** Prose as stored and read: not trimmed, since a text is edited in place. */
const prose = (label: string, max: number) =>
  z.string({ error: `${label} must be text` }).max(max, `${label} has at most ${max} characters`);

const count = (label: string) =>
  z
    .number({ error: `${label} must be a number` })
    .int(`${label} must be a whole number`)
    .min(0, `${label} must not be negative`)
    .max(Number.MAX_SAFE_INTEGER, `${label} is too large`)
    .nullable();

/** True for an absolute http(s) URL: the only links a board shows, so no `javascript:`. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export const IncidentLinkSchema = z.object({
  /** What the link is: "Incident channel", "Dashboard", "INC-4821". */
  label: z
    .string({ error: 'A link needs a label' })
    .trim()
    .min(1, 'A link needs a label')
    .max(60, 'A link label has at most 60 characters'),
  /** Where it goes; http and https only. */
  url: z
    .string({ error: 'A link needs a URL' })
    .trim()
    .max(2000, 'A link has at most 2000 characters')
    .refine(isHttpUrl, 'A link must be a full http:// or https:// address'),
});
export type IncidentLink = z.infer<typeof IncidentLinkSchema>;

export const IncidentImpactSchema = z.object({
  /** How many users (customers, accounts) saw the problem, when known. */
  usersAffected: count('Users affected'),
  /** How long users were affected, in minutes; may differ from started → resolved. */
  durationMinutes: count('Impact duration'),
  /** Money lost, as people say it ("USD 212,000", "about 200k EUR"): currencies vary. */
  revenueLost: text('Revenue lost', 120),
  /** Error budget burned, as the SLO owner says it ("38% of the monthly budget"). */
  errorBudgetBurned: text('Error budget burned', 120),
  /** The impact in words: who, where, how badly. */
  description: prose('Impact description', 2000),
});
export type IncidentImpact = z.infer<typeof IncidentImpactSchema>;

export const IncidentSchema = z.object({
  /** The incident's headline. Often also the board's title, but edited separately. */
  title: text('Title', 200),
  /** One of {@link DEFAULT_SEVERITIES}; null until triaged. */
  severity: z
    .enum(DEFAULT_SEVERITIES, {
      error: `Severity must be one of ${DEFAULT_SEVERITIES.join(', ')}`,
    })
    .nullable(),
  /** One of {@link INCIDENT_STATUSES}; null when not stated. */
  status: z
    .enum(INCIDENT_STATUSES, {
      error: `Status must be one of ${INCIDENT_STATUSES.join(', ')}`,
    })
    .nullable(),
  /** IANA zone the incident is told in (times are shown in it), canonical spelling. */
  timeZone: TimeZoneSchema,
  /** When the impact began (ms); not when it was noticed. */
  startedAt: instantSchema('Started').nullable(),
  /** When a person or an alert noticed the problem (ms). */
  detectedAt: instantSchema('Detected').nullable(),
  /** When the impact stopped or was contained, even if not yet fixed (ms). */
  mitigatedAt: instantSchema('Mitigated').nullable(),
  /** When the system was back to normal (ms). */
  resolvedAt: instantSchema('Resolved').nullable(),
  /** What the incident cost. */
  impact: IncidentImpactSchema,
  /** What happened and why, in a paragraph: the document's opening. */
  summary: prose('Summary', 5000),
  /** Services affected, by name, each once, in the order given. */
  services: z
    .array(
      z
        .string({ error: 'A service must be a name' })
        .trim()
        .min(1, 'A service needs a name')
        .max(80, 'A service name has at most 80 characters'),
      { error: 'Services must be a list of names' },
    )
    .max(50, 'At most 50 services')
    .transform((names) => [...new Set(names)]),
  /** The incident channel's name when it is not a link, e.g. `#inc-2026-11-03-checkout`. */
  channel: text('Incident channel', 120),
  /** Incident channel, dashboards, tickets: label and http(s) URL. */
  links: z
    .array(IncidentLinkSchema, { error: 'Links must be a list of label and URL' })
    .max(20, 'At most 20 links'),
});
export type Incident = z.infer<typeof IncidentSchema>;

/** The facts of a board nobody has filled in yet. */
export const INCIDENT_DEFAULTS: Incident = {
  title: '',
  severity: null,
  status: null,
  timeZone: DEFAULT_TIME_ZONE,
  startedAt: null,
  detectedAt: null,
  mitigatedAt: null,
  resolvedAt: null,
  impact: {
    usersAffected: null,
    durationMinutes: null,
    revenueLost: '',
    errorBudgetBurned: '',
    description: '',
  },
  summary: '',
  services: [],
  channel: '',
  links: [],
};

/** A change to some facts; `impact` may name only the impact fields that change. */
export const IncidentPatchSchema = IncidentSchema.extend({
  impact: IncidentImpactSchema.partial().strict(),
})
  .partial()
  .strict();
export type IncidentPatch = z.input<typeof IncidentPatchSchema>;

/** One problem with one field, ready to show next to it. */
export interface IncidentIssue {
  /** The field: `detectedAt`, `impact.usersAffected`, `links.1.url`. */
  path: string;
  /** A sentence for a person: "Detected must not be before Started". */
  message: string;
}

/** Thrown by the incident commands; nothing was changed. */
export class IncidentValidationError extends Error {
  override readonly name = 'IncidentValidationError';
  constructor(readonly issues: readonly IncidentIssue[]) {
    super(issues.map((i) => i.message).join('; '));
  }
}

/** Zod issues as field issues; items of a list are named ("Link 2: …"). */
function toIssues(error: z.ZodError): IncidentIssue[] {
  return error.issues.map((issue) => {
    const [field, index] = issue.path;
    const item = field === 'links' ? 'Link' : field === 'services' ? 'Service' : null;
    const message =
      item && typeof index === 'number' ? `${item} ${index + 1}: ${issue.message}` : issue.message;
    return { path: issue.path.map(String).join('.'), message };
  });
}

/**
 * The order problems among the four instants: each must not be before the ones listed
 * before it in {@link INCIDENT_TIMES}. Only pairs that involve a field in `touched`
 * are reported (all pairs when omitted), so an edit is refused for what it breaks, not
 * for an inconsistency two concurrent edits left behind elsewhere.
 */
export function checkIncidentTimes(
  incident: Pick<Incident, IncidentTimeField>,
  touched?: ReadonlySet<string>,
): IncidentIssue[] {
  const issues: IncidentIssue[] = [];
  INCIDENT_TIMES.forEach(([later, laterLabel], j) => {
    // The nearest earlier instant it contradicts, so the message names the neighbour.
    const earlierOnes = INCIDENT_TIMES.slice(0, j).reverse();
    const broken = earlierOnes.find(([earlier]) => {
      const a = incident[earlier];
      const b = incident[later];
      const relevant = !touched || touched.has(later) || touched.has(earlier);
      return a !== null && b !== null && b < a && relevant;
    });
    if (!broken) return;
    const [earlier, earlierLabel] = broken;
    const path = !touched || touched.has(later) ? later : earlier;
    issues.push({ path, message: `${laterLabel} must not be before ${earlierLabel}` });
  });
  return issues;
}

type StoredKey = Exclude<keyof Incident, 'impact'> | `impact.${keyof IncidentImpact}`;

/** The facts that are prose: a `Y.Text` each (or a string stored before they were). */
export const INCIDENT_PROSE_KEYS = ['summary', 'impact.description'] as const;
export type IncidentProseKey = (typeof INCIDENT_PROSE_KEYS)[number];

function isProseKey(key: string): key is IncidentProseKey {
  return (INCIDENT_PROSE_KEYS as readonly string[]).includes(key);
}

/** A stored fact as its schema sees it: a prose fact as its text, anything else as found. */
function storedFact(map: Y.Map<unknown>, key: string): unknown {
  const stored = map.get(key);
  return isProseKey(key) ? (readProse(stored) ?? stored) : stored;
}

/** The facts on the board. Missing or malformed fields read as their defaults. */
export function readIncident(doc: Y.Doc): Incident {
  const map = incidentMap(doc);
  const read = <T>(key: StoredKey, schema: z.ZodType<T>, fallback: T): T => {
    const stored = storedFact(map, key);
    if (stored === undefined) return fallback;
    const result = schema.safeParse(stored);
    return result.success ? result.data : fallback;
  };
  const fields = IncidentSchema.shape;
  const impactFields = IncidentImpactSchema.shape;
  const d = INCIDENT_DEFAULTS;
  return {
    title: read('title', fields.title, d.title),
    severity: read('severity', fields.severity, d.severity),
    status: read('status', fields.status, d.status),
    timeZone: read('timeZone', fields.timeZone, d.timeZone),
    startedAt: read('startedAt', fields.startedAt, d.startedAt),
    detectedAt: read('detectedAt', fields.detectedAt, d.detectedAt),
    mitigatedAt: read('mitigatedAt', fields.mitigatedAt, d.mitigatedAt),
    resolvedAt: read('resolvedAt', fields.resolvedAt, d.resolvedAt),
    impact: {
      usersAffected: read('impact.usersAffected', impactFields.usersAffected, null),
      durationMinutes: read('impact.durationMinutes', impactFields.durationMinutes, null),
      revenueLost: read('impact.revenueLost', impactFields.revenueLost, ''),
      errorBudgetBurned: read('impact.errorBudgetBurned', impactFields.errorBudgetBurned, ''),
      description: read('impact.description', impactFields.description, ''),
    },
    summary: read('summary', fields.summary, d.summary),
    services: read('services', fields.services, d.services),
    channel: read('channel', fields.channel, d.channel),
    links: read('links', fields.links, d.links),
  };
}

/** Stored facts {@link readIncident} reads as their defaults because they are not valid. */
export function unreadableIncidentFacts(doc: Y.Doc): number {
  const map = incidentMap(doc);
  const fields: Record<string, z.ZodType> = { ...IncidentSchema.shape };
  for (const [key, schema] of Object.entries(IncidentImpactSchema.shape)) {
    fields[`impact.${key}`] = schema;
  }
  let count = 0;
  for (const [key, schema] of Object.entries(fields)) {
    if (key === 'impact') continue;
    const valid = (value: unknown) =>
      schema.safeParse(isProseKey(key) ? (readProse(value) ?? value) : value).success;
    count += unreadableValue(map, key, valid);
  }
  return count;
}

/**
 * Validates a patch against the facts on the board, without writing it.
 * @returns the facts as they would be after the patch, and the stored keys it sets.
 * @throws IncidentValidationError naming every bad field.
 */
export function checkIncidentPatch(
  current: Incident,
  patch: IncidentPatch,
): { next: Incident; writes: Map<StoredKey, unknown> } {
  const parsed = IncidentPatchSchema.safeParse(patch);
  if (!parsed.success) throw new IncidentValidationError(toIssues(parsed.error));
  const { impact = {}, ...top } = parsed.data;
  // A key given as undefined is a key not given.
  const given = <T extends object>(o: T) =>
    Object.entries(o).filter(([, value]) => value !== undefined) as [string, unknown][];
  const writes = new Map<StoredKey, unknown>();
  for (const [key, value] of given(top)) writes.set(key as StoredKey, value);
  for (const [key, value] of given(impact)) writes.set(`impact.${key}` as StoredKey, value);
  const next: Incident = {
    ...current,
    ...Object.fromEntries(given(top)),
    impact: { ...current.impact, ...Object.fromEntries(given(impact)) },
  };
  const timeIssues = checkIncidentTimes(next, new Set(writes.keys()));
  if (timeIssues.length > 0) throw new IncidentValidationError(timeIssues);
  return { next, writes };
}

/**
 * Changes some facts, in one transaction. Every field is validated first, and the four
 * instants against each other; on any problem nothing changes and an
 * {@link IncidentValidationError} names the field ("Detected must not be before Started").
 * @returns the facts after the change.
 */
export function updateIncident(doc: Y.Doc, patch: IncidentPatch, origin?: unknown): Incident {
  const { next, writes } = checkIncidentPatch(readIncident(doc), patch);
  if (writes.size === 0) return next;
  doc.transact(() => {
    const map = incidentMap(doc);
    for (const [key, value] of writes) {
      const blank = value === null || value === '' || (Array.isArray(value) && value.length === 0);
      // A prose fact is edited in place once it is a text, so words others add survive.
      if (isProseKey(key) && (!blank || map.get(key) instanceof Y.Text)) {
        writeProse(map, key, value as string);
      } else if (blank) map.delete(key);
      else map.set(key, value);
    }
  }, origin);
  return next;
}

/**
 * Edits a prose fact (the summary, the impact in words) in place: to a new value, or by
 * a field's change (doc/prose.ts), so others' edits meanwhile are kept.
 * @throws IncidentValidationError when the new value is too long; nothing changes.
 */
export function editIncidentProse(
  doc: Y.Doc,
  key: IncidentProseKey,
  input: ProseInput,
  origin?: unknown,
): void {
  const schema =
    key === 'summary' ? IncidentSchema.shape.summary : IncidentImpactSchema.shape.description;
  const parsed = schema.safeParse(proseValue(input));
  if (!parsed.success) {
    throw new IncidentValidationError(
      parsed.error.issues.map((i) => ({ path: key, message: i.message })),
    );
  }
  doc.transact(() => writeProse(incidentMap(doc), key, input), origin);
}
