/**
 * A board-scoped write of the owner, fenced in Postgres (cluster/leases.ts): the statement
 * changes rows only while the board's lease is at the fence's epoch, checked in the same
 * statement, and a stale fence is refused with a StaleLeaseError (nothing written). A
 * write of several statements checks the fence first in its transaction
 * ({@link holdFence}). A write without a fence (not made for a board's owner) is not checked.
 */
import type pg from 'pg';
import { StaleLeaseError, type Fence } from '../cluster/leases.ts';
import { fenceCheck, fenceParams } from '../cluster/postgresLeases.ts';

/** What a fenced statement adds to its WHERE: true while the fence holds. */
export const FENCE_HOLDS = '(SELECT allowed FROM fence)';

type Query = (text: string, values: unknown[]) => Promise<pg.QueryResult<{ allowed: boolean }>>;

/**
 * Runs `write` (an UPDATE or DELETE whose WHERE has `AND ${FENCE_HOLDS}`, on `params`)
 * under `fence`.
 */
export async function fencedWrite(
  query: Query,
  write: string,
  params: readonly unknown[],
  fence: Fence | undefined,
): Promise<void> {
  const board = `$${params.length + 1}`;
  const epoch = `$${params.length + 2}`;
  const { rows } = await query(
    `WITH fence AS (SELECT ${fenceCheck(board, epoch)} AS allowed), written AS (${write})
     SELECT allowed FROM fence`,
    [...params, ...fenceParams(fence)],
  );
  if (!rows[0]?.allowed) throw new StaleLeaseError(fence!);
}

/**
 * The first statement of a transaction fenced by `fence`: refuses a stale fence (the
 * caller's transaction then rolls back, nothing written). The lease row stays
 * share-locked until commit, so a takeover waits for the transaction, or the transaction
 * waits for the takeover and is refused: as safe as a check in each statement.
 */
export async function holdFence(
  client: Pick<pg.PoolClient, 'query'>,
  fence: Fence | undefined,
): Promise<void> {
  if (!fence) return;
  const { rows } = await client.query<{ allowed: boolean }>(
    `SELECT ${fenceCheck('$1', '$2')} AS allowed`,
    fenceParams(fence),
  );
  if (!rows[0]?.allowed) throw new StaleLeaseError(fence);
}
