/**
 * One owner per board across processes: a lease with an epoch, a fencing token. The
 * process that opens a board's rooms takes its lease and renews it while they are open;
 * every write of the board's docs carries the epoch it was taken with, and the store
 * refuses it in the same transaction once a newer epoch exists, so an owner that was
 * paused past its lease can never overwrite what the next owner stored.
 *
 * The rules are here, pure; Postgres keeps the rows (cluster/postgresLeases.ts) on the
 * database's clock, and SQLite, one process, keeps them in memory ({@link localLeases}).
 */

/** How long a lease lasts without a renewal, ms: a dead owner's boards wait this long. */
export const LEASE_TTL_MS = 3000;
/** How often an owner renews its leases, ms: a third of the lease, so two renewals may fail. */
export const RENEW_EVERY_MS = 1000;

/** A process that may own boards: an id of its own for this run, and where others reach it. */
export interface Owner {
  readonly id: string;
  /** The process's internal address, `http://host:port`, where sockets are forwarded. */
  readonly address: string;
}

/** What a board's writes carry: the epoch of the lease their process holds. */
export interface Fence {
  readonly boardId: string;
  readonly epoch: number;
}

/** A lease as stored. `expiresAt` is ms on the clock of whoever keeps the rows. */
export interface LeaseRow {
  readonly ownerId: string;
  readonly address: string;
  readonly epoch: number;
  readonly expiresAt: number;
}

/** The answer to a claim: the board is ours with this epoch, or another live process serves it. */
export type Claim =
  | { readonly kind: 'owned'; readonly epoch: number }
  | { readonly kind: 'elsewhere'; readonly owner: Owner };

/** The store of leases: Postgres for several processes, memory for one. */
export interface BoardLeases {
  /**
   * Takes the board's lease for `owner` unless another owner's lease is live. Taking it
   * always adds one to the epoch, even from `owner` itself: a room of an earlier claim
   * can no longer write.
   */
  claim(boardId: string, owner: Owner, ttlMs: number): Promise<Claim>;
  /**
   * Extends the leases `owner` still holds with those epochs (and records its address, known
   * only once it listens); returns the boards it still holds.
   */
  renew(owner: Owner, held: readonly Fence[], ttlMs: number): Promise<Set<string>>;
  /** Ends a lease now (its epoch stays), so the next process takes the board at once. */
  release(owner: Owner, fence: Fence): Promise<void>;
  /** The live owner of a board, if any. */
  ownerOf(boardId: string): Promise<Owner | null>;
  /** The live owners of these boards, by board; a board nobody owns is absent. */
  ownersOf(boardIds: readonly string[]): Promise<Map<string, Owner>>;
  /**
   * Ends `holder`'s lease of the board now, when a process found nothing listening at its
   * address (killed): the board is taken at the next claim instead of when the lease runs
   * out. A lease another owner holds by then is left alone. Safe even if `holder` lives
   * on: its writes carry the old epoch and are refused once the board is claimed again.
   */
  endDead(boardId: string, holder: Owner): Promise<void>;
  /** Resolves when the leases' store answers; rejects otherwise (the readiness probe). */
  ping(): Promise<void>;
}

/** A write carried an epoch older than the board's lease: another process owns the board now. */
export class StaleLeaseError extends Error {
  constructor(readonly fence: Fence) {
    super(`board ${fence.boardId}: the lease of epoch ${fence.epoch} was taken over`);
    this.name = 'StaleLeaseError';
  }
}

/** Whether a lease row is live at `now` and held by someone other than `ownerId`. */
export function heldByOther(row: LeaseRow | undefined, ownerId: string, now: number): boolean {
  return row !== undefined && row.ownerId !== ownerId && row.expiresAt > now;
}

/**
 * The row after `owner` claims the board at `now`, or null when another owner's lease is
 * live. The epoch grows by one at every claim, never restarting: a row is never removed.
 */
export function claimed(
  row: LeaseRow | undefined,
  owner: Owner,
  now: number,
  ttlMs: number,
): LeaseRow | null {
  if (heldByOther(row, owner.id, now)) return null;
  return {
    ownerId: owner.id,
    address: owner.address,
    epoch: (row?.epoch ?? 0) + 1,
    expiresAt: now + ttlMs,
  };
}

/** Whether a write with `fence` may be stored beside this lease row: only at its very epoch. */
export function fenceHolds(row: LeaseRow | undefined, fence: Fence): boolean {
  return row !== undefined && row.epoch === fence.epoch;
}

/**
 * Leases in memory, for one process (SQLite). Every claim succeeds unless another owner
 * of the same process holds a live lease, which only tests make.
 */
export function localLeases(now: () => number = Date.now): BoardLeases & {
  /** The store's check, kept beside the rows it reads. */
  holds(fence: Fence): boolean;
} {
  const rows = new Map<string, LeaseRow>();
  return {
    async claim(boardId, owner, ttlMs) {
      const row = rows.get(boardId);
      const next = claimed(row, owner, now(), ttlMs);
      if (next === null)
        return { kind: 'elsewhere', owner: { id: row!.ownerId, address: row!.address } };
      rows.set(boardId, next);
      return { kind: 'owned', epoch: next.epoch };
    },
    async renew(owner, held, ttlMs) {
      const kept = new Set<string>();
      for (const fence of held) {
        const row = rows.get(fence.boardId);
        if (row?.ownerId !== owner.id || !fenceHolds(row, fence)) continue;
        rows.set(fence.boardId, { ...row, address: owner.address, expiresAt: now() + ttlMs });
        kept.add(fence.boardId);
      }
      return kept;
    },
    async release(owner, fence) {
      const row = rows.get(fence.boardId);
      if (row?.ownerId === owner.id && fenceHolds(row, fence)) {
        rows.set(fence.boardId, { ...row, expiresAt: 0 });
      }
    },
    async ownerOf(boardId) {
      const row = rows.get(boardId);
      return row && row.expiresAt > now() ? { id: row.ownerId, address: row.address } : null;
    },
    async ownersOf(boardIds) {
      const owners = new Map<string, Owner>();
      for (const boardId of boardIds) {
        const row = rows.get(boardId);
        if (row && row.expiresAt > now())
          owners.set(boardId, { id: row.ownerId, address: row.address });
      }
      return owners;
    },
    async endDead(boardId, holder) {
      const row = rows.get(boardId);
      if (row?.ownerId === holder.id) rows.set(boardId, { ...row, expiresAt: 0 });
    },
    async ping() {},
    holds: (fence) => fenceHolds(rows.get(fence.boardId), fence),
  };
}
