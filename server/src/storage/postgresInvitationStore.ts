/** Invitations and password resets in Postgres, on the workspace store's pool. */
import type pg from 'pg';
import type { InvitationStore } from './invitationStore.ts';
import {
  invitationOf,
  passwordResetOf,
  type InvitationRow,
  type PasswordResetRow,
} from './sqliteInvitationStore.ts';

/** Times as JS numbers (ms since the epoch fit a double exactly). */
const INVITATION_COLUMNS = `id, email, role, token_hash, invited_by,
  created_at::float8 AS created_at, expires_at::float8 AS expires_at,
  accepted_at::float8 AS accepted_at, revoked_at::float8 AS revoked_at`;
const RESET_COLUMNS = `id, person_id, token_hash, created_at::float8 AS created_at,
  expires_at::float8 AS expires_at, used_at::float8 AS used_at`;
const OPEN = 'accepted_at IS NULL AND revoked_at IS NULL';

export function postgresInvitationStore(pool: pg.Pool): InvitationStore {
  const invitation = async (where: string, value: string) => {
    const { rows } = await pool.query<InvitationRow>(
      `SELECT ${INVITATION_COLUMNS} FROM invitations WHERE ${where} = $1`,
      [value],
    );
    return rows[0] ? invitationOf(rows[0]) : null;
  };
  const changed = async (sql: string, values: unknown[]) =>
    ((await pool.query(sql, values)).rowCount ?? 0) > 0;
  return {
    async createInvitation(r) {
      await pool.query(
        `INSERT INTO invitations (id, email, role, token_hash, invited_by, created_at, expires_at, accepted_at, revoked_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          r.id,
          r.email,
          r.role,
          r.hash,
          r.invitedBy,
          r.createdAt,
          r.expiresAt,
          r.acceptedAt,
          r.revokedAt,
        ],
      );
    },
    getInvitation: (id) => invitation('id', id),
    findInvitation: (hash) => invitation('token_hash', hash),
    async listOpenInvitations() {
      const { rows } = await pool.query<InvitationRow>(
        `SELECT ${INVITATION_COLUMNS} FROM invitations WHERE ${OPEN} ORDER BY created_at DESC, id`,
      );
      return rows.map(invitationOf);
    },
    renewInvitation: (id, hash, expiresAt) =>
      changed(`UPDATE invitations SET token_hash = $1, expires_at = $2 WHERE id = $3 AND ${OPEN}`, [
        hash,
        expiresAt,
        id,
      ]),
    revokeInvitation: (id, at) =>
      changed(`UPDATE invitations SET revoked_at = $1 WHERE id = $2 AND ${OPEN}`, [at, id]),
    claimInvitation: (id, at) =>
      changed(
        `UPDATE invitations SET accepted_at = $1 WHERE id = $2 AND ${OPEN} AND expires_at > $1`,
        [at, id],
      ),
    async releaseInvitation(id) {
      await pool.query('UPDATE invitations SET accepted_at = NULL WHERE id = $1', [id]);
    },
    async createPasswordReset(r) {
      await pool.query(
        `INSERT INTO password_resets (id, person_id, token_hash, created_at, expires_at, used_at)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [r.id, r.personId, r.hash, r.createdAt, r.expiresAt, r.usedAt],
      );
    },
    async findPasswordReset(hash) {
      const { rows } = await pool.query<PasswordResetRow>(
        `SELECT ${RESET_COLUMNS} FROM password_resets WHERE token_hash = $1`,
        [hash],
      );
      return rows[0] ? passwordResetOf(rows[0]) : null;
    },
    async countPasswordResets(personId, since) {
      const { rows } = await pool.query<{ n: number }>(
        'SELECT COUNT(*)::int AS n FROM password_resets WHERE person_id = $1 AND created_at >= $2',
        [personId, since],
      );
      return rows[0]?.n ?? 0;
    },
    claimPasswordReset: (id, at) =>
      changed(
        'UPDATE password_resets SET used_at = $1 WHERE id = $2 AND used_at IS NULL AND expires_at > $1',
        [at, id],
      ),
    async voidPasswordResets(personId, at) {
      await pool.query(
        'UPDATE password_resets SET used_at = $1 WHERE person_id = $2 AND used_at IS NULL',
        [at, personId],
      );
    },
  };
}
