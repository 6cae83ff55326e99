/**
 * The stall meter: pings `/api/time` of a server in a loop, one request after the other,
 * and records the longest time between two answers. While the server's event loop is
 * blocked nothing is answered, so the longest gap is the longest stall anyone saw —
 * every board and every user wait for the same loop.
 *
 * The wall-clock gap also grows when the machine is busy and the process simply waits for a
 * core; the CPU time the process spent inside a gap does not. An attack that stalls the loop
 * burns CPU for the whole gap, so the attack tests bound `busiestCpuMs`.
 *
 * Used by the attack tests (server/test/abuse.test.ts) and the bench (bench/, scenario
 * "stalls"), which reports the figures against the 100 ms goal.
 */
export interface StallReport {
  /** Longest time between two answers (or from the start to the first), ms. */
  readonly longestMs: number;
  /** Most CPU time (user + system, every thread of this process) spent between two answers, ms. */
  readonly busiestCpuMs: number;
  /** Answers received. */
  readonly pings: number;
}

export interface StallMeter {
  /** Stops pinging after the request in flight and reports. */
  stop(): Promise<StallReport>;
}

export function startStallMeter(baseUrl: string): StallMeter {
  let running = true;
  let longestMs = 0;
  let busiestCpuUs = 0;
  let pings = 0;
  const loop = (async () => {
    let last = performance.now();
    let lastCpu = process.cpuUsage();
    while (running) {
      try {
        const res = await fetch(`${baseUrl}/api/time`);
        await res.arrayBuffer();
      } catch {
        // A refused or dropped request counts as no answer: the gap keeps growing.
        continue;
      }
      const now = performance.now();
      const cpu = process.cpuUsage(lastCpu);
      longestMs = Math.max(longestMs, now - last);
      busiestCpuUs = Math.max(busiestCpuUs, cpu.user + cpu.system);
      last = now;
      lastCpu = process.cpuUsage();
      pings++;
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return {
        longestMs: Math.round(longestMs),
        busiestCpuMs: Math.round(busiestCpuUs / 1000),
        pings,
      };
    },
  };
}
