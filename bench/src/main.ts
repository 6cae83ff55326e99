/**
 * `pnpm bench [--quick] [--only=latency,throughput,join,memory,persistence,restore,history,reveal]
 *             [--servers=floor,reference,ours] [--apply] [--profile] [--heap] [--json=FILE]`
 *
 * Runs the scenarios against ours, the floor and the reference, each in its own child
 * process, and prints one markdown table with ours' ratios, then a one-line summary.
 * Progress goes to stderr. Nothing here asserts a timing: this is a measurement.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { SERVER_KINDS, type ServerKind } from './ipc.ts';
import { FULL, QUICK } from './plan.ts';
import { format, pairTable, table, type PairRow, type Row } from './report.ts';
import { startServer, type BenchServer } from './servers.ts';
import { ratio } from './stats.ts';
import { FanoutRoom, type FanoutResult, type Pace } from './scenarios/fanout.ts';
import { runJoinStorm, summarizeStorms, type JoinStormRun } from './scenarios/joinStorm.ts';
import { runManyRooms, runResidentRooms } from './scenarios/memory.ts';
import { formatGrowth, heapGrowth } from './heapGrowth.ts';
import { runPersistence, type PersistenceResult } from './scenarios/persistence.ts';
import { openBenchStore, STORE_KINDS } from './stores.ts';
import { runRestore, runSessionHistory } from './scenarios/history.ts';
import { runReveal } from './scenarios/reveal.ts';

const SCENARIOS = [
  'latency',
  'throughput',
  'join',
  'memory',
  'persistence',
  'restore',
  'history',
  'reveal',
] as const;
type Scenario = (typeof SCENARIOS)[number];
/** Scenarios that run the server's code in this process, with no server to start. */
const IN_PROCESS: ReadonlySet<Scenario> = new Set(['restore', 'history', 'reveal']);
type ByKind<T> = Partial<Record<ServerKind, T>>;

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    servers: { type: 'string' },
    apply: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    heap: { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});

const plan = args.quick ? QUICK : FULL;
const only = new Set((args.only?.split(',') ?? SCENARIOS) as Scenario[]);
const kinds = (args.servers?.split(',') ?? ['floor', 'reference', 'ours']) as ServerKind[];
const mode = args.apply ? 'apply' : 'decode';
const progress = (line: string) => process.stderr.write(`${line}\n`);

function machine(): string {
  const gib = (totalmem() / 1024 ** 3).toFixed(1);
  return `${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${gib} GiB, node ${process.version}`;
}

const load = () => loadavg()[0]!.toFixed(2);

/** Runs `run` on every server in turn and gathers the results by kind. */
async function each<T>(
  servers: readonly BenchServer[],
  name: string,
  run: (s: BenchServer) => Promise<T>,
): Promise<ByKind<T>> {
  const out: ByKind<T> = {};
  for (const server of servers) {
    const start = performance.now();
    out[server.kind] = await run(server);
    progress(`  ${name} ${server.kind}: ${((performance.now() - start) / 1000).toFixed(1)} s`);
  }
  return out;
}

/** One fan-out room per server, driven in alternating rounds. */
async function fanout(
  servers: readonly BenchServer[],
  clients: number,
  pace: Pace,
): Promise<ByKind<FanoutResult>> {
  const rooms: FanoutRoom[] = [];
  try {
    for (const s of servers) rooms.push(await FanoutRoom.open(s, clients, mode));
    for (let round = 0; round < plan.rounds; round++) {
      for (const room of rooms) await room.run(pace);
    }
    const out: ByKind<FanoutResult> = {};
    rooms.forEach((room, i) => (out[servers[i]!.kind] = room.result()));
    return out;
  } finally {
    await Promise.all(rooms.map((room) => room.close()));
  }
}

function pick<T>(results: ByKind<T>, get: (r: T) => number): Row['values'] {
  const values: ByKind<number> = {};
  for (const kind of SERVER_KINDS) {
    const r = results[kind];
    if (r !== undefined) values[kind] = get(r);
  }
  return values;
}

/** "label 3.2 ms (1.10x floor, 0.80x reference)". */
function ratioSummary(label: string, row: Row): string {
  const v = row.values;
  const parts = (['floor', 'reference'] as const)
    .map((k) => [k, ratio(v.ours ?? Number.NaN, v[k] ?? Number.NaN)] as const)
    .filter(([, r]) => Number.isFinite(r))
    .map(([k, r]) => `${r.toFixed(2)}x ${k}`);
  const ratios = parts.length > 0 ? ` (${parts.join(', ')})` : '';
  return `${label} ${format(v.ours, row.unit)}${ratios}`;
}

async function main(): Promise<void> {
  const started = performance.now();
  const loadBefore = load();
  progress(`machine: ${machine()}; load average ${loadBefore}`);
  const profileDir = fileURLToPath(new URL('../profiles', import.meta.url));
  if (args.profile || args.heap) mkdirSync(profileDir, { recursive: true });
  const cpuProfDir = args.profile ? profileDir : undefined;
  const servers: BenchServer[] = [];
  const rows: Row[] = [];
  /** The persistence scenario on each store. */
  const storeRows: PairRow[] = [];
  const notes: string[] = [];
  const summary: string[] = [];
  /** With --heap: what each server's heap grew by per room in the many-rooms scenario. */
  const heapReport: string[] = [];
  const results: Record<string, unknown> = { machine: machine(), quick: args.quick, mode };
  const add = (label: string, unit: Row['unit'], values: Row['values']) => {
    const row = { label, unit, values };
    rows.push(row);
    return row;
  };
  const checkFanout = (label: string, r: ByKind<FanoutResult>) => {
    for (const [kind, x] of Object.entries(r)) {
      if (x.lost > 0) notes.push(`${label}, ${kind}: ${x.lost} deliveries lost`);
      if (x.benchCpuPercent > 90)
        notes.push(
          `${label}, ${kind}: the bench used ${x.benchCpuPercent.toFixed(0)}% CPU, it was the limit`,
        );
    }
  };

  try {
    if (only.has('restore')) {
      const { boardBytes, runs } = plan.restore;
      progress(`restore of a ${format(boardBytes, 'bytes')} board x ${runs}`);
      const r = runRestore(boardBytes, runs);
      results.restore = r;
      const sorted = [...r.runsMs].sort((a, b) => a - b);
      const at = `restore of a ${format(r.boardBytes, 'bytes')} board (version ${format(r.versionBytes, 'bytes')})`;
      const median = add(`${at}: median`, 'ms', { ours: sorted[Math.floor(sorted.length / 2)]! });
      add(`${at}: slowest of ${runs}`, 'ms', { ours: sorted.at(-1)! });
      add(`${at}: the change it makes`, 'bytes', { ours: r.changeBytes });
      summary.push(`restore 1 MB ${format(median.values.ours, 'ms')}`);
    }

    if (only.has('history')) {
      progress('history of a 90-minute session');
      const h = runSessionHistory();
      results.history = h;
      const at = '90-minute session, 8 people';
      add(`${at}: versions taken`, 'count', { ours: h.taken });
      const kept = add(`${at}: versions kept`, 'count', { ours: h.kept });
      const bytes = add(`${at}: bytes kept`, 'bytes', { ours: h.keptBytes });
      add(`${at}: largest version`, 'bytes', { ours: h.largestBytes });
      add(`${at}: board doc at the end`, 'bytes', { ours: h.boardBytes });
      for (const { days, kept: n, bytes: b } of h.later) {
        add(`${at}: versions kept ${days} days later`, 'count', { ours: n });
        add(`${at}: bytes kept ${days} days later`, 'bytes', { ours: b });
      }
      notes.push(`versions kept by reason: ${JSON.stringify(h.byReason)}`);
      summary.push(
        `session history ${kept.values.ours} versions, ${format(bytes.values.ours, 'bytes')}`,
      );
    }

    if (only.has('reveal')) {
      const { members, runs } = plan.reveal;
      progress(`reveal projection after one change, ${members.join(' and ')} members x ${runs}`);
      const byMembers = members.map((n) => runReveal(n, runs));
      results.reveal = byMembers;
      for (const r of byMembers) {
        const at = `reveal mirror after one change, ${r.members} members`;
        add(`${at}: reading the changed doc`, 'ms', { ours: r.incrementalMs });
        add(`${at}: reading every doc (before)`, 'ms', { ours: r.fullMs });
      }
      const [small, large] = [byMembers[0]!, byMembers.at(-1)!];
      notes.push(
        `reveal mirror ${large.members} / ${small.members} members: ${ratio(large.incrementalMs, small.incrementalMs).toFixed(1)}x reading the changed doc, ${ratio(large.fullMs, small.fullMs).toFixed(1)}x reading every doc`,
      );
      summary.push(`reveal mirror ${large.members} members ${format(large.incrementalMs, 'ms')}`);
    }

    if ([...only].some((s) => !IN_PROCESS.has(s))) {
      for (const kind of kinds) {
        servers.push(
          await startServer(kind, { cpuProfDir: kind === 'ours' ? cpuProfDir : undefined }),
        );
      }
      progress('warm-up');
      await fanout(servers, 10, { kind: 'rate', perSecond: 200, updates: 50 });
    }

    if (only.has('latency')) {
      const { perSecond, updates } = plan.latency;
      for (const clients of plan.latency.clients) {
        progress(`fan-out latency, ${clients} clients`);
        const r = await fanout(servers, clients, { kind: 'rate', perSecond, updates });
        results[`latency${clients}`] = r;
        const at = `fan-out ${clients} clients, ${perSecond} updates/s`;
        checkFanout(at, r);
        add(
          `${at}: p50`,
          'ms',
          pick(r, (x) => x.latency.p50),
        );
        add(
          `${at}: p95`,
          'ms',
          pick(r, (x) => x.latency.p95),
        );
        const p99 = add(
          `${at}: p99`,
          'ms',
          pick(r, (x) => x.latency.p99),
        );
        add(
          `${at}: server CPU per delivery`,
          'us',
          pick(r, (x) => x.cpuPerDeliveryUs),
        );
        summary.push(ratioSummary(`fan-out p99 @${clients}`, p99));
      }
    }

    if (only.has('throughput')) {
      const { seconds, inFlight } = plan.throughput;
      for (const clients of plan.throughput.clients) {
        progress(`fan-out throughput, ${clients} clients`);
        const r = await fanout(servers, clients, { kind: 'window', inFlight, seconds });
        results[`throughput${clients}`] = r;
        const at = `saturated fan-out ${clients} clients (${inFlight} updates in flight)`;
        checkFanout(at, r);
        const rate = add(
          `${at}: deliveries`,
          'per-s',
          pick(r, (x) => x.deliveriesPerSecond),
        );
        add(
          `${at}: server CPU per delivery`,
          'us',
          pick(r, (x) => x.cpuPerDeliveryUs),
        );
        add(
          `${at}: server CPU use`,
          'percent',
          pick(r, (x) => x.serverCpuPercent),
        );
        add(
          `${at}: bench CPU use`,
          'percent',
          pick(r, (x) => x.benchCpuPercent),
        );
        summary.push(ratioSummary(`deliveries/s @${clients}`, rate));
      }
    }

    if (only.has('join')) {
      const { clients, boardBytes, storms } = plan.join;
      progress(`join storm, ${clients} clients x ${storms}`);
      const runs: ByKind<JoinStormRun[]> = {};
      for (let i = 0; i < storms; i++) {
        const r = await each(servers, `storm ${i + 1}`, (s) =>
          runJoinStorm(s, { clients, boardBytes }),
        );
        for (const [kind, run] of Object.entries(r)) (runs[kind as ServerKind] ??= []).push(run);
      }
      const r: ByKind<ReturnType<typeof summarizeStorms>> = {};
      for (const [kind, list] of Object.entries(runs))
        r[kind as ServerKind] = summarizeStorms(list);
      results.join = r;
      const at = `join storm: ${clients} clients, ${format(boardBytes, 'bytes')} board`;
      add(
        `${at}, socket open p99`,
        'ms',
        pick(r, (x) => x.opened.p99),
      );
      add(
        `${at}, synced p50`,
        'ms',
        pick(r, (x) => x.synced.p50),
      );
      const p99 = add(
        `${at}, synced p99`,
        'ms',
        pick(r, (x) => x.synced.p99),
      );
      add(
        `${at}, server CPU per storm`,
        'ms',
        pick(r, (x) => x.cpuMs),
      );
      add(
        `${at}, joiners that got the whole board`,
        'percent',
        pick(r, (x) => x.completeShare * 100),
      );
      summary.push(ratioSummary('join storm p99', p99));
    }

    if (only.has('memory')) {
      const { rooms, boardBytes } = plan.resident;
      progress('memory');
      const res = await each(servers, 'resident rooms', (s) =>
        runResidentRooms(s, rooms, boardBytes),
      );
      const many = await each(servers, 'many rooms', async (s) => {
        const snapshots = args.heap
          ? {
              before: join(profileDir, `${s.kind}-before.heapsnapshot`),
              after: join(profileDir, `${s.kind}-after.heapsnapshot`),
            }
          : undefined;
        const result = await runManyRooms(s, plan.many.rooms, plan.many.clients, snapshots);
        if (snapshots) {
          heapReport.push(`${s.kind}, heap growth per room:`);
          heapReport.push(
            ...formatGrowth(heapGrowth(snapshots.before, snapshots.after), plan.many.rooms),
          );
        }
        return result;
      });
      results.resident = res;
      results.many = many;
      const at = `${rooms} resident rooms of ${format(boardBytes, 'bytes')} encoded`;
      add(
        `${at}: heap per room`,
        'bytes',
        pick(res, (x) => x.heapPerRoom),
      );
      add(
        `${at}: heap per room / encoded size`,
        'x',
        pick(res, (x) => x.heapPerRoom / x.boardBytes),
      );
      add(
        `${at}: heap per room still held after all left`,
        'bytes',
        pick(res, (x) => x.retainedPerRoom),
      );
      add(
        `${at}: rooms still resident after all left`,
        'count',
        pick(res, (x) => x.roomsLeft),
      );
      const m = `${plan.many.rooms} rooms x ${plan.many.clients} clients`;
      add(
        `${m}: RSS`,
        'bytes',
        pick(many, (x) => x.rssBytes),
      );
      add(
        `${m}: heap per room`,
        'bytes',
        pick(many, (x) => x.heapPerRoom),
      );
      const ours = res.ours;
      if (ours) {
        const released = ours.roomsLeft === 0 && ours.retainedPerRoom < ours.heapPerRoom / 10;
        summary.push(`unloaded rooms released: ${released ? 'yes' : 'NO'}`);
      }
    }

    if (only.has('persistence') && kinds.includes('ours')) {
      const byStore: PersistenceResult[] = [];
      for (const kind of STORE_KINDS) {
        progress(`persistence on ${kind} (ours only)`);
        const opened = await openBenchStore(kind);
        try {
          byStore.push(await runPersistence(opened.store, plan.persistence));
        } finally {
          await opened.remove();
        }
      }
      const [sqlite, postgres] = byStore as [PersistenceResult, PersistenceResult];
      results.persistence = { sqlite, postgres };
      const pair = (get: (r: PersistenceResult) => number) => [get(sqlite), get(postgres)] as const;
      storeRows.push(
        {
          label: 'store appends (one transaction each)',
          unit: 'per-s',
          values: pair((r) => r.storeAppendsPerSecond),
        },
        {
          label: 'appends through a room (one update per turn)',
          unit: 'per-s',
          values: pair((r) => r.roomAppendsPerSecond),
        },
        {
          label: `reload of a board with ${sqlite.reloadUpdates} logged updates`,
          unit: 'ms',
          values: pair((r) => r.reloadMs),
        },
      );
      summary.push(
        `appends ${format(sqlite.storeAppendsPerSecond, 'per-s')} SQLite, ${format(postgres.storeAppendsPerSecond, 'per-s')} Postgres`,
        `reload ${format(sqlite.reloadMs, 'ms')} SQLite, ${format(postgres.reloadMs, 'ms')} Postgres`,
      );
    }
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }

  const seconds = (performance.now() - started) / 1000;
  const header = `${machine()}; load average ${loadBefore} before, ${load()} after; clients ${mode} updates`;
  process.stdout.write(`\n${header}\n\n${table(rows)}\n\n`);
  if (storeRows.length > 0) {
    process.stdout.write(`${pairTable(['SQLite', 'Postgres'], storeRows)}\n\n`);
  }
  for (const note of notes) process.stdout.write(`note: ${note}\n`);
  if (heapReport.length > 0) process.stdout.write(`${heapReport.join('\n')}\n\n`);
  process.stdout.write(`summary (${seconds.toFixed(0)} s): ${summary.join('; ')}\n`);
  if (args.json)
    writeFileSync(
      args.json,
      `${JSON.stringify({ ...results, rows, storeRows, seconds, header }, null, 2)}\n`,
    );
}

main().catch((err: unknown) => {
  process.stderr.write(
    `bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
});
