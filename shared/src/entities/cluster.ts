/**
 * Clusters: topics the team groups the revealed cards into, in the Cluster phase.
 * Scope: document (board doc). Participants and the facilitator write it; the cards
 * themselves are the revealed cards in the facilitation doc, named by their public id,
 * so nothing here ties a card to its author.
 *
 * Two maps (doc/layout.ts):
 * - `clustersMap`: one nested Y.Map per cluster (name, position, creation time, and
 *   `mergedInto` once merged), so a rename and a move made at once both stay.
 * - `cardPlacementsMap`: card id → one JSON placement, in a cluster or free at a
 *   position. One value per card is the concurrent move rule (cluster/dropResolution.ts):
 *   two people moving the same card at once end with the same one of their two moves.
 *
 * **Empty clusters disappear, by derivation, not by deletion.** No command deletes a
 * cluster; {@link readClusters} lists only clusters that hold at least one card. So a
 * cluster whose last card leaves is gone from the board, yet a concurrent move of a card
 * into it (made before the other person's change arrived) brings it back with its name,
 * instead of dropping the card on a cluster that no longer exists. Merging works the
 * same way: the source keeps `mergedInto`, and any placement still naming it (a
 * concurrent move) reads as a placement in the target.
 *
 * The board doc cannot see the facilitation doc, so commands cannot check that a card
 * id is a revealed card; {@link readClusters} takes the revealed ids and ignores
 * placements of any other card.
 */
import * as Y from 'yjs';
import { z } from 'zod';
import { cardPlacementsMap, clustersMap, type ClusterMap } from '../doc/layout.ts';
import { randomId } from '../ids.ts';
import type { ClusterCommand } from '../cluster/dropResolution.ts';
import {
  ClusterIdSchema,
  ClusterNameSchema,
  GROUP_CARDS_MAX,
  PlacedCardIdSchema,
  PointSchema,
  type ClusterLayout,
  type ClusterView,
  type FreeCard,
  type Placement,
  type Point,
} from './clusterSchema.ts';
import { compareIds, liveCluster, readPlacement, readRecords, resolver } from './clusterRecords.ts';
import { initDiscussion } from './discussion.ts';

/**
 * The clusters with their cards, and the free cards. Only the given revealed card ids
 * are placed: placements of unknown cards are ignored, and a card placed in an unknown
 * cluster counts as free and not yet placed. Malformed entries are skipped.
 */
export function readClusters(doc: Y.Doc, revealedCardIds: Iterable<string>): ClusterLayout {
  const records = readRecords(doc);
  const resolve = resolver(records);
  const placements = cardPlacementsMap(doc);
  const members = new Map<string, { cardId: string; order: number }[]>();
  const free: FreeCard[] = [];
  for (const cardId of new Set(revealedCardIds)) {
    const placement = readPlacement(placements.get(cardId));
    const cluster = placement?.kind === 'cluster' ? resolve(placement.clusterId) : null;
    if (placement?.kind === 'cluster' && cluster) {
      const list = members.get(cluster.id) ?? [];
      list.push({ cardId, order: placement.order });
      members.set(cluster.id, list);
    } else {
      free.push({ cardId, at: placement?.kind === 'free' ? placement.at : null });
    }
  }
  const clusters: ClusterView[] = [];
  for (const [id, list] of members) {
    const { mergedInto: _, ...cluster } = records.get(id)!;
    list.sort((a, b) => a.order - b.order || compareIds(a.cardId, b.cardId));
    clusters.push({ ...cluster, cardIds: list.map((m) => m.cardId) });
  }
  clusters.sort((a, b) => a.createdAt - b.createdAt || compareIds(a.id, b.id));
  return { clusters, free };
}

/** The next sort key in a cluster: after every card there, and not before `now`. */
function nextOrder(doc: Y.Doc, clusterId: string, now: number): number {
  let max = -Infinity;
  cardPlacementsMap(doc).forEach((value) => {
    const p = readPlacement(value);
    if (p?.kind === 'cluster' && p.clusterId === clusterId) max = Math.max(max, p.order);
  });
  return Math.max(now, max + 1);
}

function placeIn(doc: Y.Doc, cardId: string, clusterId: string, order: number): void {
  cardPlacementsMap(doc).set(cardId, { kind: 'cluster', clusterId, order } satisfies Placement);
}

function placeFree(doc: Y.Doc, cardId: string, at: Point): void {
  cardPlacementsMap(doc).set(cardId, {
    kind: 'free',
    at: { x: at.x, y: at.y },
  } satisfies Placement);
}

export interface GroupOptions {
  /** Where the new cluster goes; default: the first card's position, else the origin. */
  at?: Point;
  /** A name for it; blank by default. */
  name?: string;
}

/**
 * Starts a cluster from cards (a card dropped on a card, or a selection), taking them
 * out of whatever cluster they were in, and returns the new cluster's id. The cluster's
 * discussion is created with it, by its one creator, so two people who start discussing
 * it at once never race to create it. Throws a ZodError for bad input.
 */
export function groupCards(
  doc: Y.Doc,
  cardIds: readonly string[],
  origin?: unknown,
  now = Date.now(),
  options: GroupOptions = {},
): string {
  const ids = [
    ...new Set(
      z
        .array(PlacedCardIdSchema)
        .min(1, 'Pick at least one card')
        .max(GROUP_CARDS_MAX, `At most ${GROUP_CARDS_MAX} cards at once`)
        .parse(cardIds),
    ),
  ];
  const name = ClusterNameSchema.parse(options.name ?? '');
  const first = readPlacement(cardPlacementsMap(doc).get(ids[0]!));
  const at = PointSchema.parse(options.at ?? (first?.kind === 'free' ? first.at : { x: 0, y: 0 }));
  const id = randomId(16);
  doc.transact(() => {
    const map: ClusterMap = new Y.Map();
    map.set('name', name);
    map.set('at', at);
    map.set('createdAt', now);
    clustersMap(doc).set(id, map);
    initDiscussion(doc, id);
    ids.forEach((cardId, i) => placeIn(doc, cardId, id, now + i));
  }, origin);
  return id;
}

/**
 * Puts a card in a cluster, at its end (a merged cluster's id means its target).
 * Returns false when the cluster does not exist here.
 */
export function moveCardToCluster(
  doc: Y.Doc,
  cardId: string,
  clusterId: string,
  origin?: unknown,
  now = Date.now(),
): boolean {
  const card = PlacedCardIdSchema.parse(cardId);
  const cluster = liveCluster(doc, clusterId);
  if (!cluster) return false;
  const current = readPlacement(cardPlacementsMap(doc).get(card));
  if (current?.kind === 'cluster' && liveCluster(doc, current.clusterId)?.id === cluster.id) {
    return true;
  }
  doc.transact(() => placeIn(doc, card, cluster.id, nextOrder(doc, cluster.id, now)), origin);
  return true;
}

/**
 * Takes a card out of its cluster and leaves it free at `at`; a cluster left with no
 * card disappears (see the top of this file). Returns whether it was in a cluster; the
 * card ends free at `at` either way.
 */
export function removeCardFromCluster(
  doc: Y.Doc,
  cardId: string,
  at: Point,
  origin?: unknown,
): boolean {
  const card = PlacedCardIdSchema.parse(cardId);
  const point = PointSchema.parse(at);
  const wasIn = readPlacement(cardPlacementsMap(doc).get(card))?.kind === 'cluster';
  doc.transact(() => placeFree(doc, card, point), origin);
  return wasIn;
}

/** Moves a free card on the board (it ends free at `at`, whatever it was before). */
export function moveFreeCard(doc: Y.Doc, cardId: string, at: Point, origin?: unknown): void {
  const card = PlacedCardIdSchema.parse(cardId);
  const point = PointSchema.parse(at);
  doc.transact(() => placeFree(doc, card, point), origin);
}

/**
 * Moves a cluster. The position is one value, so two people moving it at once end at
 * one of their two positions, not at one's x and the other's y. False when missing.
 */
export function moveCluster(doc: Y.Doc, clusterId: string, at: Point, origin?: unknown): boolean {
  const cluster = liveCluster(doc, clusterId);
  const point = PointSchema.parse(at);
  const map = cluster && clustersMap(doc).get(cluster.id);
  if (!(map instanceof Y.Map)) return false;
  doc.transact(() => map.set('at', point), origin);
  return true;
}

/**
 * Moves every card of `sourceId` to the end of `targetId`, in their order, and marks the
 * source merged, so it is never listed again and late moves into it land in the target.
 * The target keeps its name, or takes the source's when it had none. The source's
 * discussion is left behind: merging belongs to the Cluster phase, before discussion.
 * Returns false when either cluster is missing or both are the same cluster.
 */
export function mergeClusters(
  doc: Y.Doc,
  targetId: string,
  sourceId: string,
  origin?: unknown,
  now = Date.now(),
): boolean {
  const records = readRecords(doc);
  const resolve = resolver(records);
  const target = resolve(ClusterIdSchema.parse(targetId));
  const source = resolve(ClusterIdSchema.parse(sourceId));
  if (!target || !source || target.id === source.id) return false;
  const moving: { cardId: string; order: number }[] = [];
  cardPlacementsMap(doc).forEach((value, cardId) => {
    const p = readPlacement(value);
    if (p?.kind === 'cluster' && resolve(p.clusterId)?.id === source.id) {
      moving.push({ cardId, order: p.order });
    }
  });
  moving.sort((a, b) => a.order - b.order || compareIds(a.cardId, b.cardId));
  doc.transact(() => {
    const start = nextOrder(doc, target.id, now);
    moving.forEach(({ cardId }, i) => placeIn(doc, cardId, target.id, start + i));
    clustersMap(doc).get(source.id)?.set('mergedInto', target.id);
    if (target.name === '' && source.name !== '') {
      clustersMap(doc).get(target.id)?.set('name', source.name);
    }
  }, origin);
  return true;
}

/** Renames a cluster; a blank name clears it. False when the cluster is missing. */
export function renameCluster(
  doc: Y.Doc,
  clusterId: string,
  name: string,
  origin?: unknown,
): boolean {
  const parsed = ClusterNameSchema.parse(name);
  const cluster = liveCluster(doc, clusterId);
  const map = cluster && clustersMap(doc).get(cluster.id);
  if (!(map instanceof Y.Map)) return false;
  if (map.get('name') !== parsed) doc.transact(() => map.set('name', parsed), origin);
  return true;
}

/**
 * Runs the command a drop resolved to (cluster/dropResolution.ts). Returns false when
 * it changed nothing because its cluster is gone; `none` returns true.
 */
export function runClusterCommand(
  doc: Y.Doc,
  command: ClusterCommand,
  origin?: unknown,
  now = Date.now(),
): boolean {
  switch (command.type) {
    case 'none':
      return true;
    case 'groupCards':
      groupCards(doc, command.cardIds, origin, now, { at: command.at });
      return true;
    case 'moveCardToCluster':
      return moveCardToCluster(doc, command.cardId, command.clusterId, origin, now);
    case 'removeCardFromCluster':
      removeCardFromCluster(doc, command.cardId, command.at, origin);
      return true;
    case 'moveFreeCard':
      moveFreeCard(doc, command.cardId, command.at, origin);
      return true;
    case 'moveCluster':
      return moveCluster(doc, command.clusterId, command.at, origin);
    case 'mergeClusters':
      return mergeClusters(doc, command.targetId, command.sourceId, origin, now);
  }
}
