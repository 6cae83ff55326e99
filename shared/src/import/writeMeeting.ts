/**
 * Writes what an imported document holds of the meeting — the plan's columns and named
 * cards, where the session stood, the revealed cards, their clusters, the vote tally and
 * the discussions — into a new board's docs, as the server (import/writePostmortem.ts
 * calls it; a refusal is told at its path in the document).
 *
 * Anonymity (DESIGN.md): the cards are written by the server under its own client id,
 * keyed by its secret (`writeImportedCards`), in the document's order; they carry an
 * author only when the document is from a named-card board and names one. Nobody's
 * private doc is written, so nothing on this instance ties a card to a member. Votes
 * arrive as the tally, never as ballots.
 */
import type * as Y from 'yjs';
import { groupCards, moveCardToCluster } from '../entities/cluster.ts';
import { GROUP_CARDS_MAX } from '../entities/clusterSchema.ts';
import {
  addContributingFactor,
  addWhy,
  markRootCause,
  setDiscussionNotes,
  setReduceImpact,
} from '../entities/discussion.ts';
import { readPlan, updatePlan } from '../entities/facilitation.ts';
import { writeImportedCards, type ImportedCard } from '../entities/revealedCard.ts';
import { recordTally, setVotingStatus } from '../entities/voting.ts';
import { facilitationMap } from '../doc/layout.ts';
import type { ExportAddresses, ExportColumn, PostmortemDocument } from '../export/document.ts';
import { SessionPlanSchema } from '../session/plan.ts';
import { SessionStateSchema, type SessionState } from '../session/session.ts';
import type { Template } from '../templates.ts';
import { randomId } from '../ids.ts';

/** Runs a command for the value at a path in the document; a refusal is told there. */
export type At = (path: string, run: () => unknown) => void;

/** A five-whys level as written: its id, what it says, and whether it is the marked one. */
export interface WrittenLevel {
  readonly id: string;
  readonly text: string;
  readonly rootCause: boolean;
}

/** What later writes (the actions) need to name what the meeting wrote. */
export interface WrittenMeeting {
  /** The document's cluster id → the new board's. */
  readonly clusterIds: ReadonlyMap<string, string>;
  /** The new cluster id → its five-whys levels. */
  readonly levels: ReadonlyMap<string, readonly WrittenLevel[]>;
}

/** Clusters are laid out on the board in rows of this many. */
const CLUSTERS_PER_ROW = 4;
const CLUSTER_GAP = { x: 320, y: 280 };

interface DocCluster {
  readonly id: string;
  readonly title: string;
  readonly votes: number | null;
  readonly cardIds: string[];
  /** Its path in the document. */
  readonly path: string;
}

/**
 * The clusters in an order the document's orders agree with (each column's list and the
 * discussions' list), first seen first among equals: the new clusters are created in it,
 * so the discussion order (votes, then age) comes back the same.
 */
export function creationOrder(
  lists: readonly (readonly string[])[],
  all: readonly string[],
): string[] {
  const after = new Map<string, Set<string>>(all.map((id) => [id, new Set()]));
  const before = new Map<string, number>(all.map((id) => [id, 0]));
  for (const list of lists) {
    for (let i = 1; i < list.length; i++) {
      const [a, b] = [list[i - 1]!, list[i]!];
      if (!after.has(a) || !after.has(b) || after.get(a)!.has(b)) continue;
      after.get(a)!.add(b);
      before.set(b, before.get(b)! + 1);
    }
  }
  const out: string[] = [];
  const left = new Set(all);
  while (left.size > 0) {
    // The first ready one in the document's order; on a cycle (a hand-made file), the first left.
    const next = [...left].find((id) => before.get(id) === 0) ?? [...left][0]!;
    left.delete(next);
    out.push(next);
    for (const b of after.get(next)!) before.set(b, before.get(b)! - 1);
  }
  return out;
}

/** The plan's columns from the document's, when they make a valid plan; else the template's. */
function planColumns(columns: readonly ExportColumn[]) {
  return columns.map(({ id, title, prompt }) => ({ id, title, prompt }));
}

function writePlan(
  facilitation: Y.Doc,
  doc: PostmortemDocument,
  template: Template,
  at: At,
  origin: unknown,
) {
  const plan = readPlan(facilitation, template);
  const columns = planColumns(doc.retrospective.columns);
  const withColumns = SessionPlanSchema.safeParse({ ...plan, columns });
  at('retrospective.namedCards', () =>
    updatePlan(
      facilitation,
      {
        ...(withColumns.success && columns.length > 0 ? withColumns.data : plan),
        namedCards: doc.retrospective.namedCards,
      },
      origin,
    ),
  );
}

/** Where the session stood: its status, its times, and whether the cards were revealed. */
function sessionOf(doc: PostmortemDocument, revealed: boolean, phaseId: string | null) {
  const ms = (iso: string | null) => (iso === null ? null : Date.parse(iso));
  const { session, sessionStartedAt, sessionFinishedAt } = doc.status;
  const state: SessionState = {
    status: session,
    phaseId: session === 'running' ? phaseId : null,
    timer: null,
    history: [],
    startedAt: session === 'preparing' ? null : ms(sessionStartedAt),
    finishedAt: session === 'finished' ? ms(sessionFinishedAt) : null,
    revealed,
  };
  return SessionStateSchema.parse(state);
}

/**
 * Writes the meeting's content of `doc` into fresh docs. `importedId` gives the server's
 * keyed id of the import's `n`th card.
 */
export function writeMeeting(
  board: Y.Doc,
  facilitation: Y.Doc,
  doc: PostmortemDocument,
  template: Template,
  options: {
    readonly origin: unknown;
    readonly now: number;
    readonly importedId: (n: number) => string;
    readonly at: At;
  },
): WrittenMeeting {
  const { origin, now, importedId, at } = options;
  writePlan(facilitation, doc, template, at, origin);

  // The cards, in the document's order: each column's clusters, then its other cards.
  const cards: (ImportedCard & { path: string })[] = [];
  const clusters: DocCluster[] = [];
  const addCard = (
    card: { text: string; author?: string | undefined },
    column: string,
    path: string,
  ) => {
    const n = cards.length;
    cards.push({
      id: importedId(n),
      n,
      text: card.text,
      column,
      rank: 0,
      author: card.author,
      path,
    });
    return cards[n]!.id;
  };
  // A cluster of cards from several columns is listed under each: one cluster again.
  const byId = new Map<string, DocCluster>();
  doc.retrospective.columns.forEach((column, c) => {
    (column.clusters ?? []).forEach((cluster, k) => {
      const path = `retrospective.columns[${c}].clusters[${k}]`;
      const cardIds = cluster.cards.map((card, i) =>
        addCard(card, column.id, `${path}.cards[${i}]`),
      );
      const seen = byId.get(cluster.id);
      if (seen) {
        seen.cardIds.push(...cardIds);
        return;
      }
      const written = { id: cluster.id, title: cluster.title, votes: cluster.votes, cardIds, path };
      byId.set(cluster.id, written);
      clusters.push(written);
    });
    column.cards.forEach((card, i) =>
      addCard(card, column.id, `retrospective.columns[${c}].cards[${i}]`),
    );
  });
  // Ranks in the document's order; the document's order was the revealed (random) one.
  const ranked = cards.map((card, i) => ({
    ...card,
    rank: (i + 0.5) / cards.length,
    author: doc.retrospective.namedCards ? card.author : undefined,
  }));
  for (const card of ranked) at(card.path, () => writeImportedCards(facilitation, [card], origin));

  const revealed = doc.retrospective.revealed || cards.length > 0;
  const plan = readPlan(facilitation, template);
  const phaseId = plan.phases.find((p) => p.kind === 'discuss')?.id ?? plan.phases[0]?.id ?? null;
  at('status.session', () =>
    facilitationMap(facilitation).set('session', sessionOf(doc, revealed, phaseId)),
  );

  const clusterIds = writeClusters(board, doc, clusters, { origin, now, at });
  const tally: Record<string, number> = {};
  for (const cluster of clusters) {
    if (cluster.votes !== null) tally[clusterIds.get(cluster.id)!] = cluster.votes;
  }
  if (Object.keys(tally).length > 0) {
    setVotingStatus(facilitation, 'closed', origin);
    recordTally(facilitation, { tally, voters: 0 }, origin);
  }
  const levels = writeDiscussions(board, doc, clusterIds, origin, at);
  return { clusterIds, levels };
}

function writeClusters(
  board: Y.Doc,
  doc: PostmortemDocument,
  clusters: readonly DocCluster[],
  { origin, now, at }: { origin: unknown; now: number; at: At },
): Map<string, string> {
  const byId = new Map(clusters.map((c) => [c.id, c]));
  const order = creationOrder(
    [
      ...doc.retrospective.columns.map((c) => (c.clusters ?? []).map((k) => k.id)),
      (doc.rootCauses ?? []).map((r) => r.clusterId),
    ],
    clusters.map((c) => c.id),
  );
  const ids = new Map<string, string>();
  order.forEach((docId, k) => {
    const cluster = byId.get(docId)!;
    at(cluster.path, () => {
      if (cluster.cardIds.length === 0) throw new Error('A cluster needs at least one card');
      const position = {
        x: (k % CLUSTERS_PER_ROW) * CLUSTER_GAP.x,
        y: Math.floor(k / CLUSTERS_PER_ROW) * CLUSTER_GAP.y,
      };
      const id = groupCards(board, cluster.cardIds.slice(0, GROUP_CARDS_MAX), origin, now + k, {
        name: cluster.title,
        at: position,
      });
      for (const cardId of cluster.cardIds.slice(GROUP_CARDS_MAX)) {
        moveCardToCluster(board, cardId, id, origin, now + k);
      }
      ids.set(docId, id);
    });
  });
  return ids;
}

function writeDiscussions(
  board: Y.Doc,
  doc: PostmortemDocument,
  clusterIds: ReadonlyMap<string, string>,
  origin: unknown,
  at: At,
): Map<string, WrittenLevel[]> {
  const levels = new Map<string, WrittenLevel[]>();
  (doc.rootCauses ?? []).forEach((cause, i) => {
    const path = `rootCauses[${i}]`;
    const id = clusterIds.get(cause.clusterId);
    at(`${path}.clusterId`, () => {
      if (id === undefined) throw new Error('No cluster in retrospective.columns has this id');
    });
    const written = cause.whys.map((level, w) => {
      let levelId = '';
      at(`${path}.whys[${w}]`, () => {
        levelId = addWhy(board, id!, { why: level.why, because: level.because }, origin);
      });
      return { id: levelId, text: level.because || level.why, rootCause: level.rootCause };
    });
    const marked = written.find((l) => l.rootCause);
    if (marked) markRootCause(board, id!, marked.id, origin);
    cause.factors.forEach((factor, f) =>
      at(`${path}.factors[${f}]`, () => addContributingFactor(board, id!, factor, origin)),
    );
    if (cause.reduceImpact)
      at(`${path}.reduceImpact`, () => setReduceImpact(board, id!, cause.reduceImpact, origin));
    if (cause.notes) at(`${path}.notes`, () => setDiscussionNotes(board, id!, cause.notes, origin));
    levels.set(id!, written);
  });
  return levels;
}

/**
 * What an action addresses, on the new board: the cluster (a fresh id when the document's
 * is gone, so it reads as gone again) and the level whose text is its cause.
 */
export function addressesOn(
  meeting: WrittenMeeting,
  addresses: ExportAddresses | null,
  gone: Map<string, string>,
): { clusterId?: string; rootCauseId?: string } {
  if (!addresses?.clusterId) return {};
  let clusterId = meeting.clusterIds.get(addresses.clusterId) ?? gone.get(addresses.clusterId);
  if (clusterId === undefined) {
    clusterId = randomId(16);
    gone.set(addresses.clusterId, clusterId);
  }
  const levels = meeting.levels.get(clusterId) ?? [];
  const level =
    addresses.cause === null
      ? undefined
      : (levels.find((l) => l.text === addresses.cause && l.rootCause === addresses.rootCause) ??
        levels.find((l) => l.text === addresses.cause));
  return level ? { clusterId, rootCauseId: level.id } : { clusterId };
}
