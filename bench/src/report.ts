/** Turns scenario results into one markdown table: absolute figures and ours' ratios. */
import type { ServerKind } from './ipc.ts';
import { ratio } from './stats.ts';

export type Unit = 'ms' | 'us' | 'per-s' | 'bytes' | 'count' | 'x' | 'percent';

export interface Row {
  readonly label: string;
  readonly unit: Unit;
  readonly values: Partial<Record<ServerKind, number>>;
}

function num(value: number, digits: number): string {
  return value.toLocaleString('en-US', {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  });
}

export function format(value: number | undefined, unit: Unit): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  const abs = Math.abs(value);
  switch (unit) {
    case 'ms':
      return `${num(value, abs < 10 ? 2 : abs < 100 ? 1 : 0)} ms`;
    case 'us':
      return `${num(value, abs < 10 ? 2 : 1)} µs`;
    case 'per-s':
      return `${num(value, 0)}/s`;
    case 'bytes':
      if (abs >= 1024 * 1024) return `${num(value / 1024 / 1024, 1)} MiB`;
      return abs >= 1024 ? `${num(value / 1024, 1)} KiB` : `${num(value, 0)} B`;
    case 'count':
      return num(value, 0);
    case 'x':
      return `${num(value, 2)}x`;
    case 'percent':
      return `${num(value, 0)}%`;
  }
}

function ratioCell(row: Row, other: ServerKind): string {
  const r = ratio(row.values.ours ?? Number.NaN, row.values[other] ?? Number.NaN);
  return row.unit === 'count' || row.unit === 'percent' || !Number.isFinite(r)
    ? '–'
    : `${num(r, 2)}`;
}

export function table(rows: readonly Row[]): string {
  const lines = [
    '| scenario | ours | floor | reference | ours / floor | ours / reference |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const row of rows) {
    const v = row.values;
    lines.push(
      `| ${row.label} | ${format(v.ours, row.unit)} | ${format(v.floor, row.unit)} | ${format(v.reference, row.unit)} | ${ratioCell(row, 'floor')} | ${ratioCell(row, 'reference')} |`,
    );
  }
  return lines.join('\n');
}

/** A figure measured on two things side by side, e.g. the same scenario on two stores. */
export interface PairRow {
  readonly label: string;
  readonly unit: Unit;
  readonly values: readonly [number, number];
}

/** One markdown table of pairs with the second / first ratio. */
export function pairTable(names: readonly [string, string], rows: readonly PairRow[]): string {
  const lines = [
    `| scenario | ${names[0]} | ${names[1]} | ${names[1]} / ${names[0]} |`,
    '| --- | ---: | ---: | ---: |',
  ];
  for (const { label, unit, values } of rows) {
    const r = ratio(values[1], values[0]);
    lines.push(
      `| ${label} | ${format(values[0], unit)} | ${format(values[1], unit)} | ${Number.isFinite(r) ? num(r, 2) : '–'} |`,
    );
  }
  return lines.join('\n');
}

/**
 * The store rows again beside the same rows of an earlier run (`--baseline=FILE`, a
 * `--json` file): each store's figure then, now, and now / then. Rows the earlier run
 * did not have are left out.
 */
export function baselineTable(
  names: readonly [string, string],
  rows: readonly PairRow[],
  baseline: readonly PairRow[],
): string {
  const lines = [
    `| scenario | ${names[0]} before | ${names[0]} now | now / before | ${names[1]} before | ${names[1]} now | now / before |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const { label, unit, values } of rows) {
    const then = baseline.find((b) => b.label === label)?.values;
    if (!then) continue;
    const cells = [0, 1].map((i) => {
      const r = ratio(values[i]!, then[i]!);
      return `${format(then[i], unit)} | ${format(values[i], unit)} | ${Number.isFinite(r) ? num(r, 2) : '–'}`;
    });
    lines.push(`| ${label} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}
