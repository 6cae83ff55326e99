/** Invitations and password resets in SQLite, on the workspace store's connection. */
import type Database from 'better-sqlite3';
import { WORKSPACE_ROLES, type WorkspaceRole } from '@hindsight/shared';
import type { InvitationRecord, InvitationStore, PasswordResetRecord } from './invitationStore.ts';
import { oneTimeLinkOf, type OneTimeLinkRow } from './oneTimeLinkRows.ts';

export interface InvitationRow {
  id: string;
  email: string;
  role: string;
  token_hash: string;
  invited_by: string | null;
  created_at: number;
  expires_at: number;
  accepted_at: number | null;
  revoked_at: number | null;
}

export interface PasswordResetRow extends OneTimeLinkRow {
  person_id: string;
  expires_at: number;
}

/** A stored role the code does not know invites as the weakest. */
function roleOf(stored: string): WorkspaceRole {
  return WORKSPACE_ROLES.find((role) => role === stored) ?? 'viewer';
}

export function invitationOf(row: InvitationRow): InvitationRecord {
  return {
    id: row.id,
    email: row.email,
    role: roleOf(row.role),
    hash: row.token_hash,
    invitedBy: row.invited_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    acceptedAt: row.accepted_at,
    revokedAt: row.revoked_at,
  };
}

export function passwordResetOf(row: PasswordResetRow): PasswordResetRecord {
  return oneTimeLinkOf(row);
}

const OPEN = 'accepted_at IS NULL AND revoked_at IS NULL';

export function sqliteInvitationStore(db: Database.Database): InvitationStore {
  const q = {
    insert: db.prepare(
      `INSERT INTO invitations (id, email, role, token_hash, invited_by, created_at, expires_at, accepted_at, revoked_at)
       VALUES (@id, @email, @role, @hash, @invitedBy, @createdAt, @expiresAt, @acceptedAt, @revokedAt)`,
    ),
    get: db.prepare<[string], InvitationRow>('SELECT * FROM invitations WHERE id = ?'),
    find: db.prepare<[string], InvitationRow>('SELECT * FROM invitations WHERE token_hash = ?'),
    listOpen: db.prepare<[], InvitationRow>(
      `SELECT * FROM invitations WHERE ${OPEN} ORDER BY created_at DESC, id`,
    ),
    renew: db.prepare<[string, number, string]>(
      `UPDATE invitations SET token_hash = ?, expires_at = ? WHERE id = ? AND ${OPEN}`,
    ),
    revoke: db.prepare<[number, string]>(
      `UPDATE invitations SET revoked_at = ? WHERE id = ? AND ${OPEN}`,
    ),
    claim: db.prepare<[number, string, number]>(
      `UPDATE invitations SET accepted_at = ? WHERE id = ? AND ${OPEN} AND expires_at > ?`,
    ),
    release: db.prepare<[string]>('UPDATE invitations SET accepted_at = NULL WHERE id = ?'),
    insertReset: db.prepare(
      `INSERT INTO password_resets (id, person_id, token_hash, created_at, expires_at, used_at)
       VALUES (@id, @personId, @hash, @createdAt, @expiresAt, @usedAt)`,
    ),
    findReset: db.prepare<[string], PasswordResetRow>(
      'SELECT * FROM password_resets WHERE token_hash = ?',
    ),
    countResets: db.prepare<[string, number], { n: number }>(
      'SELECT COUNT(*) AS n FROM password_resets WHERE person_id = ? AND created_at >= ?',
    ),
    claimReset: db.prepare<[number, string, number]>(
      'UPDATE password_resets SET used_at = ? WHERE id = ? AND used_at IS NULL AND expires_at > ?',
    ),
    voidResets: db.prepare<[number, string]>(
      'UPDATE password_resets SET used_at = ? WHERE person_id = ? AND used_at IS NULL',
    ),
  };
  return {
    async createInvitation(record) {
      q.insert.run(record);
    },
    async getInvitation(id) {
      const row = q.get.get(id);
      return row ? invitationOf(row) : null;
    },
    async findInvitation(hash) {
      const row = q.find.get(hash);
      return row ? invitationOf(row) : null;
    },
    async listOpenInvitations() {
      return q.listOpen.all().map(invitationOf);
    },
    async renewInvitation(id, hash, expiresAt) {
      return q.renew.run(hash, expiresAt, id).changes > 0;
    },
    async revokeInvitation(id, at) {
      return q.revoke.run(at, id).changes > 0;
    },
    async claimInvitation(id, at) {
      return q.claim.run(at, id, at).changes > 0;
    },
    async releaseInvitation(id) {
      q.release.run(id);
    },
    async createPasswordReset(record) {
      q.insertReset.run(record);
    },
    async findPasswordReset(hash) {
      const row = q.findReset.get(hash);
      return row ? passwordResetOf(row) : null;
    },
    async countPasswordResets(personId, since) {
      return q.countResets.get(personId, since)?.n ?? 0;
    },
    async claimPasswordReset(id, at) {
      return q.claimReset.run(at, id, at).changes > 0;
    },
    async voidPasswordResets(personId, at) {
      q.voidResets.run(at, personId);
    },
  };
}
