/**
 * Scale-out: Hindsight on three processes behind nginx against one, and Hocuspocus with
 * its Redis extension the same way; fan-out and join storms with the clients spread by
 * nginx, then the failover time of Hindsight's board owner killed again and again.
 */
import { format, type PairRow } from '../report.ts';
import { fanoutRooms, progress } from '../drive.ts';
import { runFailover } from '../cluster/failover.ts';
import {
  hindsight,
  hindsightStorage,
  hocuspocus,
  type Deployment,
  type HindsightDeployment,
  type HindsightStorage,
} from '../cluster/deployments.ts';
import { runJoinStorm, summarizeStorms, type JoinStormRun } from '../scenarios/joinStorm.ts';
import { ratio, type Summary } from '../stats.ts';
import type { Section } from './context.ts';

/** A resident client per process before each storm (see JoinStormOptions.residents). */
const RESIDENTS = 3;

/** One server's deployments: one process, then three. */
interface Pair {
  readonly server: string;
  readonly single: Deployment;
  readonly scaled: Deployment;
}

export interface ClusterOptions {
  /** The comparison: fan-out and join storms, Hindsight and Hocuspocus, 1 and 3 processes. */
  readonly compare: boolean;
  /** Kills of a board's owner; none skips the failover. */
  readonly kills: number;
}

type Keep = <D extends Deployment>(d: Promise<D>) => Promise<D>;

export async function cluster(section: Section, { compare, kills }: ClusterOptions): Promise<void> {
  const storage = await hindsightStorage();
  const started: Deployment[] = [];
  const keep: Keep = async (d) => {
    const deployment = await d;
    started.push(deployment);
    return deployment;
  };
  try {
    progress('cluster: starting Hindsight, 3 processes behind nginx');
    const scaledHindsight = await keep(hindsight(storage, 3));
    if (compare) await comparison(section, storage, scaledHindsight, keep);
    if (kills > 0) await failover(section, scaledHindsight, kills);
  } finally {
    for (const d of started) await d.close();
    await storage.remove();
  }
}

async function comparison(
  { plan, out, mode }: Section,
  storage: HindsightStorage,
  scaledHindsight: HindsightDeployment,
  keep: Keep,
): Promise<void> {
  const c = plan.cluster;
  progress('cluster: starting Hindsight (1 process) and Hocuspocus (1, and 3 + Redis)');
  const pairs: Pair[] = [
    { server: 'Hindsight', single: await keep(hindsight(storage, 1)), scaled: scaledHindsight },
    {
      server: 'Hocuspocus',
      single: await keep(hocuspocus(1)),
      scaled: await keep(hocuspocus(3)),
    },
  ];
  const all = pairs.flatMap((p) => [p.single, p.scaled]);
  /** Each server's rows together, Hindsight's first. */
  const rows = new Map<Pair, PairRow[]>(pairs.map((p) => [p, []]));
  const add = (label: string, unit: PairRow['unit'], get: (d: Deployment) => number) => {
    for (const p of pairs)
      rows.get(p)!.push({
        label: `${p.server}: ${label}`,
        unit,
        values: [get(p.single), get(p.scaled)],
      });
  };

  for (const clients of c.fanoutClients) {
    progress(`cluster: fan-out latency, ${clients} clients`);
    const pace = { kind: 'rate', perSecond: c.perSecond, updates: c.updates } as const;
    const results = await fanoutRooms(all, clients, pace, plan.rounds, mode);
    const of = (d: Deployment) => results[all.indexOf(d)]!;
    for (const [i, r] of results.entries()) {
      if (r.lost > 0)
        out.notes.push(`cluster fan-out ${clients}, ${all[i]!.name}: ${r.lost} deliveries lost`);
    }
    const at = `fan-out ${clients} clients, ${c.perSecond} updates/s`;
    add(`${at}: p50`, 'ms', (d) => of(d).latency.p50);
    add(`${at}: p99`, 'ms', (d) => of(d).latency.p99);
    add(`${at}: server CPU per delivery`, 'us', (d) => of(d).cpuPerDeliveryUs);
  }

  const { clients, boardBytes, storms } = c.join;
  progress(`cluster: join storm, ${clients} clients x ${storms}`);
  const runs = new Map<Deployment, JoinStormRun[]>(all.map((d) => [d, []]));
  for (let i = 0; i < storms; i++) {
    for (const d of all) {
      runs.get(d)!.push(await runJoinStorm(d, { clients, boardBytes, residents: RESIDENTS }));
    }
  }
  const storm = (d: Deployment) => summarizeStorms(runs.get(d)!);
  const at = `join storm: ${clients} clients, ${format(boardBytes, 'bytes')} board`;
  add(`${at}, synced p50`, 'ms', (d) => storm(d).synced.p50);
  add(`${at}, synced p99`, 'ms', (d) => storm(d).synced.p99);
  add(`${at}, last synced`, 'ms', (d) => storm(d).synced.max);
  add(`${at}, joiners that got the whole board`, 'percent', (d) => storm(d).completeShare * 100);
  add(`${at}, server CPU per storm`, 'ms', (d) => storm(d).cpuMs);

  for (const list of rows.values()) out.clusterRows.push(...list);
  for (const p of pairs) {
    const row = (label: string) =>
      rows.get(p)!.find((r) => r.label === `${p.server}: ${label}`)!.values;
    const fan = row(`fan-out ${c.fanoutClients.at(-1)} clients, ${c.perSecond} updates/s: p99`);
    const join = row(`${at}, synced p99`);
    out.summary.push(
      `${p.server} 3 processes / 1: fan-out p99 ${ratio(fan[1], fan[0]).toFixed(2)}x, join storm p99 ${ratio(join[1], join[0]).toFixed(2)}x`,
    );
  }
  out.results.cluster = {
    rows: out.clusterRows,
    join: Object.fromEntries(all.map((d) => [d.name, storm(d)])),
  };
}

async function failover({ out }: Section, scaledHindsight: HindsightDeployment, kills: number) {
  progress(`cluster: failover, the board's owner killed ${kills} time(s)`);
  const failover = await runFailover(scaledHindsight, kills);
  out.results.failover = failover;
  const live: Summary = failover.live;
  out.notes.push(
    `Hindsight failover over ${failover.kills} kills of the owner (seed ${failover.seed}), kill to every client live again: p50 ${format(live.p50, 'ms')}, p99 ${format(live.p99, 'ms')}, max ${format(live.max, 'ms')}; ${failover.missed} missed`,
  );
  out.summary.push(
    `failover p50 ${format(live.p50, 'ms')}, p99 ${format(live.p99, 'ms')} over ${failover.kills} kills`,
  );
}
