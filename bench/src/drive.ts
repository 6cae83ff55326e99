/** Runs a scenario on every started server: one after another, or fan-out rooms in rounds. */
import type { BenchServer, RoomServer } from './servers.ts';
import type { ByKind } from './collect.ts';
import type { Mode } from './client.ts';
import { FanoutRoom, type FanoutResult, type Pace } from './scenarios/fanout.ts';

export const progress = (line: string) => process.stderr.write(`${line}\n`);

/** Runs `run` on every server in turn and gathers the results by kind. */
export async function each<T>(
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
export async function fanout(
  servers: readonly BenchServer[],
  clients: number,
  pace: Pace,
  rounds: number,
  mode: Mode,
): Promise<ByKind<FanoutResult>> {
  const results = await fanoutRooms(servers, clients, pace, rounds, mode);
  const out: ByKind<FanoutResult> = {};
  results.forEach((result, i) => (out[servers[i]!.kind] = result));
  return out;
}

/** One fan-out room per server, driven in alternating rounds; results in the servers' order. */
export async function fanoutRooms(
  servers: readonly RoomServer[],
  clients: number,
  pace: Pace,
  rounds: number,
  mode: Mode,
): Promise<FanoutResult[]> {
  const rooms: FanoutRoom[] = [];
  try {
    for (const s of servers) rooms.push(await FanoutRoom.open(s, clients, mode));
    for (let round = 0; round < rounds; round++) {
      for (const room of rooms) await room.run(pace);
    }
    return rooms.map((room) => room.result());
  } finally {
    await Promise.all(rooms.map((room) => room.close()));
  }
}
