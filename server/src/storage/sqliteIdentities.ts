/** People's identities at OpenID Connect providers (migration 0010_identities), in SQLite. */
import type Database from 'better-sqlite3';
import type { IdentityRecord, WorkspaceStore } from './workspaceStore.ts';

export type IdentityMethods = Pick<
  WorkspaceStore,
  'createIdentity' | 'findIdentity' | 'findIdentityOfPerson' | 'touchIdentity'
>;

export interface IdentityRow {
  issuer: string;
  subject: string;
  person_id: string;
  created_at: number;
  last_sign_in_at: number;
}

export function identityOf(row: IdentityRow): IdentityRecord {
  return {
    issuer: row.issuer,
    subject: row.subject,
    personId: row.person_id,
    createdAt: row.created_at,
    lastSignInAt: row.last_sign_in_at,
  };
}

export function sqliteIdentities(db: Database.Database): IdentityMethods {
  const q = {
    insert: db.prepare(
      `INSERT INTO oidc_identities (issuer, subject, person_id, created_at, last_sign_in_at)
       VALUES (@issuer, @subject, @personId, @createdAt, @lastSignInAt) ON CONFLICT DO NOTHING`,
    ),
    find: db.prepare<[string, string], IdentityRow>(
      'SELECT * FROM oidc_identities WHERE issuer = ? AND subject = ?',
    ),
    findOfPerson: db.prepare<[string, string], IdentityRow>(
      'SELECT * FROM oidc_identities WHERE issuer = ? AND person_id = ?',
    ),
    touch: db.prepare<[number, string, string]>(
      'UPDATE oidc_identities SET last_sign_in_at = ? WHERE issuer = ? AND subject = ?',
    ),
  };
  return {
    async createIdentity(record) {
      return q.insert.run(record).changes > 0;
    },
    async findIdentity(issuer, subject) {
      const row = q.find.get(issuer, subject);
      return row ? identityOf(row) : null;
    },
    async findIdentityOfPerson(issuer, personId) {
      const row = q.findOfPerson.get(issuer, personId);
      return row ? identityOf(row) : null;
    },
    async touchIdentity(issuer, subject, at) {
      q.touch.run(at, issuer, subject);
    },
  };
}
