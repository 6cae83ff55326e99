/**
 * The CPU time and resident memory of processes the bench did not fork with IPC (the
 * Hindsight server processes run as in production), read from /proc as `ps` does.
 */
import { readFileSync } from 'node:fs';
import type { Usage } from '../ipc.ts';

/** Clock ticks per second of /proc's times (USER_HZ): 100 on Linux. */
const TICKS_PER_SECOND = 100;
const PAGE_BYTES = 4096;

/** CPU (user and system, µs) and RSS summed over `pids`; a process gone counts nothing. */
export function processUsage(pids: readonly number[]): Usage {
  let user = 0;
  let system = 0;
  let rss = 0;
  for (const pid of pids) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue;
    }
    // The fields after the command name (which may hold spaces) in parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime, stime and rss are fields 14, 15 and 24 of proc(5); here 3 fewer.
    user += Number(fields[11]);
    system += Number(fields[12]);
    rss += Number(fields[21]) * PAGE_BYTES;
  }
  const us = 1_000_000 / TICKS_PER_SECOND;
  return { cpuUser: user * us, cpuSystem: system * us, rss, heapUsed: 0, external: 0, rooms: 0 };
}
