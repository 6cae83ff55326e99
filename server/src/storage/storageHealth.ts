/**
 * The store's write health for the whole process: free space in DATA_DIR, checked on a
 * timer and before a board is created, and the outcome of every store write (see
 * watchedStore.ts). Rooms refuse edits and the API refuses new boards while it reports a
 * problem; `/readyz` answers 503 with it. The log says "cannot write" once per episode at
 * error level, and once when writes work again.
 */
import { statfs } from 'node:fs/promises';
import type { FastifyBaseLogger } from 'fastify';
import {
  episodeChange,
  HEALTHY,
  isLowOnDisk,
  isStorageFailure,
  problemOf,
  type StorageProblem,
  type WriteHealthFacts,
} from './writeHealth.ts';
import type { WriteMethod, WriteObserver } from './watchedStore.ts';
import { StaleLeaseError } from '../cluster/leases.ts';
import { ShuttingDownError } from '../sync/roomManager.ts';

export interface StorageHealthOptions {
  readonly log: FastifyBaseLogger;
  /** The directory whose free space is watched; null for a store elsewhere (Postgres). */
  readonly dataDir: string | null;
  /** Free bytes below which new writes are refused. */
  readonly minFreeBytes: number;
  /** How often free space is checked, and a failed store probed, ms. */
  readonly checkEveryMs: number;
}

/** Bytes an unprivileged process may still write in `dir`'s filesystem. */
export async function freeBytes(dir: string): Promise<number> {
  const stats = await statfs(dir);
  return stats.bavail * stats.bsize;
}

export class StorageHealth implements WriteObserver {
  private facts: WriteHealthFacts = HEALTHY;
  private timer: NodeJS.Timeout | undefined;
  private checking: Promise<void> | null = null;
  /** Writes a row to see whether the store takes writes; set once the store is watched. */
  probe: () => Promise<void> = async () => undefined;
  /**
   * True while writes that failed wait for a retry (rooms' updates). Their success, not a
   * probe's, then ends the episode: a one-row probe can fit where a room's update does not.
   */
  retriesWaiting: () => boolean = () => false;
  /** Resolvers of {@link whenWritable}, called when the episode ends. */
  private waiters: (() => void)[] = [];

  constructor(private readonly options: StorageHealthOptions) {}

  /** Why writes are refused now; null while they are accepted. */
  get problem(): StorageProblem | null {
    return problemOf(this.facts);
  }

  get writable(): boolean {
    return this.problem === null;
  }

  /**
   * Resolves once the store takes writes: now if it does, else when the episode ends. The
   * server's own writes (the reveal, the tally, versions, attendance) wait on it rather
   * than write what could not be stored.
   */
  whenWritable(): Promise<void> {
    if (this.writable) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  wrote(method: WriteMethod): void {
    if (!this.facts.writeFailed) return;
    if (method === 'probeWrite' && this.retriesWaiting()) return;
    this.update({ ...this.facts, writeFailed: false });
  }

  failed(err: unknown): void {
    if (!isStorageFailure(err)) return;
    this.update({ ...this.facts, writeFailed: true }, err);
  }

  /**
   * Logs a failed write of some feature (an attendee, a version, a lock): at error level,
   * unless it is a storage failure of the episode already logged, which says it once, or
   * a write the shutdown cut short, or a write refused because another process took the
   * board over (a warning).
   */
  logWriteFailure(
    log: FastifyBaseLogger,
    err: unknown,
    message: string,
    fields: Record<string, unknown> = {},
  ): void {
    if (err instanceof StaleLeaseError) {
      // No failure either: another process owns the board now and keeps its data.
      log.warn(
        { ...fields, board: err.fence.boardId },
        `${message}: another process owns the board`,
      );
      return;
    }
    // A write the shutdown cut short is no failure: it is redone when the board next opens.
    const known = err instanceof ShuttingDownError || (isStorageFailure(err) && !this.writable);
    log[known ? 'debug' : 'error']({ ...fields, err }, message);
  }

  /** Checks free space now (one check at a time; callers during one share it). */
  checkDisk(): Promise<void> {
    const { dataDir, minFreeBytes } = this.options;
    if (dataDir === null || minFreeBytes <= 0) return Promise.resolve();
    this.checking ??= freeBytes(dataDir)
      .then((free) => {
        const lowDisk = isLowOnDisk(free, minFreeBytes);
        if (lowDisk !== this.facts.lowDisk)
          this.update({ ...this.facts, lowDisk }, undefined, free);
      })
      // A directory that cannot be examined is not a full disk; the writes will tell.
      .catch((err: unknown) => this.options.log.warn({ err }, 'storage: could not read free space'))
      .finally(() => (this.checking = null));
    return this.checking;
  }

  /**
   * Checks free space and, unless it is low, writes the probe row: the answer is whether
   * the store takes writes right now. A failed probe counts as a failed write.
   */
  async check(): Promise<StorageProblem | null> {
    await this.checkDisk();
    if (!this.facts.lowDisk) await this.probe().catch(() => undefined);
    return this.problem;
  }

  /** Checks on a timer; while a write has failed, probes too, so edits resume on their own. */
  start(): void {
    const tick = () => {
      void this.checkDisk().then(() => (this.facts.writeFailed ? this.check() : undefined));
    };
    this.timer = setInterval(tick, this.options.checkEveryMs).unref();
    tick();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private update(next: WriteHealthFacts, err?: unknown, free?: number): void {
    const change = episodeChange(this.facts, next);
    this.facts = next;
    const { log, dataDir, minFreeBytes } = this.options;
    if (change === 'began' && next.lowDisk) {
      log.error(
        { dataDir, freeBytes: free, minFreeBytes },
        'storage: free space in DATA_DIR is below MIN_FREE_DISK_MB; new boards and edits are refused until space is freed',
      );
    } else if (change === 'began') {
      log.error(
        { err },
        'storage: a write failed; new boards and edits are refused until the store writes again',
      );
    } else if (change === 'ended') {
      log.info('storage: writes work again; new boards and edits are accepted');
      for (const resolve of this.waiters.splice(0)) resolve();
    }
  }
}
