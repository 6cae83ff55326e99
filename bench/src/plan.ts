/** How much each scenario does: the full run, and the quick one CI runs (under a minute). */
import type { PersistenceOptions } from './scenarios/persistence.ts';

export interface Plan {
  /** Fan-out runs alternate between the servers this many times; samples are pooled. */
  readonly rounds: number;
  readonly latency: {
    readonly clients: readonly number[];
    readonly perSecond: number;
    /** Updates per round. */
    readonly updates: number;
  };
  readonly throughput: {
    readonly clients: readonly number[];
    /** Seconds per round. */
    readonly seconds: number;
    readonly inFlight: number;
  };
  readonly join: { readonly clients: number; readonly boardBytes: number; readonly storms: number };
  readonly resident: { readonly rooms: number; readonly boardBytes: number };
  readonly many: { readonly rooms: number; readonly clients: number };
  readonly persistence: PersistenceOptions;
  /** Restore of a board of `boardBytes`, timed `runs` times. */
  readonly restore: { readonly boardBytes: number; readonly runs: number };
  /** The reveal projection after one change, timed `runs` times per board size. */
  readonly reveal: { readonly members: readonly number[]; readonly runs: number };
  /** The library: `postmortems` in the index, each search and list page asked `runs` times. */
  readonly search: { readonly postmortems: number; readonly runs: number };
  /** Three processes behind nginx against one: fan-out, join storms and the owner killed. */
  readonly cluster: {
    readonly fanoutClients: readonly number[];
    readonly perSecond: number;
    readonly updates: number;
    readonly join: {
      readonly clients: number;
      readonly boardBytes: number;
      readonly storms: number;
    };
    /** Owner kills, unless --kills says otherwise. */
    readonly kills: number;
  };
}

export const FULL: Plan = {
  rounds: 4,
  latency: { clients: [10, 100, 500], perSecond: 20, updates: 50 },
  throughput: { clients: [100, 500], seconds: 2, inFlight: 32 },
  join: { clients: 200, boardBytes: 1_000_000, storms: 3 },
  resident: { rooms: 100, boardBytes: 100_000 },
  many: { rooms: 1000, clients: 5 },
  persistence: { appends: 20_000, reloadUpdates: 20_000 },
  restore: { boardBytes: 1_000_000, runs: 9 },
  reveal: { members: [20, 200], runs: 41 },
  search: { postmortems: 10_000, runs: 10 },
  cluster: {
    fanoutClients: [100, 300],
    perSecond: 20,
    updates: 50,
    join: { clients: 200, boardBytes: 1_000_000, storms: 3 },
    kills: 20,
  },
};

export const QUICK: Plan = {
  rounds: 2,
  latency: { clients: [100], perSecond: 20, updates: 20 },
  throughput: { clients: [100], seconds: 1, inFlight: 32 },
  join: { clients: 50, boardBytes: 1_000_000, storms: 1 },
  resident: { rooms: 10, boardBytes: 100_000 },
  many: { rooms: 100, clients: 5 },
  persistence: { appends: 2_000, reloadUpdates: 20_000 },
  restore: { boardBytes: 1_000_000, runs: 3 },
  reveal: { members: [20, 200], runs: 9 },
  search: { postmortems: 1_000, runs: 3 },
  // Tiny: that every part still runs (processes, nginx, Redis, a kill), not a figure.
  cluster: {
    fanoutClients: [10],
    perSecond: 20,
    updates: 10,
    join: { clients: 20, boardBytes: 100_000, storms: 1 },
    kills: 1,
  },
};
