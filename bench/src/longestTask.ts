/**
 * The longest task of a process's main thread in a time window, read from a V8 CPU profile
 * (`node --cpu-prof`): a run of samples in which the thread was not idle. The stall meter
 * measures from outside, and on a loaded machine its figure includes the time the server
 * waited for a core and the meter's own delays; this one says what the server's event
 * loop itself was busy with, and for how long at a stretch. Runs are ranked by their
 * samples times the sampling interval, about the time the thread ran: on a loaded
 * machine a run's wall time also holds the time it waited for a core.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string };
  readonly children?: readonly number[];
}

interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface LongestTask {
  /** About the time the thread ran during it: its samples times the sampling interval. */
  readonly ms: number;
  /** From its first sample to the idle one after it. */
  readonly wallMs: number;
  /** The project's functions on the stack most often during it, innermost first. */
  readonly where: string;
}

/** The main thread's profile that process `pid` wrote into `dir`. */
export function mainThreadProfile(dir: string, pid: number): Profile | null {
  const name = readdirSync(dir).find((f) => f.includes(`.${pid}.0.`) && f.endsWith('.cpuprofile'));
  return name ? (JSON.parse(readFileSync(join(dir, name), 'utf8')) as Profile) : null;
}

/**
 * The longest run of non-idle samples between `fromUs` and `toUs` (the monotonic clock in
 * microseconds, as `process.hrtime` gives it: the profile's clock, in every process).
 */
export function longestTask(profile: Profile, fromUs: number, toUs: number): LongestTask {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const deltas = [...profile.timeDeltas].sort((a, b) => a - b);
  const intervalUs = deltas[Math.floor(deltas.length / 2)] ?? 1000;
  let best = { wallMs: 0, samples: [] as number[] };
  let run: { start: number; end: number; samples: number[] } | null = null;
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i]!;
    if (t < fromUs || t > toUs) return;
    const idle = byId.get(id)!.callFrame.functionName === '(idle)';
    if (!idle) {
      run ??= { start: t, end: t, samples: [] };
      run.end = t;
      run.samples.push(id);
      return;
    }
    if (run) {
      // The run lasted until this idle sample was taken.
      if (run.samples.length > best.samples.length) {
        best = { wallMs: (t - run.start) / 1000, samples: run.samples };
      }
      run = null;
    }
  });
  const counts = new Map<string, number>();
  for (const id of best.samples) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const { functionName, url } = byId.get(at)!.callFrame;
      if (!url.includes('/server/src/')) continue;
      const name = `${functionName || '(anonymous)'} (${url.split('/server/src/')[1]})`;
      if (!seen.has(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
      seen.add(name);
    }
  }
  const where = [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([name]) => name)
    .join(', ');
  return {
    ms: Math.round((best.samples.length * intervalUs) / 1000),
    wallMs: Math.round(best.wallMs),
    where: where || 'outside the project',
  };
}
