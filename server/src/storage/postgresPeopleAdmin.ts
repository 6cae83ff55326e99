/**
 * Guarded changes to people in Postgres (peopleAdminStore.ts). Each runs in a transaction
 * that first locks the active admins' rows: a concurrent change waits, then sees the
 * admins as they are after this one, so two admins cannot demote each other at once.
 */
import type pg from 'pg';
import type { WorkspaceRole } from '@hindsight/shared';
import { transaction, type Queryable } from './postgresStore.ts';
import type { GuardedChange, PeopleAdminStore } from './peopleAdminStore.ts';

interface Target {
  readonly role: string;
  readonly deactivated_at: string | null;
}

/** Locks the active admins and the person; null when there is no such person. */
async function lockFor(
  client: Queryable,
  id: string,
): Promise<{ target: Target; admins: number } | null> {
  const admins = await client.query(
    `SELECT id FROM people WHERE role = 'admin' AND deactivated_at IS NULL ORDER BY id FOR UPDATE`,
  );
  const { rows } = await client.query<Target>(
    'SELECT role, deactivated_at FROM people WHERE id = $1 FOR UPDATE',
    [id],
  );
  return rows[0] ? { target: rows[0], admins: admins.rowCount ?? 0 } : null;
}

const isLastAdmin = ({ target, admins }: { target: Target; admins: number }) =>
  target.role === 'admin' && target.deactivated_at === null && admins <= 1;

export function postgresPeopleAdmin(pool: pg.Pool): PeopleAdminStore {
  return {
    setRoleKeepingAnAdmin: (id: string, role: WorkspaceRole) =>
      transaction(pool, async (client): Promise<GuardedChange> => {
        const locked = await lockFor(client, id);
        if (!locked) return 'unknown';
        if (role !== 'admin' && isLastAdmin(locked)) return 'last-admin';
        await client.query('UPDATE people SET role = $1 WHERE id = $2', [role, id]);
        return 'changed';
      }),
    deactivateKeepingAnAdmin: (id, at) =>
      transaction(pool, async (client): Promise<GuardedChange> => {
        const locked = await lockFor(client, id);
        if (!locked) return 'unknown';
        if (isLastAdmin(locked)) return 'last-admin';
        await client.query(
          'UPDATE people SET deactivated_at = $1 WHERE id = $2 AND deactivated_at IS NULL',
          [at, id],
        );
        await client.query('DELETE FROM sessions WHERE person_id = $1', [id]);
        return 'changed';
      }),
    async reactivatePerson(id) {
      const { rowCount } = await pool.query(
        'UPDATE people SET deactivated_at = NULL WHERE id = $1',
        [id],
      );
      return (rowCount ?? 0) > 0;
    },
    async recordSignIn(personId, at) {
      await pool.query('UPDATE people SET last_sign_in_at = $1 WHERE id = $2', [at, personId]);
    },
    async lastSignIns() {
      const { rows } = await pool.query<{ id: string; at: number }>(
        'SELECT id, last_sign_in_at::float8 AS at FROM people WHERE last_sign_in_at IS NOT NULL',
      );
      return new Map(rows.map((r) => [r.id, r.at]));
    },
  };
}
