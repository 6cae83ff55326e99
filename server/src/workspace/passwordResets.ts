/**
 * Password resets: a link with a token that works once, for {@link RESET_MINUTES}
 * minutes, stored as its SHA-256. Asking for one answers the same whether or not the
 * email is an account's; at most {@link RESETS_PER_HOUR} are mailed per account an hour,
 * so nobody can flood a mailbox. Using one voids the person's other reset links; the
 * route sets the password and ends the person's sessions.
 */
import { randomId } from '@hindsight/shared';
import { hashToken, newToken } from '../auth/tokens.ts';
import type { InvitationStore, PasswordResetRecord } from '../storage/invitationStore.ts';
import { checkOneTimeLink, type LinkCheck } from './oneTimeLinks.ts';

/** How long a reset link works. */
export const RESET_MINUTES = 30;
/** Reset mails per account and hour at most; further asks are answered the same and dropped. */
export const RESETS_PER_HOUR = 3;

const MINUTE_MS = 60_000;

export type ResetCheck = LinkCheck<PasswordResetRecord>;

/** Whether a stored reset (or none) may be used at `now`. */
export function checkPasswordReset(record: PasswordResetRecord | null, now: number): ResetCheck {
  return checkOneTimeLink(record, now);
}

export interface PasswordResets {
  /**
   * A new reset for a person, or null when they had {@link RESETS_PER_HOUR} in the last
   * hour. The token is the only copy.
   */
  issue(personId: string): Promise<{ token: string; record: PasswordResetRecord } | null>;
  check(token: string): Promise<ResetCheck>;
  /** Uses the reset up and voids the person's others; false when it was used or expired first. */
  claim(record: PasswordResetRecord): Promise<boolean>;
}

export function passwordResets(
  store: InvitationStore,
  now: () => number = Date.now,
): PasswordResets {
  return {
    async issue(personId) {
      const at = now();
      if ((await store.countPasswordResets(personId, at - 60 * MINUTE_MS)) >= RESETS_PER_HOUR)
        return null;
      const token = newToken();
      const record: PasswordResetRecord = {
        id: randomId(12),
        personId,
        hash: hashToken(token),
        createdAt: at,
        expiresAt: at + RESET_MINUTES * MINUTE_MS,
        usedAt: null,
      };
      await store.createPasswordReset(record);
      return { token, record };
    },
    async check(token) {
      return checkPasswordReset(await store.findPasswordReset(hashToken(token)), now());
    },
    async claim(record) {
      const at = now();
      if (!(await store.claimPasswordReset(record.id, at))) return false;
      await store.voidPasswordResets(record.personId, at);
      return true;
    },
  };
}
