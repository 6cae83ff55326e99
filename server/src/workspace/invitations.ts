/**
 * Invitations: an admin invites an email with a role; the link's token is returned once
 * (to show and to mail), stored as its SHA-256, works once, expires, and can be revoked
 * or replaced by a new one. Accepting is claimed in one statement, so a link used twice
 * at once makes one account. The routes (routes/invitations.ts) tie this to people.
 */
import {
  DEFAULT_INVITATION_DAYS,
  randomId,
  type LinkGone,
  type WorkspaceRole,
} from '@hindsight/shared';
import { hashToken, newToken } from '../auth/tokens.ts';
import type { InvitationRecord, InvitationStore } from '../storage/invitationStore.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export type InvitationState = 'pending' | 'expired' | 'accepted' | 'revoked';

/** Where an invitation stands at `now`. */
export function invitationState(record: InvitationRecord, now: number): InvitationState {
  if (record.acceptedAt !== null) return 'accepted';
  if (record.revokedAt !== null) return 'revoked';
  return now >= record.expiresAt ? 'expired' : 'pending';
}

export type InvitationCheck =
  | { readonly ok: true; readonly record: InvitationRecord }
  | { readonly ok: false; readonly reason: 'unknown' | LinkGone };

const GONE: Record<Exclude<InvitationState, 'pending'>, LinkGone> = {
  expired: 'expired',
  accepted: 'used',
  revoked: 'revoked',
};

/** Whether a stored invitation (or none) may be accepted at `now`. */
export function checkInvitation(record: InvitationRecord | null, now: number): InvitationCheck {
  if (!record) return { ok: false, reason: 'unknown' };
  const state = invitationState(record, now);
  return state === 'pending' ? { ok: true, record } : { ok: false, reason: GONE[state] };
}

export interface NewInvitation {
  readonly email: string;
  readonly role: WorkspaceRole;
  readonly expiresInDays?: number | undefined;
  /** The inviting admin's person id; null for an API token. */
  readonly invitedBy: string | null;
}

export interface IssuedInvitation {
  /** The token for the link: this is the only copy. */
  readonly token: string;
  readonly record: InvitationRecord;
}

export interface Invitations {
  create(input: NewInvitation): Promise<IssuedInvitation>;
  /** Open invitations (pending and expired), newest first. */
  listOpen(): Promise<InvitationRecord[]>;
  /** A new token and expiry for an open invitation; null when it is not open. */
  renew(id: string, expiresInDays?: number): Promise<IssuedInvitation | null>;
  revoke(id: string): Promise<boolean>;
  /** The invitation a presented token opens, or why it does not. */
  check(token: string): Promise<InvitationCheck>;
  /** Uses the invitation up; false when another acceptance, a revocation or its expiry came first. */
  claim(id: string): Promise<boolean>;
  /** Gives back a claim whose account could not be made. */
  release(id: string): Promise<void>;
  /** The state of an open invitation now (pending or expired). */
  stateOf(record: InvitationRecord): InvitationState;
}

export function invitations(store: InvitationStore, now: () => number = Date.now): Invitations {
  const expiry = (from: number, days = DEFAULT_INVITATION_DAYS) => from + days * DAY_MS;
  return {
    async create({ email, role, expiresInDays, invitedBy }) {
      const token = newToken();
      const createdAt = now();
      const record: InvitationRecord = {
        id: randomId(12),
        email: email.toLowerCase(),
        role,
        hash: hashToken(token),
        invitedBy,
        createdAt,
        expiresAt: expiry(createdAt, expiresInDays),
        acceptedAt: null,
        revokedAt: null,
      };
      await store.createInvitation(record);
      return { token, record };
    },
    listOpen: () => store.listOpenInvitations(),
    async renew(id, expiresInDays) {
      const token = newToken();
      const expiresAt = expiry(now(), expiresInDays);
      if (!(await store.renewInvitation(id, hashToken(token), expiresAt))) return null;
      const record = await store.getInvitation(id);
      return record ? { token, record } : null;
    },
    revoke: (id) => store.revokeInvitation(id, now()),
    async check(token) {
      return checkInvitation(await store.findInvitation(hashToken(token)), now());
    },
    claim: (id) => store.claimInvitation(id, now()),
    release: (id) => store.releaseInvitation(id),
    stateOf: (record) => invitationState(record, now()),
  };
}
