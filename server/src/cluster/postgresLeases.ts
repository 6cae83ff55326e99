/**
 * Board leases in Postgres (migration 0022), for several processes on one database. Each
 * change is one statement, and every time is read from the database's clock, so the
 * processes' own clocks may disagree. The rules are those of cluster/leases.ts.
 */
import type pg from 'pg';
import type { BoardLeases, Fence, Owner } from './leases.ts';

/** Now, ms on the database's clock (clock_timestamp: not frozen at the transaction's start). */
export const DB_NOW_MS = '(extract(epoch FROM clock_timestamp()) * 1000)::bigint';

/**
 * True when a write of `$board` with epoch `$epoch` may be stored: the lease is at that
 * very epoch. The row stays share-locked until commit, so a takeover waits for the write
 * to commit, or the write waits for the takeover and then sees its epoch and is refused.
 * A write without a board (`$board` null) is not fenced.
 */
export function fenceCheck(board: string, epoch: string): string {
  return `(${board}::text IS NULL OR EXISTS (
    SELECT 1 FROM board_leases WHERE board_id = ${board} AND epoch = ${epoch}::bigint FOR SHARE
  ))`;
}

/** The parameters {@link fenceCheck} reads, for a write with or without a fence. */
export const fenceParams = (fence: Fence | undefined): [string | null, number | null] =>
  fence ? [fence.boardId, fence.epoch] : [null, null];

export function postgresLeases(pool: pg.Pool): BoardLeases {
  const claimOnce = async (boardId: string, owner: Owner, ttlMs: number) => {
    const taken = await pool.query<{ epoch: string }>(
      `INSERT INTO board_leases AS l (board_id, owner_id, address, epoch, expires_at)
       VALUES ($1, $2, $3, 1, ${DB_NOW_MS} + $4)
       ON CONFLICT (board_id) DO UPDATE SET owner_id = EXCLUDED.owner_id,
         address = EXCLUDED.address, epoch = l.epoch + 1, expires_at = EXCLUDED.expires_at
       WHERE l.owner_id = EXCLUDED.owner_id OR l.expires_at <= ${DB_NOW_MS}
       RETURNING epoch`,
      [boardId, owner.id, owner.address, ttlMs],
    );
    return taken.rows[0] ? Number(taken.rows[0].epoch) : null;
  };
  const leases: BoardLeases = {
    async claim(boardId, owner, ttlMs) {
      // Twice at most: a lease that expires between the claim and the read is taken then.
      for (let attempt = 0; attempt < 2; attempt++) {
        const epoch = await claimOnce(boardId, owner, ttlMs);
        if (epoch !== null) return { kind: 'owned', epoch };
        const other = await leases.ownerOf(boardId);
        if (other) return { kind: 'elsewhere', owner: other };
      }
      throw new Error(`board ${boardId}: its lease changed hands while it was claimed`);
    },
    async renew(owner, held, ttlMs) {
      if (held.length === 0) return new Set();
      const { rows } = await pool.query<{ board_id: string }>(
        `UPDATE board_leases AS l SET expires_at = ${DB_NOW_MS} + $2, address = $5
         FROM unnest($3::text[], $4::bigint[]) AS h(board_id, epoch)
         WHERE l.board_id = h.board_id AND l.epoch = h.epoch AND l.owner_id = $1
         RETURNING l.board_id`,
        [owner.id, ttlMs, held.map((f) => f.boardId), held.map((f) => f.epoch), owner.address],
      );
      return new Set(rows.map((r) => r.board_id));
    },
    async release(owner, fence) {
      await pool.query(
        `UPDATE board_leases SET expires_at = 0
         WHERE board_id = $1 AND owner_id = $2 AND epoch = $3`,
        [fence.boardId, owner.id, fence.epoch],
      );
    },
    async ownerOf(boardId) {
      const { rows } = await pool.query<{ owner_id: string; address: string }>(
        `SELECT owner_id, address FROM board_leases
         WHERE board_id = $1 AND expires_at > ${DB_NOW_MS}`,
        [boardId],
      );
      const row = rows[0];
      return row ? { id: row.owner_id, address: row.address } : null;
    },
    async ownersOf(boardIds) {
      const { rows } = await pool.query<{ board_id: string; owner_id: string; address: string }>(
        `SELECT board_id, owner_id, address FROM board_leases
         WHERE board_id = ANY($1::text[]) AND expires_at > ${DB_NOW_MS}`,
        [boardIds],
      );
      return new Map(rows.map((r) => [r.board_id, { id: r.owner_id, address: r.address }]));
    },
    async endDead(boardId, holder) {
      await pool.query(
        `UPDATE board_leases SET expires_at = 0
         WHERE board_id = $1 AND owner_id = $2 AND expires_at > 0`,
        [boardId, holder.id],
      );
    },
    async ping() {
      await pool.query('SELECT 1 FROM board_leases LIMIT 1');
    },
  };
  return leases;
}
