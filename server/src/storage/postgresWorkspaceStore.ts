/**
 * The workspace's tables in Postgres (DATABASE_URL), on a small pool of their own, as the
 * SQLite workspace store has a connection of its own beside the board store's.
 */
import type pg from 'pg';
import { connectPostgres, endPool, type PostgresStoreOptions } from './postgresStore.ts';
import { tokenOf, type TokenRow } from './sqliteWorkspaceStore.ts';
import { postgresAccounts } from './postgresAccounts.ts';
import { postgresIdentities } from './postgresIdentities.ts';
import { postgresInvitationStore } from './postgresInvitationStore.ts';
import { postgresPeopleAdmin } from './postgresPeopleAdmin.ts';
import { postgresPublicLinks } from './postgresPublicLinks.ts';
import type { WorkspaceStore } from './workspaceStore.ts';

/** Times as JS numbers (ms since the epoch fit a double exactly). */
const TOKEN_COLUMNS = `id, name, scope, token_hash, created_at::float8 AS created_at,
  expires_at::float8 AS expires_at, last_used_at::float8 AS last_used_at,
  revoked_at::float8 AS revoked_at`;

export async function openPostgresWorkspaceStore(
  connectionString: string,
  options: PostgresStoreOptions = {},
): Promise<WorkspaceStore> {
  const pool: pg.Pool = await connectPostgres(connectionString, { poolSize: 2, ...options });
  return {
    ...postgresAccounts(pool),
    ...postgresIdentities(pool),
    ...postgresInvitationStore(pool),
    ...postgresPeopleAdmin(pool),
    ...postgresPublicLinks(pool),
    async createApiToken(r) {
      await pool.query(
        `INSERT INTO api_tokens (id, name, scope, token_hash, created_at, expires_at, last_used_at, revoked_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [r.id, r.name, r.scope, r.hash, r.createdAt, r.expiresAt, r.lastUsedAt, r.revokedAt],
      );
    },
    async findApiToken(hash) {
      const { rows } = await pool.query<TokenRow>(
        `SELECT ${TOKEN_COLUMNS} FROM api_tokens WHERE token_hash = $1`,
        [hash],
      );
      return rows[0] ? tokenOf(rows[0]) : null;
    },
    async listApiTokens() {
      const { rows } = await pool.query<TokenRow>(
        `SELECT ${TOKEN_COLUMNS} FROM api_tokens ORDER BY created_at DESC, id`,
      );
      return rows.map(tokenOf);
    },
    async revokeApiToken(id, at) {
      const { rowCount } = await pool.query(
        'UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL',
        [at, id],
      );
      return (rowCount ?? 0) > 0;
    },
    async touchApiToken(id, at) {
      await pool.query('UPDATE api_tokens SET last_used_at = $1 WHERE id = $2', [at, id]);
    },
    close: () => endPool(pool),
  };
}
