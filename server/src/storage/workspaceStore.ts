/**
 * Persistence of the workspace — its people, their sessions, invitations and API tokens —
 * behind its own interface, apart from the board {@link Store}. Secrets (tokens, session
 * ids) are stored as SHA-256 hashes only. Times are ms since the epoch.
 */
import type { TokenScope } from '@hindsight/shared';

export interface ApiTokenRecord {
  readonly id: string;
  readonly name: string;
  readonly scope: TokenScope;
  /** SHA-256 of the token, hex. */
  readonly hash: string;
  readonly createdAt: number;
  readonly expiresAt: number | null;
  readonly lastUsedAt: number | null;
  readonly revokedAt: number | null;
}

export interface WorkspaceStore {
  createApiToken(record: ApiTokenRecord): Promise<void>;
  /** The token whose hash this is, revoked and expired ones included. */
  findApiToken(hash: string): Promise<ApiTokenRecord | null>;
  /** Every token, newest first. */
  listApiTokens(): Promise<ApiTokenRecord[]>;
  /** Marks a token revoked; false when there is no such token or it was already revoked. */
  revokeApiToken(id: string, at: number): Promise<boolean>;
  /** Records when a token was last used. */
  touchApiToken(id: string, at: number): Promise<void>;
  close(): Promise<void>;
}
