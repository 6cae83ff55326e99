/**
 * The workspace's tables in the embedded SQLite database (the same file as the boards,
 * through its own connection, so the command line can use it beside a running server).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { TOKEN_SCOPES, type TokenScope } from '@hindsight/shared';
import { migrateSqlite, SQLITE_FILE } from './sqliteStore.ts';
import { sqliteAccounts } from './sqliteAccounts.ts';
import { sqliteIdentities } from './sqliteIdentities.ts';
import { sqliteInvitationStore } from './sqliteInvitationStore.ts';
import { sqlitePeopleAdmin } from './sqlitePeopleAdmin.ts';
import { sqlitePublicLinks } from './sqlitePublicLinks.ts';
import type { ApiTokenRecord, WorkspaceStore } from './workspaceStore.ts';

export interface TokenRow {
  id: string;
  name: string;
  scope: string;
  token_hash: string;
  created_at: number;
  expires_at: number | null;
  last_used_at: number | null;
  revoked_at: number | null;
}

/** A row's scope as the shared literal; an unknown stored scope reads as the weakest. */
function scopeOf(stored: string): TokenScope {
  return TOKEN_SCOPES.find((scope) => scope === stored) ?? 'read';
}

export function tokenOf(row: TokenRow): ApiTokenRecord {
  return {
    id: row.id,
    name: row.name,
    scope: scopeOf(row.scope),
    hash: row.token_hash,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

export function openSqliteWorkspaceStore(dataDir: string): WorkspaceStore {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, SQLITE_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  // The board store and the command line write the same file through other connections.
  db.pragma('busy_timeout = 5000');
  // The command line may open a fresh data directory before any server did.
  migrateSqlite(db);

  const q = {
    insertToken: db.prepare(
      `INSERT INTO api_tokens (id, name, scope, token_hash, created_at, expires_at, last_used_at, revoked_at)
       VALUES (@id, @name, @scope, @hash, @createdAt, @expiresAt, @lastUsedAt, @revokedAt)`,
    ),
    findToken: db.prepare<[string], TokenRow>('SELECT * FROM api_tokens WHERE token_hash = ?'),
    listTokens: db.prepare<[], TokenRow>('SELECT * FROM api_tokens ORDER BY created_at DESC, id'),
    revokeToken: db.prepare<[number, string]>(
      'UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL',
    ),
    touchToken: db.prepare<[number, string]>('UPDATE api_tokens SET last_used_at = ? WHERE id = ?'),
  };

  return {
    ...sqliteAccounts(db),
    ...sqliteIdentities(db),
    ...sqliteInvitationStore(db),
    ...sqlitePeopleAdmin(db),
    ...sqlitePublicLinks(db),
    async createApiToken(record) {
      q.insertToken.run(record);
    },
    async findApiToken(hash) {
      const row = q.findToken.get(hash);
      return row ? tokenOf(row) : null;
    },
    async listApiTokens() {
      return q.listTokens.all().map(tokenOf);
    },
    async revokeApiToken(id, at) {
      return q.revokeToken.run(at, id).changes > 0;
    },
    async touchApiToken(id, at) {
      q.touchToken.run(at, id);
    },
    async close() {
      if (db.open) db.close();
    },
  };
}
