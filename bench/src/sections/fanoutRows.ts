/** Fan-out at a steady rate (latency) and saturated (throughput), on every server. */
import { pick, ratioSummary } from '../collect.ts';
import { fanout, progress } from '../drive.ts';
import type { Section } from './context.ts';

export async function latency({ plan, out, servers, mode }: Section): Promise<void> {
  const { perSecond, updates } = plan.latency;
  for (const clients of plan.latency.clients) {
    progress(`fan-out latency, ${clients} clients`);
    const pace = { kind: 'rate', perSecond, updates } as const;
    const r = await fanout(servers, clients, pace, plan.rounds, mode);
    out.results[`latency${clients}`] = r;
    const at = `fan-out ${clients} clients, ${perSecond} updates/s`;
    out.checkFanout(at, r);
    out.add(
      `${at}: p50`,
      'ms',
      pick(r, (x) => x.latency.p50),
    );
    out.add(
      `${at}: p95`,
      'ms',
      pick(r, (x) => x.latency.p95),
    );
    const p99 = out.add(
      `${at}: p99`,
      'ms',
      pick(r, (x) => x.latency.p99),
    );
    out.add(
      `${at}: server CPU per delivery`,
      'us',
      pick(r, (x) => x.cpuPerDeliveryUs),
    );
    out.summary.push(ratioSummary(`fan-out p99 @${clients}`, p99));
  }
}

export async function throughput({ plan, out, servers, mode }: Section): Promise<void> {
  const { seconds, inFlight } = plan.throughput;
  for (const clients of plan.throughput.clients) {
    progress(`fan-out throughput, ${clients} clients`);
    const pace = { kind: 'window', inFlight, seconds } as const;
    const r = await fanout(servers, clients, pace, plan.rounds, mode);
    out.results[`throughput${clients}`] = r;
    const at = `saturated fan-out ${clients} clients (${inFlight} updates in flight)`;
    out.checkFanout(at, r);
    const rate = out.add(
      `${at}: deliveries`,
      'per-s',
      pick(r, (x) => x.deliveriesPerSecond),
    );
    out.add(
      `${at}: server CPU per delivery`,
      'us',
      pick(r, (x) => x.cpuPerDeliveryUs),
    );
    out.add(
      `${at}: server CPU use`,
      'percent',
      pick(r, (x) => x.serverCpuPercent),
    );
    out.add(
      `${at}: bench CPU use`,
      'percent',
      pick(r, (x) => x.benchCpuPercent),
    );
    out.summary.push(ratioSummary(`deliveries/s @${clients}`, rate));
  }
}
