/** People's identities at OpenID Connect providers (migration 0010_identities), in Postgres. */
import type pg from 'pg';
import { identityOf, type IdentityMethods, type IdentityRow } from './sqliteIdentities.ts';

/** Times as JS numbers (ms since the epoch fit a double exactly). */
const IDENTITY = `issuer, subject, person_id, created_at::float8 AS created_at,
  last_sign_in_at::float8 AS last_sign_in_at`;

export function postgresIdentities(pool: pg.Pool): IdentityMethods {
  const one = async (where: string, values: string[]) => {
    const { rows } = await pool.query<IdentityRow>(
      `SELECT ${IDENTITY} FROM oidc_identities WHERE ${where}`,
      values,
    );
    return rows[0] ? identityOf(rows[0]) : null;
  };
  return {
    async createIdentity(r) {
      const { rowCount } = await pool.query(
        `INSERT INTO oidc_identities (issuer, subject, person_id, created_at, last_sign_in_at)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
        [r.issuer, r.subject, r.personId, r.createdAt, r.lastSignInAt],
      );
      return (rowCount ?? 0) > 0;
    },
    findIdentity: (issuer, subject) => one('issuer = $1 AND subject = $2', [issuer, subject]),
    findIdentityOfPerson: (issuer, personId) =>
      one('issuer = $1 AND person_id = $2', [issuer, personId]),
    async touchIdentity(issuer, subject, at) {
      await pool.query(
        'UPDATE oidc_identities SET last_sign_in_at = $1 WHERE issuer = $2 AND subject = $3',
        [at, issuer, subject],
      );
    },
  };
}
