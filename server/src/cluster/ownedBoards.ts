/**
 * The boards this process owns: their leases taken when a room of theirs loads, renewed
 * together on a timer, released when the board's last room unloads. A lease found taken
 * over at a renewal is reported, and the rooms of its board stop serving (sync/roomManager.ts).
 */
import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { nothingListens } from './forward.ts';
import { noNotices, type OwnerNotices } from './ownerNotices.ts';
import {
  LEASE_TTL_MS,
  RENEW_EVERY_MS,
  type BoardLeases,
  type Fence,
  type Owner,
} from './leases.ts';

/** An owner at `self`'s address that is not `self`: an earlier run of the same process slot. */
export function isPredecessor(owner: Owner, self: Owner): boolean {
  return self.address !== '' && owner.address === self.address && owner.id !== self.id;
}

export interface OwnedBoardsOptions {
  readonly leases: BoardLeases;
  /** Told each change of owner this process makes, for the processes forwarding to it. */
  readonly notices?: OwnerNotices;
  readonly log: FastifyBaseLogger;
  /** This process's internal address, when known before it listens (INTERNAL_URL). */
  readonly address?: string | undefined;
  readonly ttlMs?: number;
  readonly renewEveryMs?: number;
}

export class OwnedBoards {
  /** This run of the process: a restart on the same address is another owner. */
  readonly id = randomUUID();
  private address: string;
  /** The boards held, by id, and the epoch each was taken with. */
  private readonly held = new Map<string, number>();
  private readonly claims = new Map<string, Promise<Fence | null>>();
  private timer: NodeJS.Timeout | undefined;
  /** When the leases' store last answered a renewal, ms; for the readiness probe. */
  private renewedAt = Date.now();
  private readonly ttlMs: number;
  /** How often the leases are renewed, ms; forwarders check their boards' owners as often. */
  readonly renewEveryMs: number;
  /** Told when a board's lease was taken over: its rooms must stop serving. */
  onLost: (boardId: string) => void = () => undefined;

  constructor(private readonly options: OwnedBoardsOptions) {
    this.address = options.address ?? '';
    this.ttlMs = options.ttlMs ?? LEASE_TTL_MS;
    this.renewEveryMs = options.renewEveryMs ?? RENEW_EVERY_MS;
  }

  private get notices(): OwnerNotices {
    return this.options.notices ?? noNotices;
  }

  private get owner(): Owner {
    return { id: this.id, address: this.address };
  }

  /** Sets where other processes reach this one, once it listens (a port 0 is known then). */
  listening(address: string): void {
    if (!this.options.address) this.address = address;
  }

  /** The board's fence if this process holds its lease, else null: another process serves it. */
  hold(boardId: string): Promise<Fence | null> {
    const epoch = this.held.get(boardId);
    if (epoch !== undefined) return Promise.resolve({ boardId, epoch });
    let claim = this.claims.get(boardId);
    if (!claim) {
      claim = this.claim(boardId)
        .then((epoch) => {
          if (epoch === null) return null;
          this.held.set(boardId, epoch);
          this.notices.changed(boardId);
          return { boardId, epoch };
        })
        .finally(() => this.claims.delete(boardId));
      this.claims.set(boardId, claim);
    }
    return claim;
  }

  /**
   * Claims the board's lease: its epoch, or null when another process owns it. A lease
   * held at this process's own address by another run is a predecessor's, killed and
   * replaced by this one on its port (as an orchestrator restarts a process): it is ended
   * at once and claimed again, since nothing else can listen there. Otherwise sockets
   * forwarded to that address would come here, find the board owned, and be sent to
   * reconnect until the dead run's lease ran out.
   */
  private async claim(boardId: string): Promise<number | null> {
    const { leases } = this.options;
    const answer = await leases.claim(boardId, this.owner, this.ttlMs);
    if (answer.kind === 'owned') return answer.epoch;
    if (!isPredecessor(answer.owner, this.owner)) return null;
    this.options.log.warn({ boardId }, 'a board was owned by the process this one replaced');
    await leases.endDead(boardId, answer.owner);
    const again = await leases.claim(boardId, this.owner, this.ttlMs);
    return again.kind === 'owned' ? again.epoch : null;
  }

  /** Whether this process holds the board's lease now. */
  holds(boardId: string): boolean {
    return this.held.has(boardId);
  }

  /** The live owner of a board other than this process, if any: where its sockets go. */
  async elsewhere(boardId: string): Promise<Owner | null> {
    if (this.held.has(boardId)) return null;
    const owner = await this.options.leases.ownerOf(boardId);
    return owner && owner.id !== this.id && owner.address ? owner : null;
  }

  /**
   * A socket forwarded to the board's owner failed or dropped: when nothing listens at its
   * address any more (killed), its lease is ended now, so the board's clients, reconnecting,
   * have it taken by the first process they reach instead of waiting for the lease to expire.
   */
  async ownerLost(boardId: string, owner: Owner): Promise<void> {
    if (!(await nothingListens(owner.address))) return;
    this.options.log.warn({ boardId, owner: owner.address }, 'the owner of a board is gone');
    await this.options.leases.endDead(boardId, owner);
    this.notices.changed(boardId);
  }

  /** Ends the board's lease, so that the next process to open it takes it at once. */
  async release(boardId: string): Promise<void> {
    const epoch = this.held.get(boardId);
    if (epoch === undefined) return;
    this.held.delete(boardId);
    await this.options.leases.release(this.owner, { boardId, epoch }).then(
      () => this.notices.changed(boardId),
      (err: unknown) =>
        this.options.log.warn({ err, boardId }, 'could not release a lease; it expires'),
    );
  }

  /** Forgets a lease found taken over (nothing to release). */
  forget(boardId: string): void {
    this.held.delete(boardId);
  }

  /** Whether the leases' store answered within a lease's time: boards can be served. */
  get coordinated(): boolean {
    return Date.now() - this.renewedAt < this.ttlMs;
  }

  /** Asks the leases' store directly; rejects when it does not answer. */
  ping(): Promise<void> {
    return this.options.leases.ping();
  }

  start(): void {
    this.timer = setInterval(() => void this.renew(), this.renewEveryMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private async renew(): Promise<void> {
    const fences = [...this.held].map(([boardId, epoch]) => ({ boardId, epoch }));
    let kept: Set<string>;
    try {
      kept = await this.options.leases.renew(this.owner, fences, this.ttlMs);
    } catch (err) {
      // The fences keep the boards safe meanwhile: a takeover refuses this process's writes.
      this.options.log.warn({ err }, 'could not renew the leases');
      return;
    }
    this.renewedAt = Date.now();
    for (const { boardId, epoch } of fences) {
      if (kept.has(boardId) || this.held.get(boardId) !== epoch) continue;
      this.held.delete(boardId);
      this.options.log.warn({ boardId }, 'another process took over a board');
      this.onLost(boardId);
    }
  }
}
