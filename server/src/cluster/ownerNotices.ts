/**
 * Notices that a board changed owners, sent by the process that changed it (took the
 * lease, released it on drain or when its last room unloaded, or ended a dead owner's),
 * so that every process forwarding the board's sockets re-reads its owner at once
 * (cluster/forwardedSockets.ts) instead of at its next periodic check. A notice is a
 * hint, never the truth: the owner is read from the leases (Postgres), and the periodic
 * check still runs for notices lost while Redis was away.
 */
import type { FastifyBaseLogger } from 'fastify';
import { BoardIdSchema } from '@hindsight/shared';
import type { SharedRedis } from './redis.ts';

export interface OwnerNotices {
  /** Tells every process that the board's owner changed. */
  changed(boardId: string): void;
  /** Calls `listener` with each board whose owner changed, this process's boards included. */
  onChange(listener: (boardId: string) => void): void;
}

/** One process: nobody else forwards its boards, there is nobody to tell. */
export const noNotices: OwnerNotices = {
  changed: () => undefined,
  onChange: () => undefined,
};

/** The channel of the notices, under the deployment's prefix. */
export const ownersChannel = (prefix: string) => `${prefix}owners`;

/** Notices over Redis pub/sub: the message is the board's id, checked on arrival. */
export function redisNotices(redis: SharedRedis, log: FastifyBaseLogger): OwnerNotices {
  const channel = ownersChannel(redis.prefix);
  const listeners: ((boardId: string) => void)[] = [];
  redis.subscriber.on('message', (from: string, message: string) => {
    if (from !== channel) return;
    const boardId = BoardIdSchema.safeParse(message);
    if (!boardId.success) return log.warn('redis: an owners notice that names no board');
    for (const listener of listeners) listener(boardId.data);
  });
  redis.subscriber
    .subscribe(channel)
    .catch((err: unknown) => log.error({ err }, 'redis: could not subscribe to owner notices'));
  return {
    changed(boardId) {
      // Lost while Redis is away: the forwarders' periodic check covers it.
      redis.client.publish(channel, boardId).catch(() => undefined);
    },
    onChange(listener) {
      listeners.push(listener);
    },
  };
}
