/**
 * Builds the {@link PostmortemDocument} from what a board holds. Pure: `buildPostmortem`
 * works on plain values; `postmortemFromDocs` only reads the two shared docs into them.
 *
 * Only the board doc and the facilitation doc are read, never a member's private doc,
 * so the export can hold nothing a participant on the board could not already see;
 * votes arrive as the server's tally, never as ballots. The sections are built in
 * buildRetrospective.ts (cards, clusters, root causes, lessons) and
 * buildFollowThrough.ts (actions, owners, follow-up, status).
 */
import type * as Y from 'yjs';
import { readActionItems, type ActionItem } from '../entities/actionItem.ts';
import type { BoardMeta } from '../entities/boardMeta.ts';
import { readClusters } from '../entities/cluster.ts';
import { readDiscussion, type Discussion } from '../entities/discussion.ts';
import { readPlan, readSession } from '../entities/facilitation.ts';
import { readFollowUp, type FollowUp } from '../entities/followUp.ts';
import {
  FINDINGS_DEFAULTS,
  lessonLines,
  readFindings,
  type Findings,
} from '../entities/findings.ts';
import { readDocumentTemplate, type DocumentTemplate } from '../entities/documentTemplate.ts';
import { readIncident, type Incident } from '../entities/incident.ts';
import { readPostmortemOwner, type PostmortemOwner } from '../entities/postmortemOwner.ts';
import { readPostmortemStatus, type PostmortemStatus } from '../entities/postmortemStatus.ts';
import { readRevealedCards, type RevealedCard } from '../entities/revealedCard.ts';
import { readTimeline, type TimelineEvent } from '../entities/timelineEvent.ts';
import { readVoting, type Voting } from '../entities/voting.ts';
import type { SessionPlan } from '../session/plan.ts';
import type { SessionState } from '../session/session.ts';
import { templateById } from '../templates.ts';
import { computeMetrics, type Metric } from '../timeline/metrics.ts';
import {
  POSTMORTEM_SCHEMA_VERSION,
  PostmortemDocumentSchema,
  type ExportMetric,
  type ExportParticipants,
  type ExportTimelineEvent,
  type PostmortemDocument,
} from './document.ts';
import { safeHref } from './escape.ts';
import { outlineOf } from './outline.ts';
import { actionItemsOf, followUpOf, ownersOf, postmortemStatusOf } from './buildFollowThrough.ts';
import {
  columnsOf,
  lessonsOf,
  placedClusters,
  rootCausesOf,
  tidyDiscussion,
  type SourceCluster,
} from './buildRetrospective.ts';

/** Everything the document is made from, as read from the board's shared docs. */
export interface PostmortemSource {
  readonly boardId: string;
  /** The board row: title, template, creation time. */
  readonly meta: BoardMeta;
  readonly incident: Incident;
  readonly timeline: readonly TimelineEvent[];
  readonly plan: SessionPlan;
  readonly session: SessionState;
  readonly revealedCards: readonly RevealedCard[];
  /** The clusters of revealed cards (`readClusters`); any others are ignored. */
  readonly clusters: readonly SourceCluster[];
  /** The clusters' discussions; one nobody started may be left out. */
  readonly discussions: readonly Discussion[];
  /** Dot voting: the tally orders the clusters once it is recorded. */
  readonly voting: Voting;
  readonly actionItems: readonly ActionItem[];
  readonly owner: PostmortemOwner;
  readonly followUp: FollowUp | null;
  readonly postmortemStatus: PostmortemStatus;
  /** Trigger, detection, recovery, lessons, supporting links; blank when omitted. */
  readonly findings?: Findings | undefined;
  /** The document template; the default when omitted. */
  readonly documentTemplate?: DocumentTemplate | undefined;
  /**
   * Who took part, by role, as the server recorded them from presence. Names only: they
   * say nothing of who wrote which card. Omitted when unknown.
   */
  readonly participants?: readonly ExportParticipants[] | undefined;
}

export interface BuildOptions {
  /** The time of the export, ms; the caller's clock, so tests can fix it. */
  readonly now: number;
}

/** Title of a board nobody named, which BoardTitleSchema makes rare. */
const UNTITLED = 'Untitled postmortem';

/** Timeline kinds that tell how the impact was stopped. */
const RESOLUTION_KINDS: ReadonlySet<string> = new Set([
  'failed attempt',
  'mitigation',
  'resolution',
]);

/** A list, or null ("not recorded yet") when it is empty. */
const orNull = <T>(list: T[]): T[] | null => (list.length > 0 ? list : null);

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

function metric(m: Metric | null): ExportMetric | null {
  return m && { ms: m.ms, source: m.source };
}

function event(e: TimelineEvent): ExportTimelineEvent {
  return {
    id: e.id,
    at: new Date(e.at).toISOString(),
    kind: e.kind,
    text: e.text.trim(),
    source: e.source ?? null,
  };
}

/** A link list with only http(s) URLs: the model admits no other, checked again so no renderer trusts it. */
const httpLinks = (links: readonly { label: string; url: string }[]) =>
  links.filter((l) => safeHref(l.url) !== null).map((l) => ({ ...l }));

/** Who wrote it: the owners agreed in the session, the facilitators the server saw. */
function authorsOf(source: PostmortemSource): { owners: string[]; facilitators: string[] } {
  const facilitators = (source.participants ?? [])
    .filter((g) => g.role === 'facilitator')
    .flatMap((g) => g.names);
  return { owners: [...source.owner.names], facilitators: [...new Set(facilitators)].sort() };
}

/** The postmortem document of a board, validated against its schema. */
export function buildPostmortem(
  source: PostmortemSource,
  { now }: BuildOptions,
): PostmortemDocument {
  const { meta, incident, timeline, plan, session } = source;
  const metrics = computeMetrics(incident, timeline);
  const retrospective = {
    plan,
    revealed: session.revealed,
    revealedCards: source.revealedCards,
    clusters: source.clusters,
    voting: source.voting,
  };
  const clusters = placedClusters(retrospective);
  const discussions = source.discussions.map(tidyDiscussion);
  const rootCauses = rootCausesOf(clusters, discussions);
  const lessons = lessonsOf(rootCauses);
  const actionItems = actionItemsOf(source.actionItems, clusters, discussions);
  const findings = source.findings ?? FINDINGS_DEFAULTS;
  const document: PostmortemDocument = {
    schemaVersion: POSTMORTEM_SCHEMA_VERSION,
    generatedAt: new Date(now).toISOString(),
    board: {
      id: source.boardId,
      template: meta.template,
      createdAt: iso(meta.createdAt),
    },
    title: meta.title || incident.title || UNTITLED,
    outline: outlineOf(source.documentTemplate ?? 'default'),
    authors: authorsOf(source),
    timeZone: incident.timeZone,
    status: {
      severity: incident.severity,
      incident: incident.status,
      session: session.status,
      sessionStartedAt: iso(session.startedAt),
      sessionFinishedAt: iso(session.finishedAt),
      postmortem: postmortemStatusOf(source.postmortemStatus, source.actionItems),
    },
    summary: {
      incidentTitle: incident.title,
      text: incident.summary.trim(),
      startedAt: iso(incident.startedAt),
      detectedAt: iso(incident.detectedAt),
      mitigatedAt: iso(incident.mitigatedAt),
      resolvedAt: iso(incident.resolvedAt),
      services: [...incident.services],
      channel: incident.channel,
      links: httpLinks(incident.links),
    },
    impact: { ...incident.impact, description: incident.impact.description.trim() },
    timeline: {
      events: timeline.map(event),
      timeToDetect: metric(metrics.timeToDetect),
      timeToMitigate: metric(metrics.timeToMitigate),
      timeToResolve: metric(metrics.timeToResolve),
    },
    retrospective: {
      revealed: session.revealed,
      namedCards: plan.namedCards,
      columns: columnsOf(retrospective, clusters),
    },
    trigger: findings.trigger.trim() || null,
    leadup: findings.leadup.trim() || null,
    detection: { howFound: findings.detection.trim(), sooner: findings.detectionSooner.trim() },
    rootCauses: orNull(rootCauses),
    resolution: {
      steps: timeline.filter((e) => RESOLUTION_KINDS.has(e.kind)).map(event),
      notes: findings.recovery.trim() || null,
    },
    lessons: orNull(lessons),
    lessonsLearned: orNull(lessonLines(findings.lessons)),
    supportingLinks: httpLinks(findings.links),
    actionItems: orNull(actionItems),
    owners: ownersOf(source.owner),
    followUp: followUpOf(source.followUp),
    participants: orNull(
      (source.participants ?? [])
        .filter((g) => g.names.length > 0)
        .map((g) => ({ role: g.role, names: [...g.names].sort((a, b) => a.localeCompare(b)) })),
    ),
  };
  return PostmortemDocumentSchema.parse(document);
}

/** Reads a board's board doc and facilitation doc and builds its document. */
export function postmortemFromDocs(
  boardDoc: Y.Doc,
  facilitationDoc: Y.Doc,
  options: BuildOptions & {
    readonly boardId: string;
    /** The board row, which the server keeps out of the docs. */
    readonly meta: BoardMeta;
    readonly participants?: readonly ExportParticipants[] | undefined;
    /** The workspace's document template, for a board that chose none. */
    readonly defaultDocumentTemplate?: DocumentTemplate | undefined;
  },
): PostmortemDocument {
  const { meta } = options;
  const session = readSession(facilitationDoc);
  // Before the reveal there are none; not even looked at, should a bug put some there.
  const revealedCards = session.revealed ? readRevealedCards(facilitationDoc) : [];
  const { clusters } = readClusters(
    boardDoc,
    revealedCards.map((c) => c.id),
  );
  return buildPostmortem(
    {
      boardId: options.boardId,
      meta,
      incident: readIncident(boardDoc),
      timeline: readTimeline(boardDoc),
      plan: readPlan(facilitationDoc, templateById(meta.template)),
      session,
      revealedCards,
      clusters,
      discussions: clusters.map((c) => readDiscussion(boardDoc, c.id)),
      voting: readVoting(facilitationDoc),
      actionItems: readActionItems(boardDoc, facilitationDoc),
      owner: readPostmortemOwner(facilitationDoc),
      followUp: readFollowUp(boardDoc),
      postmortemStatus: readPostmortemStatus(boardDoc, facilitationDoc),
      findings: readFindings(boardDoc),
      documentTemplate:
        readDocumentTemplate(facilitationDoc) ?? options.defaultDocumentTemplate ?? 'default',
      participants: options.participants,
    },
    options,
  );
}
