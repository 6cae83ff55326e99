/**
 * Whether the server's own writes wait for the store, followed over time: the store
 * refuses writes (it failed, or the disk is low), or an append has been running for
 * longer than {@link SLOW_APPEND_MS} (a slow store, whose queue of writes grows). A change
 * either way is handed to `changed`, which tells the facilitators (sync/room.ts).
 */

/** An append running this long means the store is slow, ms. */
export const SLOW_APPEND_MS = 2000;
/** How often the state is looked at, ms. */
const CHECK_EVERY_MS = 500;

export interface WriteFacts {
  /** The store takes writes (storage/storageHealth.ts). */
  readonly writable: boolean;
  /** The longest time an append has been running, ms. */
  readonly longestAppendMs: number;
}

/** Whether writes wait, from the facts of one moment. */
export function writesWait({ writable, longestAppendMs }: WriteFacts): boolean {
  return !writable || longestAppendMs > SLOW_APPEND_MS;
}

export class WritesWaiting {
  private waiting = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly facts: () => WriteFacts,
    private readonly changed: (waiting: boolean) => void,
  ) {}

  /** True while writes wait, as last looked at. */
  get now(): boolean {
    return this.waiting;
  }

  /** Looks at the facts now; tells `changed` when the answer differs from the last one. */
  check(): void {
    const waiting = writesWait(this.facts());
    if (waiting === this.waiting) return;
    this.waiting = waiting;
    this.changed(waiting);
  }

  start(): void {
    this.timer = setInterval(() => this.check(), CHECK_EVERY_MS).unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
