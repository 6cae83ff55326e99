/**
 * The postmortem document as a value: what the export renders, and itself the JSON
 * export format "for tools" (versioned by `schemaVersion`). Scope: none; it is derived
 * on demand from the board doc and the facilitation doc (build.ts) and never stored.
 *
 * Sections that later phases will fill (clusters, root causes, lessons, action items,
 * owner, follow-up, participants) already have their shape here. `null` means "not
 * recorded yet": the renderers print that, so a later issue only has to fill the value.
 *
 * Anonymity (DESIGN.md): a card carries an `author` only when the board's plan has
 * named cards. Nothing here is read from a member's private doc.
 */
import { z } from 'zod';
import { INCIDENT_STATUSES, DEFAULT_SEVERITIES } from '../entities/incident.ts';
import { TIMELINE_KINDS } from '../entities/timelineEvent.ts';
import { ROLES } from '../roles.ts';

/** Version of the document's shape. Bump it (and keep reading the old one) on a breaking change. */
export const POSTMORTEM_SCHEMA_VERSION = 1;

/** An instant as ISO 8601 text in UTC (`2026-11-03T14:02:00.000Z`); shown in the incident's zone. */
const Instant = z.iso.datetime();
/** A calendar date, `2026-11-20`. */
const CalendarDate = z.iso.date();

export const ExportLinkSchema = z.object({
  label: z.string(),
  /** Always an absolute http(s) URL; anything else never reaches the document. */
  url: z.string(),
});
export type ExportLink = z.infer<typeof ExportLinkSchema>;

export const ExportMetricSchema = z.object({
  /** The duration, ms. */
  ms: z.number().int().nonnegative(),
  /** `incident` when both ends are incident facts, `timeline` when both are events. */
  source: z.enum(['incident', 'timeline', 'mixed']),
});
export type ExportMetric = z.infer<typeof ExportMetricSchema>;

export const ExportTimelineEventSchema = z.object({
  at: Instant,
  kind: z.enum(TIMELINE_KINDS),
  text: z.string(),
  source: z.string().nullable(),
});
export type ExportTimelineEvent = z.infer<typeof ExportTimelineEventSchema>;

export const ExportCardSchema = z.object({
  text: z.string(),
  /** Present on named-card boards only; never derived from presence or private docs. */
  author: z.string().optional(),
});
export type ExportCard = z.infer<typeof ExportCardSchema>;

/** A topic the team grouped cards into (Cluster phase; later). */
export const ExportClusterSchema = z.object({
  title: z.string(),
  /** Votes the cluster got, null when nobody voted. */
  votes: z.number().int().nonnegative().nullable(),
  cards: z.array(ExportCardSchema),
});
export type ExportCluster = z.infer<typeof ExportClusterSchema>;

/** One brainstorm column (what went well, what went wrong, where we got lucky...). */
export const ExportColumnSchema = z.object({
  id: z.string(),
  title: z.string(),
  prompt: z.string(),
  /** Clusters of this column, in vote order; null until the cluster phase records them. */
  clusters: z.array(ExportClusterSchema).nullable(),
  /** Cards in no cluster (every card while `clusters` is null), in the revealed order. */
  cards: z.array(ExportCardSchema),
});
export type ExportColumn = z.infer<typeof ExportColumnSchema>;

/** Five whys down to a cause in the system or the process (Discuss phase; later). */
export const ExportRootCauseSchema = z.object({
  /** The cluster or problem discussed. */
  topic: z.string(),
  /** Each answer to "why?", in order. */
  whys: z.array(z.string()),
  rootCause: z.string(),
  /** How to reduce the impact if it happens again. */
  reduceImpact: z.string().nullable(),
});
export type ExportRootCause = z.infer<typeof ExportRootCauseSchema>;

export const ACTION_PRIORITIES = ['high', 'medium', 'low'] as const;
export const ACTION_STATUSES = ['open', 'in progress', 'done'] as const;

/** An action item (Actions phase; later). */
export const ExportActionItemSchema = z.object({
  /** What to do, one line: the ticket's summary. */
  action: z.string(),
  /** Why, and anything the owner needs to know. */
  details: z.string(),
  /** Who does it, by name; null when nobody took it yet. */
  owner: z.string().nullable(),
  due: CalendarDate.nullable(),
  /** From the impact/effort matrix. */
  priority: z.enum(ACTION_PRIORITIES).nullable(),
  status: z.enum(ACTION_STATUSES),
  /** The ticket, when filed; http(s) only. */
  link: z.string().nullable(),
});
export type ExportActionItem = z.infer<typeof ExportActionItemSchema>;

export const ExportParticipantsSchema = z.object({
  role: z.enum(ROLES),
  names: z.array(z.string()),
});
export type ExportParticipants = z.infer<typeof ExportParticipantsSchema>;

export const PostmortemDocumentSchema = z.object({
  schemaVersion: z.literal(POSTMORTEM_SCHEMA_VERSION),
  /** When this document was rendered. */
  generatedAt: Instant,
  board: z.object({
    id: z.string(),
    template: z.string(),
    createdAt: Instant.nullable(),
  }),
  /** The document's heading: the board's title. */
  title: z.string(),
  /** IANA zone every instant is shown in. */
  timeZone: z.string(),
  status: z.object({
    severity: z.enum(DEFAULT_SEVERITIES).nullable(),
    incident: z.enum(INCIDENT_STATUSES).nullable(),
    /** Where the retrospective meeting stands. */
    session: z.enum(['preparing', 'running', 'finished']),
    sessionStartedAt: Instant.nullable(),
    sessionFinishedAt: Instant.nullable(),
  }),
  /** The incident facts. */
  summary: z.object({
    /** The incident's own headline; may equal `title`, or be blank. */
    incidentTitle: z.string(),
    text: z.string(),
    startedAt: Instant.nullable(),
    detectedAt: Instant.nullable(),
    mitigatedAt: Instant.nullable(),
    resolvedAt: Instant.nullable(),
    services: z.array(z.string()),
    channel: z.string(),
    links: z.array(ExportLinkSchema),
  }),
  impact: z.object({
    usersAffected: z.number().int().nonnegative().nullable(),
    durationMinutes: z.number().int().nonnegative().nullable(),
    revenueLost: z.string(),
    errorBudgetBurned: z.string(),
    description: z.string(),
  }),
  timeline: z.object({
    events: z.array(ExportTimelineEventSchema),
    timeToDetect: ExportMetricSchema.nullable(),
    timeToMitigate: ExportMetricSchema.nullable(),
    timeToResolve: ExportMetricSchema.nullable(),
  }),
  /** What went well, what went wrong, where we got lucky: the revealed cards by column. */
  retrospective: z.object({
    /** False until the facilitator reveals the cards; no card text exists here before. */
    revealed: z.boolean(),
    /** The board's plan names card authors. */
    namedCards: z.boolean(),
    columns: z.array(ExportColumnSchema),
  }),
  rootCauses: z.array(ExportRootCauseSchema).nullable(),
  /** How the impact was stopped and the system recovered. */
  resolution: z.object({
    /** Mitigation, resolution and failed attempts from the timeline, in order. */
    steps: z.array(ExportTimelineEventSchema),
    /** What the team wrote about the recovery (later). */
    notes: z.string().nullable(),
  }),
  lessons: z.array(z.string()).nullable(),
  actionItems: z.array(ExportActionItemSchema).nullable(),
  /** Who follows the actions until they are done (Owner phase; later). */
  owners: z.array(z.string()).nullable(),
  /** When the follow-up review is (Follow-up phase; later). */
  followUp: z.object({ at: Instant, note: z.string() }).nullable(),
  /** Who took part, by role (later: presence names are not stored). */
  participants: z.array(ExportParticipantsSchema).nullable(),
});
export type PostmortemDocument = z.infer<typeof PostmortemDocumentSchema>;
