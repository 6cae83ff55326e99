/**
 * Reading the clustering records as stored, for entities/cluster.ts: cluster records,
 * where a merged cluster's id leads, and card placements. Malformed entries read as
 * missing. Internal to shared: the package exports the layout, not these.
 */
import type * as Y from 'yjs';
import { readEntries } from '../doc/entries.ts';
import { cardPlacementsMap, clustersMap, type ClusterMap } from '../doc/layout.ts';
import {
  ClusterIdSchema,
  ClusterSchema,
  PlacementSchema,
  type Cluster,
  type Placement,
} from './clusterSchema.ts';

function readCluster(id: string, map: ClusterMap): Cluster | null {
  const result = ClusterSchema.safeParse({
    id,
    name: map.get('name'),
    at: map.get('at'),
    createdAt: map.get('createdAt'),
    mergedInto: map.get('mergedInto') ?? undefined,
  });
  return result.success ? result.data : null;
}

export function readRecords(doc: Y.Doc): Map<string, Cluster> {
  const { items } = readEntries(clustersMap(doc), readCluster);
  return new Map(items.map((cluster) => [cluster.id, cluster]));
}

/** Cluster entries {@link readRecords} skips, and card placements no reader can use. */
export function unreadableClusterRecords(doc: Y.Doc): number {
  let placements = 0;
  cardPlacementsMap(doc).forEach((value) => {
    if (readPlacement(value) === null) placements++;
  });
  return readEntries(clustersMap(doc), readCluster).unreadable + placements;
}

/**
 * The cluster a cluster id stands for: itself, or where it was merged, followed to the
 * end. Two clusters merged into each other at once form a cycle; every member of the
 * cycle then resolves to its smallest id, so all clients agree.
 */
export function resolver(records: ReadonlyMap<string, Cluster>): (id: string) => Cluster | null {
  return (id) => {
    const path: string[] = [];
    let current = records.get(id);
    while (current) {
      const next = current.mergedInto;
      if (next === undefined || !records.has(next)) return current;
      const seen = path.indexOf(next);
      path.push(current.id);
      if (seen >= 0 || next === current.id) {
        const cycle = seen >= 0 ? path.slice(seen) : [current.id];
        return records.get([...cycle].sort()[0]!)!;
      }
      current = records.get(next);
    }
    return null;
  };
}

export function readPlacement(value: unknown): Placement | null {
  const result = PlacementSchema.safeParse(value);
  return result.success ? result.data : null;
}

/** The live cluster an id stands for in this doc (following merges), or null. */
export function liveCluster(doc: Y.Doc, id: string): Cluster | null {
  return resolver(readRecords(doc))(ClusterIdSchema.parse(id));
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
