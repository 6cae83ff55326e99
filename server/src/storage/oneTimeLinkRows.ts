/**
 * The columns every one-time link table shares (account_links, password_resets: two
 * tables, one shape), as both stores' rows hold them, and back. The rule of their use is
 * workspace/oneTimeLinks.ts.
 */
export interface OneTimeLinkRow {
  id: string;
  token_hash: string;
  person_id: string | null;
  created_at: number;
  expires_at: number | null;
  used_at: number | null;
}

export function oneTimeLinkOf<R extends OneTimeLinkRow>(row: R) {
  return {
    id: row.id,
    hash: row.token_hash,
    personId: row.person_id as R['person_id'],
    createdAt: row.created_at,
    expiresAt: row.expires_at as R['expires_at'],
    usedAt: row.used_at,
  };
}
