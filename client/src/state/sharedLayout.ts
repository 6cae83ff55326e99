/**
 * Structural sharing for the clustering board: a new layout keeps the objects of the
 * last one wherever nothing changed, so components memoised on a cluster or a card
 * re-render only for what a change touched, and an unchanged layout is the old object.
 */
import type { ClusterLayout, ClusterView, FreeCard, Point } from '@hindsight/shared';
import type { RemoteDrag } from './clusterStore.ts';

const samePoint = (a: Point | null, b: Point | null) =>
  a === b || (a !== null && b !== null && a.x === b.x && a.y === b.y);

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

function sameCluster(a: ClusterView, b: ClusterView): boolean {
  return (
    a.id === b.id &&
    a.name === b.name &&
    a.createdAt === b.createdAt &&
    samePoint(a.at, b.at) &&
    sameIds(a.cardIds, b.cardIds)
  );
}

const sameFree = (a: FreeCard, b: FreeCard) => a.cardId === b.cardId && samePoint(a.at, b.at);

function shareList<T>(
  before: readonly T[],
  next: readonly T[],
  key: (item: T) => string,
  same: (a: T, b: T) => boolean,
): T[] {
  const old = new Map(before.map((item) => [key(item), item]));
  return next.map((item) => {
    const kept = old.get(key(item));
    return kept !== undefined && same(kept, item) ? kept : item;
  });
}

const sameList = <T>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((item, i) => item === b[i]);

/** `next`, reusing every cluster and free card of `before` that is unchanged. */
export function shareLayout(before: ClusterLayout, next: ClusterLayout): ClusterLayout {
  const clusters = shareList(before.clusters, next.clusters, (c) => c.id, sameCluster);
  const free = shareList(before.free, next.free, (f) => f.cardId, sameFree);
  const keepClusters = sameList(clusters, before.clusters);
  const keepFree = sameList(free, before.free);
  if (keepClusters && keepFree) return before;
  return {
    clusters: keepClusters ? before.clusters : clusters,
    free: keepFree ? before.free : free,
  };
}

/** Whether two lists of remote drags say the same. */
export function sameDrags(a: readonly RemoteDrag[], b: readonly RemoteDrag[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (d, i) =>
        d.clientId === b[i]!.clientId &&
        d.cardId === b[i]!.cardId &&
        d.x === b[i]!.x &&
        d.y === b[i]!.y,
    )
  );
}
