/**
 * What the scenario sections write into: the table rows, notes, the one-line summary and the
 * raw results for --json, with the helpers that turn per-server results into a row.
 */
import { SERVER_KINDS, type ServerKind } from './ipc.ts';
import { format, type PairRow, type Row } from './report.ts';
import { ratio } from './stats.ts';
import type { FanoutResult } from './scenarios/fanout.ts';

export type ByKind<T> = Partial<Record<ServerKind, T>>;

export interface Collected {
  readonly rows: Row[];
  /** The persistence scenario on each store. */
  readonly storeRows: PairRow[];
  /** The cluster section: one process against three behind nginx, per server. */
  readonly clusterRows: PairRow[];
  readonly notes: string[];
  readonly summary: string[];
  /** With --heap: what each server's heap grew by per room in the many-rooms scenario. */
  readonly heapReport: string[];
  readonly results: Record<string, unknown>;
  /** Adds a row to the table and returns it (for the summary). */
  add(label: string, unit: Row['unit'], values: Row['values']): Row;
  /** Notes lost deliveries and a bench that was itself the limit. */
  checkFanout(label: string, r: ByKind<FanoutResult>): void;
}

export function collect(results: Record<string, unknown>): Collected {
  const rows: Row[] = [];
  const notes: string[] = [];
  return {
    rows,
    storeRows: [],
    clusterRows: [],
    notes,
    summary: [],
    heapReport: [],
    results,
    add(label, unit, values) {
      const row = { label, unit, values };
      rows.push(row);
      return row;
    },
    checkFanout(label, r) {
      for (const [kind, x] of Object.entries(r)) {
        if (x.lost > 0) notes.push(`${label}, ${kind}: ${x.lost} deliveries lost`);
        if (x.benchCpuPercent > 90)
          notes.push(
            `${label}, ${kind}: the bench used ${x.benchCpuPercent.toFixed(0)}% CPU, it was the limit`,
          );
      }
    },
  };
}

export function pick<T>(results: ByKind<T>, get: (r: T) => number): Row['values'] {
  const values: ByKind<number> = {};
  for (const kind of SERVER_KINDS) {
    const r = results[kind];
    if (r !== undefined) values[kind] = get(r);
  }
  return values;
}

/** "label 3.2 ms (1.10x floor, 0.80x reference)". */
export function ratioSummary(label: string, row: Row): string {
  const v = row.values;
  const parts = (['floor', 'reference'] as const)
    .map((k) => [k, ratio(v.ours ?? Number.NaN, v[k] ?? Number.NaN)] as const)
    .filter(([, r]) => Number.isFinite(r))
    .map(([k, r]) => `${r.toFixed(2)}x ${k}`);
  const ratios = parts.length > 0 ? ` (${parts.join(', ')})` : '';
  return `${label} ${format(v.ours, row.unit)}${ratios}`;
}
