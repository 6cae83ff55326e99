/**
 * Where invitations and password resets are kept (workspace/invitations.ts and
 * workspace/passwordResets.ts own the rules). Part of the {@link WorkspaceStore}; tokens
 * are stored as SHA-256 hashes only. Times are ms since the epoch.
 */
import type { WorkspaceRole } from '@hindsight/shared';

export interface InvitationRecord {
  readonly id: string;
  /** Lower-cased: the account's email once accepted. */
  readonly email: string;
  /** The role the account will have. */
  readonly role: WorkspaceRole;
  /** SHA-256 of the current token, hex; a new link replaces it. */
  readonly hash: string;
  /** The admin who invited, or null when it was a script with an API token. */
  readonly invitedBy: string | null;
  readonly createdAt: number;
  readonly expiresAt: number;
  readonly acceptedAt: number | null;
  readonly revokedAt: number | null;
}

export interface PasswordResetRecord {
  readonly id: string;
  readonly personId: string;
  /** SHA-256 of the token, hex. */
  readonly hash: string;
  readonly createdAt: number;
  readonly expiresAt: number;
  readonly usedAt: number | null;
}

export interface InvitationStore {
  createInvitation(record: InvitationRecord): Promise<void>;
  getInvitation(id: string): Promise<InvitationRecord | null>;
  /** The invitation whose current token has this hash, whatever its state. */
  findInvitation(hash: string): Promise<InvitationRecord | null>;
  /** Invitations neither accepted nor revoked (expired ones included), newest first. */
  listOpenInvitations(): Promise<InvitationRecord[]>;
  /**
   * Gives an open invitation a new token and expiry (the old link stops working); false
   * when it is accepted, revoked or unknown.
   */
  renewInvitation(id: string, hash: string, expiresAt: number): Promise<boolean>;
  /** Revokes an open invitation; false when it is accepted, revoked or unknown. */
  revokeInvitation(id: string, at: number): Promise<boolean>;
  /**
   * Marks an invitation accepted if it is open and not expired at `at`, in one statement:
   * of two acceptances at once, exactly one gets true.
   */
  claimInvitation(id: string, at: number): Promise<boolean>;
  /** Undoes a claim whose account could not be made, so the link works again. */
  releaseInvitation(id: string): Promise<void>;

  createPasswordReset(record: PasswordResetRecord): Promise<void>;
  findPasswordReset(hash: string): Promise<PasswordResetRecord | null>;
  /** Resets asked for a person since `since`: the per-account limit counts them. */
  countPasswordResets(personId: string, since: number): Promise<number>;
  /** Marks a reset used if it is unused and not expired at `at`; true for exactly one caller. */
  claimPasswordReset(id: string, at: number): Promise<boolean>;
  /** Marks every unused reset of a person used: a new password voids the other links. */
  voidPasswordResets(personId: string, at: number): Promise<void>;
}
