/**
 * The postmortem document as a value: what the export renders, and itself the JSON
 * export format "for tools" (versioned by `schemaVersion`). Scope: none; it is derived
 * on demand from the board doc and the facilitation doc (build.ts) and never stored.
 *
 * A section is `null` while the session has not recorded it yet; the renderers say so.
 * Participants stay `null`: presence names are not stored anywhere the export reads.
 *
 * Anonymity (DESIGN.md): a card carries an `author` only when the board's plan has
 * named cards. Nothing here is read from a member's private doc.
 */
import { z } from 'zod';
import { INCIDENT_STATUSES, DEFAULT_SEVERITIES } from '../entities/incident.ts';
import { TIMELINE_KINDS } from '../entities/timelineEvent.ts';
import { ACTION_ITEM_STATUSES } from '../actions/status.ts';
import { POSTMORTEM_STATUSES } from '../entities/postmortemStatus.ts';
import { QUADRANTS } from '../actions/priority.ts';
import { ROLES } from '../roles.ts';
import { ACTION_TYPES } from '../entities/actionItem.ts';
import { DOCUMENT_TEMPLATES } from '../entities/documentTemplate.ts';

/**
 * Version of the document's shape, for tools that read the JSON export. Bump it (and
 * keep reading the old one: versions.ts) on a breaking change.
 *
 * - 1: the first shape.
 * - 2: cards, timeline events and action items carry their board `id`; a cluster whose
 *   cards come from several columns is listed under each of them, with that column's
 *   cards only. Added since, optional so earlier version 2 files still read: `outline`,
 *   `authors`, `trigger`, `leadup`, `detection`, `lessonsLearned`, `supportingLinks`, an action's
 *   `type`, and `resolution.notes` filled from the recovery notes.
 */
export const POSTMORTEM_SCHEMA_VERSION = 2;

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
  /** The event's id on the board: stable across exports, shared by `resolution.steps`. */
  id: z.string(),
  at: Instant,
  kind: z.enum(TIMELINE_KINDS),
  text: z.string(),
  source: z.string().nullable(),
});
export type ExportTimelineEvent = z.infer<typeof ExportTimelineEventSchema>;

export const ExportCardSchema = z.object({
  /** The card's public id on the board (the revealed copy's, never its author's): stable across exports. */
  id: z.string(),
  text: z.string(),
  /** Present on named-card boards only; never derived from presence or private docs. */
  author: z.string().optional(),
});
export type ExportCard = z.infer<typeof ExportCardSchema>;

/** A topic the team grouped cards into, in the Cluster phase. */
export const ExportClusterSchema = z.object({
  /** The cluster's id on the board; root causes and action items name it. */
  id: z.string(),
  /** The cluster's name; blank when nobody named it (renderers say "Unnamed cluster"). */
  title: z.string(),
  /**
   * Dots it got, once voting closed and the server recorded the tally; null before, and
   * for a cluster that was not on the ballot.
   */
  votes: z.number().int().nonnegative().nullable(),
  /**
   * Its cards of the column it is listed under, in their order inside it. A cluster
   * whose cards come from several columns is listed under each, with the same id, title
   * and votes.
   */
  cards: z.array(ExportCardSchema),
});
export type ExportCluster = z.infer<typeof ExportClusterSchema>;

/** One brainstorm column (what went well, what went wrong, where we got lucky...). */
export const ExportColumnSchema = z.object({
  id: z.string(),
  title: z.string(),
  prompt: z.string(),
  /**
   * The clusters holding cards of this column, each with those cards only, in discussion
   * order; null while the board has no cluster.
   */
  clusters: z.array(ExportClusterSchema).nullable(),
  /** Cards of this column in no cluster ("Unclustered"), in the revealed order. */
  cards: z.array(ExportCardSchema),
});
export type ExportColumn = z.infer<typeof ExportColumnSchema>;

/** One level of a five-whys chain. */
export const ExportWhySchema = z.object({
  /** The question asked at this level; may be blank. */
  why: z.string(),
  /** Its answer; may be blank. */
  because: z.string(),
  /** This is the level the team marked as the root cause (one per chain at most). */
  rootCause: z.boolean(),
});
export type ExportWhy = z.infer<typeof ExportWhySchema>;

/** The discussion of one cluster (Discuss phase): five whys down to a cause in the system. */
export const ExportRootCauseSchema = z.object({
  /** The cluster discussed. */
  clusterId: z.string(),
  /** Its name; blank when nobody named it. */
  topic: z.string(),
  /** The five-whys chain, first question first. */
  whys: z.array(ExportWhySchema),
  /** The marked level's answer (its question while unanswered); null when none is marked. */
  rootCause: z.string().nullable(),
  /** What made the incident likelier or worse without causing it. */
  factors: z.array(z.string()),
  /** The answer to "How can we reduce the impact if it happens again?"; blank when none. */
  reduceImpact: z.string(),
  /** Free notes taken during the discussion; blank when none. */
  notes: z.string(),
});
export type ExportRootCause = z.infer<typeof ExportRootCauseSchema>;

export const LESSON_KINDS = ['root cause', 'reduce impact'] as const;

/** A lesson, derived from a discussion (see build.ts for how). */
export const ExportLessonSchema = z.object({
  text: z.string(),
  /** Where it comes from: a marked root cause, or an answer on reducing the impact. */
  kind: z.enum(LESSON_KINDS),
  /** The cluster whose discussion it comes from, and its name (blank when unnamed). */
  clusterId: z.string(),
  topic: z.string(),
});
export type ExportLesson = z.infer<typeof ExportLessonSchema>;

export const ACTION_PRIORITIES = ['high', 'medium', 'low'] as const;
export const ACTION_STATUSES = ACTION_ITEM_STATUSES;

/** What an action item addresses: a cluster, a cause in its five whys, or both. */
export const ExportAddressesSchema = z.object({
  clusterId: z.string().nullable(),
  /** The cluster's name; null when the cluster is gone, blank when unnamed. */
  topic: z.string().nullable(),
  /** The five-whys level it targets: its answer (its question while unanswered). */
  cause: z.string().nullable(),
  /** That level is the marked root cause. */
  rootCause: z.boolean(),
});
export type ExportAddresses = z.infer<typeof ExportAddressesSchema>;

/** An action item (Actions phase), in "tackle first" order. */
export const ExportActionItemSchema = z.object({
  /** The action item's id on the board (the ledger's too): stable across exports. */
  id: z.string(),
  /** What to do, one line: the ticket's summary. */
  action: z.string(),
  /** Why, and anything the owner needs to know; blank when none. */
  details: z.string(),
  /** Who does it, by name; null when nobody took it yet. */
  owner: z.string().nullable(),
  /** The owner said "I own this". */
  ownerConfirmed: z.boolean(),
  due: CalendarDate.nullable(),
  /** The impact/effort quadrant; null until both are rated. */
  quadrant: z.enum(QUADRANTS).nullable(),
  /** The quadrant as a tracker's priority (actions/priority.ts); null while unrated. */
  priority: z.enum(ACTION_PRIORITIES).nullable(),
  status: z.enum(ACTION_STATUSES),
  /** Mitigate, prevent, detect or process; null until someone says. Absent in older files. */
  type: z.enum(ACTION_TYPES).nullable().optional(),
  /**
   * Why it is blocked or won't be done; null for the other statuses. Always written;
   * absent in files exported before statuses had reasons, which read as before.
   */
  reason: z.string().nullable().optional(),
  /** Done, or a won't do the facilitator or an admin accepted (actions/status.ts); as `reason`. */
  resolved: z.boolean().optional(),
  /** The ticket, when filed; http(s) only. */
  link: z.string().nullable(),
  /** What it addresses; null when it names neither a cluster nor a cause. */
  addresses: ExportAddressesSchema.nullable(),
});
export type ExportActionItem = z.infer<typeof ExportActionItemSchema>;

/** Who chases the actions until the follow-up review closes the postmortem (Owner phase). */
export const ExportOwnersSchema = z.object({
  /** One to three names. */
  names: z.array(z.string()),
  responsibilities: z.array(z.string()),
});
export type ExportOwners = z.infer<typeof ExportOwnersSchema>;

/** The follow-up review (Follow-up phase), in the zone it was scheduled in. */
export const ExportFollowUpSchema = z.object({
  /** When it starts. */
  at: Instant,
  /** Its calendar date and wall-clock start (`HH:MM`) in `timeZone`. */
  date: CalendarDate,
  time: z.string().regex(/^\d{2}:\d{2}$/),
  timeZone: z.string(),
  durationMinutes: z.number().int().positive(),
});
export type ExportFollowUp = z.infer<typeof ExportFollowUpSchema>;

export const ExportParticipantsSchema = z.object({
  role: z.enum(ROLES),
  names: z.array(z.string()),
});
export type ExportParticipants = z.infer<typeof ExportParticipantsSchema>;

/**
 * The document's sections; a template (export/outline.ts) gives their order. Listed here
 * in the default order: the executive page's sections are those before `timeline`.
 */
export const SECTION_KEYS = [
  'summary',
  'impact',
  'trigger',
  'leadup',
  'rootCauseSummary',
  'detection',
  'resolution',
  'topActions',
  'timeline',
  'analysis',
  'lessons',
  'actionItems',
  'followUp',
  'cards',
  'participants',
  'supportingLinks',
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export const ExportOutlineSchema = z.object({
  template: z.enum(DOCUMENT_TEMPLATES),
  /** Each section once, in order, with the heading the template gives it. */
  sections: z.array(z.object({ key: z.enum(SECTION_KEYS), heading: z.string() })),
});
export type ExportOutline = z.infer<typeof ExportOutlineSchema>;

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
  /** The section order and headings of the board's document template. Absent in older files. */
  outline: ExportOutlineSchema.optional(),
  /**
   * Who wrote it: the postmortem owner(s) agreed in the session and the facilitator(s)
   * the server saw. Absent in older files.
   */
  authors: z.object({ owners: z.array(z.string()), facilitators: z.array(z.string()) }).optional(),
  /** IANA zone every instant is shown in. */
  timeZone: z.string(),
  status: z.object({
    severity: z.enum(DEFAULT_SEVERITIES).nullable(),
    incident: z.enum(INCIDENT_STATUSES).nullable(),
    /** Where the retrospective meeting stands. */
    session: z.enum(['preparing', 'running', 'finished']),
    sessionStartedAt: Instant.nullable(),
    sessionFinishedAt: Instant.nullable(),
    /** Where the postmortem stands; never `closed` while an action is not done. */
    postmortem: z.enum(POSTMORTEM_STATUSES),
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
  /** What set the incident off, as a statement; null while nobody wrote it. Absent in older files. */
  trigger: z.string().nullable().optional(),
  /**
   * The leadup and the fault in the team's words: what set the incident up and what did
   * not work as expected; null while nobody wrote it. Absent in older files.
   */
  leadup: z.string().nullable().optional(),
  /** How it was found and how to find it sooner; blank when unwritten. Absent in older files. */
  detection: z.object({ howFound: z.string(), sooner: z.string() }).optional(),
  /** The discussed clusters, in discussion order; null while none is discussed. */
  rootCauses: z.array(ExportRootCauseSchema).nullable(),
  /** How the impact was stopped and the system recovered. */
  resolution: z.object({
    /** Mitigation, resolution and failed attempts from the timeline, in order. */
    steps: z.array(ExportTimelineEventSchema),
    /** The recovery notes the team wrote (Discuss phase); null while there are none. */
    notes: z.string().nullable(),
  }),
  /**
   * Derived from the discussions; null while they hold none. Kept for tools; the
   * documents show {@link lessonsLearned}, which the team writes.
   */
  lessons: z.array(ExportLessonSchema).nullable(),
  /** The lessons the team wrote, one per entry; null while none. Absent in older files. */
  lessonsLearned: z.array(z.string()).nullable().optional(),
  /** Dashboards, documents, tickets supporting the analysis. Absent in older files. */
  supportingLinks: z.array(ExportLinkSchema).optional(),
  /** In "tackle first" order; null while there is none. */
  actionItems: z.array(ExportActionItemSchema).nullable(),
  /** Null until the team agrees on an owner. */
  owners: ExportOwnersSchema.nullable(),
  /** Null until the review is scheduled. */
  followUp: ExportFollowUpSchema.nullable(),
  /** Who took part, by role (later: presence names are not stored). */
  participants: z.array(ExportParticipantsSchema).nullable(),
});
export type PostmortemDocument = z.infer<typeof PostmortemDocumentSchema>;
