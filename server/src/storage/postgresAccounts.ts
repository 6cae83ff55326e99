/** People, sessions and account links in Postgres: the account half of the workspace store. */
import type pg from 'pg';
import {
  accountLinkOf,
  personOf,
  sessionOf,
  PERSON_CHANGE_COLUMNS,
  type AccountLinkRow,
  type PersonRow,
  type SessionRow,
} from './accountRows.ts';
import type { AccountMethods } from './sqliteAccounts.ts';
import type { PersonChanges } from './workspaceStore.ts';

/** Times as JS numbers (ms since the epoch fit a double exactly). */
const PERSON = `id, email, name, role, password_hash, created_at::float8 AS created_at,
  deactivated_at::float8 AS deactivated_at`;
const SESSION = `id, session_hash, person_id, created_at::float8 AS created_at,
  last_seen_at::float8 AS last_seen_at`;
const LINK = `id, kind, token_hash, person_id, created_at::float8 AS created_at,
  expires_at::float8 AS expires_at, used_at::float8 AS used_at`;

export function postgresAccounts(pool: pg.Pool): AccountMethods {
  const changed = (result: pg.QueryResult) => (result.rowCount ?? 0) > 0;
  const onePerson = async (where: string, value: string) => {
    const { rows } = await pool.query<PersonRow>(`SELECT ${PERSON} FROM people WHERE ${where}`, [
      value,
    ]);
    return rows[0] ? personOf(rows[0]) : null;
  };
  return {
    async createPerson(p) {
      await pool.query(
        `INSERT INTO people (id, email, name, role, password_hash, created_at, deactivated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [p.id, p.email, p.name, p.role, p.passwordHash, p.createdAt, p.deactivatedAt],
      );
    },
    findPerson: (id) => onePerson('id = $1', id),
    findPersonByEmail: (email) => onePerson('email = $1', email),
    async listPeople() {
      const { rows } = await pool.query<PersonRow>(
        `SELECT ${PERSON} FROM people ORDER BY created_at, id`,
      );
      return rows.map(personOf);
    },
    async updatePerson(id, changes: PersonChanges) {
      const keys = (Object.keys(PERSON_CHANGE_COLUMNS) as (keyof PersonChanges)[]).filter(
        (k) => changes[k] !== undefined,
      );
      if (keys.length === 0) return (await onePerson('id = $1', id)) !== null;
      const set = keys.map((k, i) => `${PERSON_CHANGE_COLUMNS[k]} = $${i + 2}`).join(', ');
      return changed(
        await pool.query(`UPDATE people SET ${set} WHERE id = $1`, [
          id,
          ...keys.map((k) => changes[k]),
        ]),
      );
    },
    async deactivatePerson(id, at) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const done = changed(
          await client.query(
            'UPDATE people SET deactivated_at = $1 WHERE id = $2 AND deactivated_at IS NULL',
            [at, id],
          ),
        );
        if (done) await client.query('DELETE FROM sessions WHERE person_id = $1', [id]);
        await client.query('COMMIT');
        return done;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
    async countActiveAdmins() {
      const { rows } = await pool.query<{ n: number }>(
        "SELECT COUNT(*)::int AS n FROM people WHERE role = 'admin' AND deactivated_at IS NULL",
      );
      return rows[0]?.n ?? 0;
    },
    async createSession(s) {
      await pool.query(
        `INSERT INTO sessions (id, session_hash, person_id, created_at, last_seen_at)
         VALUES ($1, $2, $3, $4, $5)`,
        [s.id, s.hash, s.personId, s.createdAt, s.lastSeenAt],
      );
    },
    async findSession(hash) {
      const { rows } = await pool.query<SessionRow>(
        `SELECT ${SESSION} FROM sessions WHERE session_hash = $1`,
        [hash],
      );
      return rows[0] ? sessionOf(rows[0]) : null;
    },
    async touchSession(id, at) {
      await pool.query('UPDATE sessions SET last_seen_at = $1 WHERE id = $2', [at, id]);
    },
    async deleteSession(id) {
      await pool.query('DELETE FROM sessions WHERE id = $1', [id]);
    },
    async deleteSessionsOf(personId) {
      return (
        (await pool.query('DELETE FROM sessions WHERE person_id = $1', [personId])).rowCount ?? 0
      );
    },
    async deleteExpiredSessions(idleBefore, startedBefore) {
      const result = await pool.query(
        'DELETE FROM sessions WHERE last_seen_at < $1 OR created_at < $2',
        [idleBefore, startedBefore],
      );
      return result.rowCount ?? 0;
    },
    async createAccountLink(l) {
      await pool.query(
        `INSERT INTO account_links (id, kind, token_hash, person_id, created_at, expires_at, used_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [l.id, l.kind, l.hash, l.personId, l.createdAt, l.expiresAt, l.usedAt],
      );
    },
    async findAccountLink(hash) {
      const { rows } = await pool.query<AccountLinkRow>(
        `SELECT ${LINK} FROM account_links WHERE token_hash = $1`,
        [hash],
      );
      return rows[0] ? accountLinkOf(rows[0]) : null;
    },
    async useAccountLink(id, at) {
      return changed(
        await pool.query(
          'UPDATE account_links SET used_at = $1 WHERE id = $2 AND used_at IS NULL',
          [at, id],
        ),
      );
    },
  };
}
