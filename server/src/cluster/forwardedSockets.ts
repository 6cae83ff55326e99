/**
 * The sockets this process forwards, by board and the owner they go to. Every renewal
 * period the boards' owners are read again, and a socket whose board changed hands (taken
 * over from an owner that was paused or cut off, or left without an owner) is closed with
 * 1012: its client reconnects to the board's current owner instead of talking on to an
 * old one whose writes are refused. With Redis, a notice that one of these boards changed
 * owners (cluster/ownerNotices.ts) has them read again at once: the client moves as soon
 * as the new owner took the board, not up to a renewal period later.
 */
import type { FastifyBaseLogger } from 'fastify';
import { RENEW_EVERY_MS, type BoardLeases, type Owner } from './leases.ts';
import { noNotices, type OwnerNotices } from './ownerNotices.ts';

/** Closes a forwarded socket and its owner's side; the client reconnects. */
type CloseForwarded = (reason: string) => void;

interface Route {
  readonly ownerId: string;
  readonly close: CloseForwarded;
}

/** The routes to close: those whose owner is not the board's current one. */
export function movedRoutes<T extends { ownerId: string }>(
  routes: ReadonlyMap<string, ReadonlySet<T>>,
  owners: ReadonlyMap<string, Pick<Owner, 'id'>>,
): T[] {
  const moved: T[] = [];
  for (const [boardId, set] of routes) {
    const current = owners.get(boardId)?.id;
    for (const route of set) if (route.ownerId !== current) moved.push(route);
  }
  return moved;
}

export class ForwardedSockets {
  private readonly routes = new Map<string, Set<Route>>();
  private timer: NodeJS.Timeout | undefined;
  private checking = false;
  /** A notice came during a check: check again once it ends. */
  private again = false;

  constructor(
    private readonly leases: BoardLeases,
    private readonly log: FastifyBaseLogger,
    private readonly everyMs = RENEW_EVERY_MS,
    notices: OwnerNotices = noNotices,
  ) {
    notices.onChange((boardId) => {
      if (this.routes.has(boardId)) void this.check();
    });
  }

  /** Records a forwarded socket; the returned function forgets it (call it on close). */
  add(boardId: string, owner: Owner, close: CloseForwarded): () => void {
    const route: Route = { ownerId: owner.id, close };
    let set = this.routes.get(boardId);
    if (!set) this.routes.set(boardId, (set = new Set()));
    set.add(route);
    return () => {
      set.delete(route);
      if (set.size === 0 && this.routes.get(boardId) === set) this.routes.delete(boardId);
    };
  }

  /** How many sockets are forwarded now. */
  get size(): number {
    let n = 0;
    for (const set of this.routes.values()) n += set.size;
    return n;
  }

  start(): void {
    this.timer = setInterval(() => void this.check(), this.everyMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** Reads the owners of the boards forwarded and closes the sockets of those that moved. */
  async check(): Promise<void> {
    if (this.checking) {
      this.again = true;
      return;
    }
    if (this.routes.size === 0) return;
    this.checking = true;
    try {
      const owners = await this.leases.ownersOf([...this.routes.keys()]);
      const moved = movedRoutes(this.routes, owners);
      if (moved.length > 0) this.log.info({ sockets: moved.length }, 'boards changed owners');
      for (const route of moved) route.close('this board moved to another process; reconnect');
    } catch (err) {
      this.log.warn({ err }, "could not read the forwarded boards' owners");
    } finally {
      this.checking = false;
      if (this.again) {
        this.again = false;
        void this.check();
      }
    }
  }
}
