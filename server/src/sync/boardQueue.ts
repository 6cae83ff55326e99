/**
 * Server-side work that runs once per board at a time, in order: the brainstorm mirror,
 * publishing owners' confirmations. A failed run is logged and does not stop the next;
 * a run cut short by the shutdown is no failure (it is redone when the board next opens).
 */
import type { FastifyBaseLogger } from 'fastify';
import { ShuttingDownError } from './roomManager.ts';

export class BoardQueue {
  private readonly queues = new Map<string, Promise<void>>();

  constructor(
    private readonly log: FastifyBaseLogger,
    /** What a failure is logged as ("could not mirror the brainstorm"). */
    private readonly failure: string,
  ) {}

  /** Runs `work` for a board after the board's earlier runs; resolves when it is done. */
  run(boardId: string, work: () => Promise<void>): Promise<void> {
    const next = (this.queues.get(boardId) ?? Promise.resolve())
      .then(work)
      .catch((err: unknown) => {
        if (err instanceof ShuttingDownError) this.log.debug({ board: boardId }, err.message);
        else this.log.error({ err, board: boardId }, this.failure);
      });
    this.queues.set(boardId, next);
    void next.finally(() => {
      if (this.queues.get(boardId) === next) this.queues.delete(boardId);
    });
    return next;
  }

  /** Resolves when every run queued so far is done (for shutdown). */
  async drain(): Promise<void> {
    await Promise.all(this.queues.values());
  }
}
