/** People, sessions and account links as both stores' rows hold them, and back. */
import { WORKSPACE_ROLES, type WorkspaceRole } from '@hindsight/shared';
import type {
  AccountLinkKind,
  AccountLinkRecord,
  PersonRecord,
  SessionRecord,
} from './workspaceStore.ts';
import { oneTimeLinkOf, type OneTimeLinkRow } from './oneTimeLinkRows.ts';

export interface PersonRow {
  id: string;
  email: string;
  name: string;
  role: string;
  password_hash: string | null;
  created_at: number;
  deactivated_at: number | null;
}

export interface SessionRow {
  id: string;
  session_hash: string;
  person_id: string;
  created_at: number;
  last_seen_at: number;
}

export interface AccountLinkRow extends OneTimeLinkRow {
  kind: string;
}

/** A stored role as the shared literal; one the code does not know reads as the weakest. */
function roleOf(stored: string): WorkspaceRole {
  return WORKSPACE_ROLES.find((role) => role === stored) ?? 'viewer';
}

const LINK_KINDS: readonly AccountLinkKind[] = ['setup', 'password'];

export function personOf(row: PersonRow): PersonRecord {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: roleOf(row.role),
    passwordHash: row.password_hash,
    createdAt: row.created_at,
    deactivatedAt: row.deactivated_at,
  };
}

export function sessionOf(row: SessionRow): SessionRecord {
  return {
    id: row.id,
    hash: row.session_hash,
    personId: row.person_id,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
  };
}

/** A link of a kind this version does not know is treated as used: it opens nothing. */
export function accountLinkOf(row: AccountLinkRow): AccountLinkRecord {
  const kind = LINK_KINDS.find((k) => k === row.kind);
  return {
    ...oneTimeLinkOf(row),
    kind: kind ?? 'password',
    usedAt: kind ? row.used_at : (row.used_at ?? row.created_at),
  };
}

/** Column names for the fields of {@link PersonChanges}, in a fixed order. */
export const PERSON_CHANGE_COLUMNS = {
  name: 'name',
  role: 'role',
  passwordHash: 'password_hash',
} as const;
