/**
 * `pnpm bench [--quick] [--only=latency,throughput,join,memory,persistence,restore,history,reveal,search,cluster,failover]
 *             [--servers=floor,reference,ours] [--apply] [--profile] [--heap] [--json=FILE]
 *             [--baseline=FILE] [--kills=N]`
 *
 * Runs the scenarios against ours, the floor and the reference, each in its own child
 * process, and prints one markdown table with ours' ratios, then a one-line summary.
 * Progress goes to stderr. Nothing here asserts a timing: this is a measurement.
 * Each scenario's rows are made in `sections/`. `cluster` starts its own deployments
 * (Hindsight and Hocuspocus, one process and three behind nginx), prints its own table and
 * then kills a board's owner `--kills` times (20, or 1 with --quick); `failover` runs the
 * kills alone. The Hindsight processes inherit this environment (BOARD_LEASE_MS…).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { ServerKind } from './ipc.ts';
import { collect } from './collect.ts';
import { fanout, progress } from './drive.ts';
import { FULL, QUICK } from './plan.ts';
import { baselineTable, pairTable, table, type PairRow } from './report.ts';
import { startServer, type BenchServer } from './servers.ts';
import type { Section } from './sections/context.ts';
import { latency, throughput } from './sections/fanoutRows.ts';
import { cluster } from './sections/cluster.ts';
import { history, restore, reveal } from './sections/inProcess.ts';
import { join } from './sections/join.ts';
import { memory } from './sections/memory.ts';
import { persistence } from './sections/persistence.ts';
import { search } from './sections/search.ts';

/** Scenarios run against the servers below. */
const SERVED = ['latency', 'throughput', 'join', 'memory', 'persistence'] as const;
/** Scenarios that need none of them: they run in this process, or start their own. */
const OWN_SERVERS = ['restore', 'history', 'reveal', 'search', 'cluster', 'failover'] as const;
const SCENARIOS = [...SERVED, ...OWN_SERVERS] as const;
type Scenario = (typeof SCENARIOS)[number];
const needsServers = (s: Scenario) => (SERVED as readonly Scenario[]).includes(s);

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    servers: { type: 'string' },
    apply: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    heap: { type: 'boolean', default: false },
    json: { type: 'string' },
    /** An earlier run's `--json` file: the store rows are printed beside it, with ratios. */
    baseline: { type: 'string' },
    kills: { type: 'string' },
  },
});

const plan = args.quick ? QUICK : FULL;
const only = new Set((args.only?.split(',') ?? SCENARIOS) as Scenario[]);
const kinds = (args.servers?.split(',') ?? ['floor', 'reference', 'ours']) as ServerKind[];
const mode = args.apply ? 'apply' : 'decode';

function machine(): string {
  const gib = (totalmem() / 1024 ** 3).toFixed(1);
  return `${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${gib} GiB, node ${process.version}`;
}

const load = () => loadavg()[0]!.toFixed(2);

async function main(): Promise<void> {
  const started = performance.now();
  const loadBefore = load();
  progress(`machine: ${machine()}; load average ${loadBefore}`);
  const profileDir = fileURLToPath(new URL('../profiles', import.meta.url));
  if (args.profile || args.heap) mkdirSync(profileDir, { recursive: true });
  const cpuProfDir = args.profile ? profileDir : undefined;
  const servers: BenchServer[] = [];
  const out = collect({ machine: machine(), quick: args.quick, mode });
  const section: Section = {
    plan,
    out,
    servers,
    mode,
    heapDir: args.heap ? profileDir : undefined,
  };

  try {
    if (only.has('restore')) await restore(section);
    if (only.has('history')) history(section);
    if (only.has('reveal')) reveal(section);
    if (only.has('search')) await search(section);

    if ([...only].some(needsServers)) {
      for (const kind of kinds) {
        servers.push(
          await startServer(kind, { cpuProfDir: kind === 'ours' ? cpuProfDir : undefined }),
        );
      }
      progress('warm-up');
      await fanout(servers, 10, { kind: 'rate', perSecond: 200, updates: 50 }, plan.rounds, mode);
    }

    if (only.has('latency')) await latency(section);
    if (only.has('throughput')) await throughput(section);
    if (only.has('join')) await join(section);
    if (only.has('memory')) await memory(section);
    if (only.has('persistence') && kinds.includes('ours')) await persistence(section);
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
  if (only.has('cluster') || only.has('failover')) {
    const kills = Number(args.kills ?? plan.cluster.kills);
    await cluster(section, { compare: only.has('cluster'), kills });
  }

  const { rows, storeRows, clusterRows, notes, heapReport, summary, results } = out;
  const seconds = (performance.now() - started) / 1000;
  const header = `${machine()}; load average ${loadBefore} before, ${load()} after; clients ${mode} updates`;
  process.stdout.write(`\n${header}\n\n`);
  if (rows.length > 0) process.stdout.write(`${table(rows)}\n\n`);
  if (clusterRows.length > 0) {
    const names = ['1 process', '3 processes behind nginx'] as const;
    process.stdout.write(`${pairTable(names, clusterRows)}\n\n`);
  }
  if (storeRows.length > 0) {
    process.stdout.write(`${pairTable(['SQLite', 'Postgres'], storeRows)}\n\n`);
    if (args.baseline) {
      const before = JSON.parse(readFileSync(args.baseline, 'utf8')) as { storeRows: PairRow[] };
      const compared = baselineTable(['SQLite', 'Postgres'], storeRows, before.storeRows);
      process.stdout.write(`against ${args.baseline}:\n\n${compared}\n\n`);
    }
  }
  for (const note of notes) process.stdout.write(`note: ${note}\n`);
  if (heapReport.length > 0) process.stdout.write(`${heapReport.join('\n')}\n\n`);
  process.stdout.write(`summary (${seconds.toFixed(0)} s): ${summary.join('; ')}\n`);
  if (args.json)
    writeFileSync(
      args.json,
      `${JSON.stringify({ ...results, rows, storeRows, clusterRows, seconds, header }, null, 2)}\n`,
    );
}

main().catch((err: unknown) => {
  process.stderr.write(
    `bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
});
