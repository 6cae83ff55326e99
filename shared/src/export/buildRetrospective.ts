/**
 * The retrospective half of the document: the revealed cards by column and cluster,
 * the discussions (root cause analysis) and the lessons drawn from them. Pure; called
 * by build.ts.
 */
import type { RevealedCard } from '../entities/revealedCard.ts';
import type { Discussion, WhyLevel } from '../entities/discussion.ts';
import { discussionOrder } from '../entities/vote.ts';
import type { Voting } from '../entities/voting.ts';
import type { SessionPlan } from '../session/plan.ts';
import type { ExportCard, ExportColumn, ExportLesson, ExportRootCause } from './document.ts';

/** A cluster as the builder needs it (a `ClusterView` from `readClusters` will do). */
export interface SourceCluster {
  readonly id: string;
  readonly name: string;
  readonly createdAt: number;
  /** Its cards' public ids, in their order inside it. */
  readonly cardIds: readonly string[];
}

/** A cluster with only revealed cards, each in one cluster at most. */
export type PlacedCluster = SourceCluster & { readonly votes: number | null };

export interface RetrospectiveInput {
  readonly plan: SessionPlan;
  readonly revealed: boolean;
  readonly revealedCards: readonly RevealedCard[];
  readonly clusters: readonly SourceCluster[];
  readonly voting: Voting;
}

/**
 * The votes of a closed vote whose tally the server recorded, else null. The tally
 * names every cluster on the ballot, so an empty one means it is not taken yet.
 */
function recordedTally(voting: Voting): Readonly<Record<string, number>> | null {
  if (voting.status !== 'closed' || Object.keys(voting.tally).length === 0) return null;
  return voting.tally;
}

/**
 * The clusters in discussion order (most votes first once the tally is in, then
 * oldest first), holding revealed cards only; a card two clusters claim stays in the
 * first, and a cluster left with no card is dropped, as `readClusters` drops it.
 * None before the reveal.
 */
export function placedClusters(input: RetrospectiveInput): PlacedCluster[] {
  if (!input.revealed) return [];
  const revealed = new Set(input.revealedCards.map((c) => c.id));
  const claimed = new Set<string>();
  const tally = recordedTally(input.voting);
  const clusters = input.clusters
    .map((c) => {
      const cardIds = c.cardIds.filter((id) => {
        if (!revealed.has(id) || claimed.has(id)) return false;
        claimed.add(id);
        return true;
      });
      const votes = tally && Object.hasOwn(tally, c.id) ? tally[c.id]! : null;
      return { id: c.id, name: c.name, createdAt: c.createdAt, cardIds, votes };
    })
    .filter((c) => c.cardIds.length > 0);
  return discussionOrder(clusters, tally ?? {});
}

/**
 * The revealed cards by column: the plan's columns first, then any column a card names.
 * Every card is listed under its own column: in each column, the clusters holding cards
 * of it (with those cards only, in discussion order), then its cards in no cluster. A
 * cluster of cards from several columns is so listed under each. Authors only on a
 * named-card board.
 */
export function columnsOf(
  input: RetrospectiveInput,
  clusters: readonly PlacedCluster[],
): ExportColumn[] {
  const { plan } = input;
  const columns: ExportColumn[] = plan.columns.map((c) => ({
    id: c.id,
    title: c.title,
    prompt: c.prompt,
    clusters: null,
    cards: [],
  }));
  if (!input.revealed) return columns;
  const byId = new Map(columns.map((c) => [c.id, c]));
  const columnOf = (id: string): ExportColumn => {
    let column = byId.get(id);
    if (!column) {
      // A column removed from the plan after the reveal: its cards still count.
      column = { id, title: id, prompt: '', clusters: null, cards: [] };
      byId.set(id, column);
      columns.push(column);
    }
    return column;
  };
  const cards = new Map(input.revealedCards.map((c) => [c.id, c]));
  for (const card of input.revealedCards) columnOf(card.column);
  const exportCard = (card: RevealedCard): ExportCard =>
    plan.namedCards && card.author !== undefined
      ? { id: card.id, text: card.text, author: card.author }
      : { id: card.id, text: card.text };

  if (clusters.length > 0) for (const column of columns) column.clusters = [];
  const clustered = new Set<string>();
  for (const cluster of clusters) {
    const members = cluster.cardIds.map((id) => cards.get(id)!);
    for (const column of new Set(members.map((c) => c.column))) {
      columnOf(column).clusters!.push({
        id: cluster.id,
        title: cluster.name,
        votes: cluster.votes,
        cards: members.filter((c) => c.column === column).map(exportCard),
      });
    }
    for (const id of cluster.cardIds) clustered.add(id);
  }
  for (const card of input.revealedCards) {
    if (!clustered.has(card.id)) columnOf(card.column).cards.push(exportCard(card));
  }
  return columns;
}

/** What a level says: its answer, or its question while unanswered. */
export function levelText(level: WhyLevel): string {
  return level.because || level.why;
}

function discussed(d: Discussion): boolean {
  return d.whys.length > 0 || d.factors.length > 0 || d.reduceImpact !== '' || d.notes !== '';
}

/**
 * A discussion as the document gives it: prose is stored as typed (a text is edited in
 * place), so the document trims it, and a factor left blank is not one.
 */
export function tidyDiscussion(d: Discussion): Discussion {
  return {
    ...d,
    notes: d.notes.trim(),
    reduceImpact: d.reduceImpact.trim(),
    whys: d.whys.map((w) => ({ ...w, why: w.why.trim(), because: w.because.trim() })),
    factors: d.factors.map((f) => ({ ...f, text: f.text.trim() })).filter((f) => f.text !== ''),
  };
}

/** The discussions of the clusters, in discussion order; clusters nobody discussed are left out. */
export function rootCausesOf(
  clusters: readonly PlacedCluster[],
  discussions: readonly Discussion[],
): ExportRootCause[] {
  const byCluster = new Map(discussions.map((d) => [d.clusterId, d]));
  const out: ExportRootCause[] = [];
  for (const cluster of clusters) {
    const d = byCluster.get(cluster.id);
    if (!d || !discussed(d)) continue;
    const marked = d.whys.find((w) => w.id === d.rootCauseId);
    out.push({
      clusterId: cluster.id,
      topic: cluster.name,
      whys: d.whys.map((w) => ({ why: w.why, because: w.because, rootCause: w === marked })),
      rootCause: (marked && levelText(marked)) || null,
      factors: d.factors.map((f) => f.text),
      reduceImpact: d.reduceImpact,
      notes: d.notes,
    });
  }
  return out;
}

/**
 * The lessons learned, derived rather than typed a second time: for each discussed
 * cluster in discussion order, its marked root cause (what we learned about the
 * system) and its answer on reducing the impact (what we will do differently), each
 * text once. Contributing factors and notes are left in the root cause analysis:
 * they explain one incident rather than teach something for the next.
 */
export function lessonsOf(rootCauses: readonly ExportRootCause[]): ExportLesson[] {
  const seen = new Set<string>();
  const out: ExportLesson[] = [];
  const add = (text: string | null, kind: ExportLesson['kind'], cause: ExportRootCause) => {
    if (!text || seen.has(text)) return;
    seen.add(text);
    out.push({ text, kind, clusterId: cause.clusterId, topic: cause.topic });
  };
  for (const cause of rootCauses) {
    add(cause.rootCause, 'root cause', cause);
    add(cause.reduceImpact, 'reduce impact', cause);
  }
  return out;
}
