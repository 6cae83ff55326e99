/** The join storm: many clients open a large board at once, on every server. */
import type { ServerKind } from '../ipc.ts';
import { pick, ratioSummary, type ByKind } from '../collect.ts';
import { each, progress } from '../drive.ts';
import { format } from '../report.ts';
import { runJoinStorm, summarizeStorms, type JoinStormRun } from '../scenarios/joinStorm.ts';
import type { Section } from './context.ts';

export async function join({ plan, out, servers }: Section): Promise<void> {
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
  for (const [kind, list] of Object.entries(runs)) r[kind as ServerKind] = summarizeStorms(list);
  out.results.join = r;
  const at = `join storm: ${clients} clients, ${format(boardBytes, 'bytes')} board`;
  out.add(
    `${at}, socket open p99`,
    'ms',
    pick(r, (x) => x.opened.p99),
  );
  out.add(
    `${at}, synced p50`,
    'ms',
    pick(r, (x) => x.synced.p50),
  );
  const p99 = out.add(
    `${at}, synced p99`,
    'ms',
    pick(r, (x) => x.synced.p99),
  );
  out.add(
    `${at}, server CPU per storm`,
    'ms',
    pick(r, (x) => x.cpuMs),
  );
  const whole = `${at}, joiners that got the whole board`;
  out.add(
    whole,
    'percent',
    pick(r, (x) => x.completeShare * 100),
  );
  out.summary.push(ratioSummary('join storm p99', p99));
}
