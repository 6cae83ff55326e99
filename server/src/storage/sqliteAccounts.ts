/** People, sessions and account links in SQLite: the account half of the workspace store. */
import type Database from 'better-sqlite3';
import {
  accountLinkOf,
  personOf,
  sessionOf,
  PERSON_CHANGE_COLUMNS,
  type AccountLinkRow,
  type PersonRow,
  type SessionRow,
} from './accountRows.ts';
import type { IdentityMethods } from './sqliteIdentities.ts';
import type { InvitationStore } from './invitationStore.ts';
import type { PeopleAdminStore } from './peopleAdminStore.ts';
import type { PublicLinkStore } from './publicLinkStore.ts';
import type { PersonChanges, WorkspaceStore } from './workspaceStore.ts';

export type AccountMethods = Omit<
  WorkspaceStore,
  | 'createApiToken'
  | 'findApiToken'
  | 'listApiTokens'
  | 'revokeApiToken'
  | 'touchApiToken'
  | 'close'
  | keyof IdentityMethods
  | keyof InvitationStore
  | keyof PeopleAdminStore
  | keyof PublicLinkStore
>;

export function sqliteAccounts(db: Database.Database): AccountMethods {
  const q = {
    insertPerson: db.prepare(
      `INSERT INTO people (id, email, name, role, password_hash, created_at, deactivated_at)
       VALUES (@id, @email, @name, @role, @passwordHash, @createdAt, @deactivatedAt)`,
    ),
    findPerson: db.prepare<[string], PersonRow>('SELECT * FROM people WHERE id = ?'),
    findByEmail: db.prepare<[string], PersonRow>('SELECT * FROM people WHERE email = ?'),
    listPeople: db.prepare<[], PersonRow>('SELECT * FROM people ORDER BY created_at, id'),
    deactivate: db.prepare<[number, string]>(
      'UPDATE people SET deactivated_at = ? WHERE id = ? AND deactivated_at IS NULL',
    ),
    countAdmins: db.prepare<[], { n: number }>(
      "SELECT COUNT(*) AS n FROM people WHERE role = 'admin' AND deactivated_at IS NULL",
    ),
    insertSession: db.prepare(
      `INSERT INTO sessions (id, session_hash, person_id, created_at, last_seen_at)
       VALUES (@id, @hash, @personId, @createdAt, @lastSeenAt)`,
    ),
    findSession: db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE session_hash = ?'),
    touchSession: db.prepare<[number, string]>('UPDATE sessions SET last_seen_at = ? WHERE id = ?'),
    deleteSession: db.prepare<[string]>('DELETE FROM sessions WHERE id = ?'),
    deleteSessionsOf: db.prepare<[string]>('DELETE FROM sessions WHERE person_id = ?'),
    deleteExpired: db.prepare<[number, number]>(
      'DELETE FROM sessions WHERE last_seen_at < ? OR created_at < ?',
    ),
    insertLink: db.prepare(
      `INSERT INTO account_links (id, kind, token_hash, person_id, created_at, expires_at, used_at)
       VALUES (@id, @kind, @hash, @personId, @createdAt, @expiresAt, @usedAt)`,
    ),
    findLink: db.prepare<[string], AccountLinkRow>(
      'SELECT * FROM account_links WHERE token_hash = ?',
    ),
    useLink: db.prepare<[number, string]>(
      'UPDATE account_links SET used_at = ? WHERE id = ? AND used_at IS NULL',
    ),
  };
  const deactivate = db.transaction((id: string, at: number) => {
    const changed = q.deactivate.run(at, id).changes > 0;
    if (changed) q.deleteSessionsOf.run(id);
    return changed;
  });

  return {
    async createPerson(record) {
      q.insertPerson.run(record);
    },
    async findPerson(id) {
      const row = q.findPerson.get(id);
      return row ? personOf(row) : null;
    },
    async findPersonByEmail(email) {
      const row = q.findByEmail.get(email);
      return row ? personOf(row) : null;
    },
    async listPeople() {
      return q.listPeople.all().map(personOf);
    },
    async updatePerson(id, changes: PersonChanges) {
      const keys = (Object.keys(PERSON_CHANGE_COLUMNS) as (keyof PersonChanges)[]).filter(
        (k) => changes[k] !== undefined,
      );
      if (keys.length === 0) return q.findPerson.get(id) !== undefined;
      const set = keys.map((k) => `${PERSON_CHANGE_COLUMNS[k]} = @${k}`).join(', ');
      const values = Object.fromEntries(keys.map((k) => [k, changes[k]]));
      return (
        db.prepare(`UPDATE people SET ${set} WHERE id = @id`).run({ ...values, id }).changes > 0
      );
    },
    async deactivatePerson(id, at) {
      return deactivate(id, at);
    },
    async countActiveAdmins() {
      return q.countAdmins.get()?.n ?? 0;
    },
    async createSession(record) {
      q.insertSession.run(record);
    },
    async findSession(hash) {
      const row = q.findSession.get(hash);
      return row ? sessionOf(row) : null;
    },
    async touchSession(id, at) {
      q.touchSession.run(at, id);
    },
    async deleteSession(id) {
      q.deleteSession.run(id);
    },
    async deleteSessionsOf(personId) {
      return q.deleteSessionsOf.run(personId).changes;
    },
    async deleteExpiredSessions(idleBefore, startedBefore) {
      return q.deleteExpired.run(idleBefore, startedBefore).changes;
    },
    async createAccountLink(record) {
      q.insertLink.run(record);
    },
    async findAccountLink(hash) {
      const row = q.findLink.get(hash);
      return row ? accountLinkOf(row) : null;
    },
    async useAccountLink(id, at) {
      return q.useLink.run(at, id).changes > 0;
    },
  };
}
