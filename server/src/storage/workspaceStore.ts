/**
 * Persistence of the workspace — its people, their sessions, invitations and API tokens —
 * behind its own interface, apart from the board {@link Store}. Secrets (tokens, session
 * ids) are stored as SHA-256 hashes only. Times are ms since the epoch.
 */
import type { TokenScope, WorkspaceRole } from '@hindsight/shared';
import type { InvitationStore } from './invitationStore.ts';
import type { PeopleAdminStore } from './peopleAdminStore.ts';
import type { PublicLinkStore } from './publicLinkStore.ts';

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

/** Someone with an account in the workspace. */
export interface PersonRecord {
  readonly id: string;
  /** Lower-cased; unique in the workspace. */
  readonly email: string;
  readonly name: string;
  readonly role: WorkspaceRole;
  /** The argon2id PHC string, or null until a password is set (or for SSO-only people). */
  readonly passwordHash: string | null;
  readonly createdAt: number;
  readonly deactivatedAt: number | null;
}

/** What may change about a person after they were created. */
export type PersonChanges = Partial<Pick<PersonRecord, 'name' | 'role' | 'passwordHash'>>;

/** A signed-in browser: the cookie holds the session id, the store only its hash. */
export interface SessionRecord {
  readonly id: string;
  /** SHA-256 of the session id the cookie carries, hex. */
  readonly hash: string;
  readonly personId: string;
  readonly createdAt: number;
  readonly lastSeenAt: number;
}

/** setup: the first-start link that creates the owner; password: sets a person's password. */
export type AccountLinkKind = 'setup' | 'password';

/** A one-time link: used once, then never again. */
export interface AccountLinkRecord {
  readonly id: string;
  readonly kind: AccountLinkKind;
  /** SHA-256 of the link's token, hex. */
  readonly hash: string;
  /** Whose password a `password` link sets; null for the setup link. */
  readonly personId: string | null;
  readonly createdAt: number;
  readonly expiresAt: number | null;
  readonly usedAt: number | null;
}

/** A person's identity at an OpenID Connect provider (migration 0010_identities). */
export interface IdentityRecord {
  /** The provider's issuer identifier, as configured (OIDC_ISSUER). */
  readonly issuer: string;
  /** The provider's `sub` for the person: stable, unlike their email. */
  readonly subject: string;
  readonly personId: string;
  readonly createdAt: number;
  readonly lastSignInAt: number;
}

export interface WorkspaceStore extends InvitationStore, PeopleAdminStore, PublicLinkStore {
  /** Rejects when the email is taken. */
  createPerson(record: PersonRecord): Promise<void>;
  findPerson(id: string): Promise<PersonRecord | null>;
  /** By the lower-cased email. */
  findPersonByEmail(email: string): Promise<PersonRecord | null>;
  /** Everyone, deactivated people included, oldest first. */
  listPeople(): Promise<PersonRecord[]>;
  /** False when there is no such person. */
  updatePerson(id: string, changes: PersonChanges): Promise<boolean>;
  /** Marks a person deactivated and deletes their sessions; false when there is no such active person. */
  deactivatePerson(id: string, at: number): Promise<boolean>;
  /** Admins not deactivated: zero means the workspace has no owner yet. */
  countActiveAdmins(): Promise<number>;

  createSession(record: SessionRecord): Promise<void>;
  findSession(hash: string): Promise<SessionRecord | null>;
  touchSession(id: string, at: number): Promise<void>;
  deleteSession(id: string): Promise<void>;
  /** Ends every session of a person; resolves with how many there were. */
  deleteSessionsOf(personId: string): Promise<number>;
  /** Deletes sessions idle since before `idleBefore` or started before `startedBefore`. */
  deleteExpiredSessions(idleBefore: number, startedBefore: number): Promise<number>;

  createAccountLink(record: AccountLinkRecord): Promise<void>;
  findAccountLink(hash: string): Promise<AccountLinkRecord | null>;
  /** Marks a link used; false when it was used already (only one caller ever gets true). */
  useAccountLink(id: string, at: number): Promise<boolean>;

  createApiToken(record: ApiTokenRecord): Promise<void>;
  /** The token whose hash this is, revoked and expired ones included. */
  findApiToken(hash: string): Promise<ApiTokenRecord | null>;
  /** Every token, newest first. */
  listApiTokens(): Promise<ApiTokenRecord[]>;
  /** Marks a token revoked; false when there is no such token or it was already revoked. */
  revokeApiToken(id: string, at: number): Promise<boolean>;
  /** Records when a token was last used. */
  touchApiToken(id: string, at: number): Promise<void>;
  /**
   * Links an identity to a person; false when the (issuer, subject) is already linked or
   * the person already has an identity at that issuer (nothing is changed then).
   */
  createIdentity(record: IdentityRecord): Promise<boolean>;
  findIdentity(issuer: string, subject: string): Promise<IdentityRecord | null>;
  /** The person's identity at `issuer`, if they have one. */
  findIdentityOfPerson(issuer: string, personId: string): Promise<IdentityRecord | null>;
  /** Records a sign-in through an identity. */
  touchIdentity(issuer: string, subject: string, at: number): Promise<void>;
  close(): Promise<void>;
}
