/** Guarded changes to people in SQLite (peopleAdminStore.ts): one statement each. */
import type Database from 'better-sqlite3';
import type { GuardedChange, PeopleAdminStore } from './peopleAdminStore.ts';

/** True for the last active admin: in the same statement as the change it guards. */
const LAST_ADMIN = `role = 'admin' AND deactivated_at IS NULL
  AND (SELECT COUNT(*) FROM people WHERE role = 'admin' AND deactivated_at IS NULL) <= 1`;

export function sqlitePeopleAdmin(db: Database.Database): PeopleAdminStore {
  const q = {
    setRole: db.prepare<{ id: string; role: string }>(
      `UPDATE people SET role = @role WHERE id = @id AND (@role = 'admin' OR NOT (${LAST_ADMIN}))`,
    ),
    deactivate: db.prepare<{ id: string; at: number }>(
      `UPDATE people SET deactivated_at = @at
       WHERE id = @id AND deactivated_at IS NULL AND NOT (${LAST_ADMIN})`,
    ),
    endSessions: db.prepare<[string]>('DELETE FROM sessions WHERE person_id = ?'),
    state: db.prepare<[string], { deactivated_at: number | null }>(
      'SELECT deactivated_at FROM people WHERE id = ?',
    ),
    reactivate: db.prepare<[string]>('UPDATE people SET deactivated_at = NULL WHERE id = ?'),
    signIn: db.prepare<[number, string]>('UPDATE people SET last_sign_in_at = ? WHERE id = ?'),
    lastSignIns: db.prepare<[], { id: string; last_sign_in_at: number }>(
      'SELECT id, last_sign_in_at FROM people WHERE last_sign_in_at IS NOT NULL',
    ),
  };
  const deactivate = db.transaction((id: string, at: number): GuardedChange => {
    const changed = q.deactivate.run({ id, at }).changes > 0;
    const state = q.state.get(id);
    if (!state) return 'unknown';
    if (!changed && state.deactivated_at === null) return 'last-admin';
    q.endSessions.run(id);
    return 'changed';
  });
  return {
    async setRoleKeepingAnAdmin(id, role) {
      if (q.setRole.run({ id, role }).changes > 0) return 'changed';
      return q.state.get(id) ? 'last-admin' : 'unknown';
    },
    async deactivateKeepingAnAdmin(id, at) {
      return deactivate(id, at);
    },
    async reactivatePerson(id) {
      return q.reactivate.run(id).changes > 0;
    },
    async recordSignIn(personId, at) {
      q.signIn.run(at, personId);
    },
    async lastSignIns() {
      return new Map(q.lastSignIns.all().map((r) => [r.id, r.last_sign_in_at]));
    },
  };
}
