/**
 * Builds the {@link PostmortemDocument} from what a board holds. Pure: `buildPostmortem`
 * works on plain values; `postmortemFromDocs` only reads the two shared docs into them.
 *
 * Only the board doc and the facilitation doc are read, never a member's private doc,
 * so the export can hold nothing a participant on the board could not already see.
 */
import type * as Y from 'yjs';
import { readBoardMeta, type BoardMeta } from '../entities/boardMeta.ts';
import { readPlan, readSession } from '../entities/facilitation.ts';
import { readIncident, type Incident } from '../entities/incident.ts';
import { readRevealedCards, type RevealedCard } from '../entities/revealedCard.ts';
import { readTimeline, type TimelineEvent } from '../entities/timelineEvent.ts';
import type { SessionPlan } from '../session/plan.ts';
import type { SessionState } from '../session/session.ts';
import { templateById } from '../templates.ts';
import { computeMetrics, type Metric } from '../timeline/metrics.ts';
import {
  POSTMORTEM_SCHEMA_VERSION,
  PostmortemDocumentSchema,
  type ExportCard,
  type ExportColumn,
  type ExportMetric,
  type ExportTimelineEvent,
  type PostmortemDocument,
} from './document.ts';
import { safeHref } from './escape.ts';

/** Everything the document is made from, as read from the board's shared docs. */
export interface PostmortemSource {
  readonly boardId: string;
  /** Null while the board doc has no readable meta. */
  readonly meta: BoardMeta | null;
  readonly incident: Incident;
  readonly timeline: readonly TimelineEvent[];
  readonly plan: SessionPlan;
  readonly session: SessionState;
  readonly revealedCards: readonly RevealedCard[];
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

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

function metric(m: Metric | null): ExportMetric | null {
  return m && { ms: m.ms, source: m.source };
}

function event(e: TimelineEvent): ExportTimelineEvent {
  return { at: new Date(e.at).toISOString(), kind: e.kind, text: e.text, source: e.source ?? null };
}

/** The revealed cards by column: the plan's columns first, then any column a card names. */
function columnsOf(source: PostmortemSource): ExportColumn[] {
  const { plan, session } = source;
  const columns: ExportColumn[] = plan.columns.map((c) => ({
    id: c.id,
    title: c.title,
    prompt: c.prompt,
    clusters: null,
    cards: [],
  }));
  if (!session.revealed) return columns;
  const byId = new Map(columns.map((c) => [c.id, c]));
  for (const card of source.revealedCards) {
    let column = byId.get(card.column);
    if (!column) {
      // A column removed from the plan after the reveal: its cards still count.
      column = { id: card.column, title: card.column, prompt: '', clusters: null, cards: [] };
      byId.set(card.column, column);
      columns.push(column);
    }
    const out: ExportCard = { text: card.text };
    if (plan.namedCards && card.author !== undefined) out.author = card.author;
    column.cards.push(out);
  }
  return columns;
}

/** The postmortem document of a board, validated against its schema. */
export function buildPostmortem(
  source: PostmortemSource,
  { now }: BuildOptions,
): PostmortemDocument {
  const { meta, incident, timeline, plan, session } = source;
  const metrics = computeMetrics(incident, timeline);
  const document: PostmortemDocument = {
    schemaVersion: POSTMORTEM_SCHEMA_VERSION,
    generatedAt: new Date(now).toISOString(),
    board: {
      id: source.boardId,
      template: meta?.template ?? templateById(undefined).id,
      createdAt: iso(meta?.createdAt ?? null),
    },
    title: meta?.title || incident.title || UNTITLED,
    timeZone: incident.timeZone,
    status: {
      severity: incident.severity,
      incident: incident.status,
      session: session.status,
      sessionStartedAt: iso(session.startedAt),
      sessionFinishedAt: iso(session.finishedAt),
    },
    summary: {
      incidentTitle: incident.title,
      text: incident.summary,
      startedAt: iso(incident.startedAt),
      detectedAt: iso(incident.detectedAt),
      mitigatedAt: iso(incident.mitigatedAt),
      resolvedAt: iso(incident.resolvedAt),
      services: [...incident.services],
      channel: incident.channel,
      // The model admits http(s) links only; checked again so no renderer has to trust it.
      links: incident.links.filter((l) => safeHref(l.url) !== null).map((l) => ({ ...l })),
    },
    impact: { ...incident.impact },
    timeline: {
      events: timeline.map(event),
      timeToDetect: metric(metrics.timeToDetect),
      timeToMitigate: metric(metrics.timeToMitigate),
      timeToResolve: metric(metrics.timeToResolve),
    },
    retrospective: {
      revealed: session.revealed,
      namedCards: plan.namedCards,
      columns: columnsOf(source),
    },
    rootCauses: null,
    resolution: {
      steps: timeline.filter((e) => RESOLUTION_KINDS.has(e.kind)).map(event),
      notes: null,
    },
    lessons: null,
    actionItems: null,
    owners: null,
    followUp: null,
    participants: null,
  };
  return PostmortemDocumentSchema.parse(document);
}

/** Reads a board's board doc and facilitation doc and builds its document. */
export function postmortemFromDocs(
  boardDoc: Y.Doc,
  facilitationDoc: Y.Doc,
  options: BuildOptions & { readonly boardId: string },
): PostmortemDocument {
  const meta = readBoardMeta(boardDoc);
  const session = readSession(facilitationDoc);
  return buildPostmortem(
    {
      boardId: options.boardId,
      meta,
      incident: readIncident(boardDoc),
      timeline: readTimeline(boardDoc),
      plan: readPlan(facilitationDoc, templateById(meta?.template)),
      session,
      // Before the reveal there are none; not even looked at, should a bug put some there.
      revealedCards: session.revealed ? readRevealedCards(facilitationDoc) : [],
    },
    options,
  );
}
