/**
 * Runs a task per key a while after the last call for that key, and never later than a
 * limit after the first call it has not run yet: an index that follows a board being
 * edited stays at most `maxDelayMs` behind however busy the board is.
 */
export interface DebounceOptions {
  readonly delayMs: number;
  readonly maxDelayMs: number;
  readonly run: (key: string) => Promise<void>;
}

export class KeyedDebounce {
  private readonly pending = new Map<string, { timer: NodeJS.Timeout; since: number }>();
  private readonly running = new Map<string, Promise<void>>();

  constructor(
    private readonly options: DebounceOptions,
    private readonly now: () => number = Date.now,
  ) {}

  /** Asks for a run of `key`: after the delay, or at the limit. */
  schedule(key: string): void {
    const { delayMs, maxDelayMs } = this.options;
    const since = this.pending.get(key)?.since ?? this.now();
    clearTimeout(this.pending.get(key)?.timer);
    const wait = Math.max(0, Math.min(delayMs, since + maxDelayMs - this.now()));
    const timer = setTimeout(() => void this.flush(key), wait);
    timer.unref();
    this.pending.set(key, { timer, since });
  }

  isPending(key: string): boolean {
    return this.pending.has(key);
  }

  /** Runs `key` now if a run is pending (after any run of it in progress); resolves when done. */
  async flush(key: string): Promise<void> {
    const entry = this.pending.get(key);
    if (!entry) return this.running.get(key);
    clearTimeout(entry.timer);
    this.pending.delete(key);
    const previous = this.running.get(key) ?? Promise.resolve();
    const run = previous.then(() => this.options.run(key));
    this.running.set(key, run);
    try {
      await run;
    } finally {
      if (this.running.get(key) === run) this.running.delete(key);
    }
  }

  /** Runs every pending key now. */
  async flushAll(): Promise<void> {
    await Promise.all([...this.pending.keys()].map((key) => this.flush(key)));
  }

  /** Forgets every pending run. */
  cancelAll(): void {
    for (const { timer } of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }
}
