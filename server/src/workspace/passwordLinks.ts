/**
 * One-time links that set a person's password, made by `hindsight user create` for an
 * account made without one. Only the link's hash is stored; it works once, for
 * {@link PASSWORD_LINK_DAYS} days, and not for a deactivated person.
 */
import { randomId } from '@hindsight/shared';
import { hashToken, newToken } from '../auth/tokens.ts';
import type { PersonRecord, WorkspaceStore } from '../storage/workspaceStore.ts';
import { checkOneTimeLink } from './oneTimeLinks.ts';
import type { People } from './people.ts';

export const PASSWORD_LINK_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The page a set-password link opens; the token travels in the fragment. */
export const SET_PASSWORD_PATH = '/set-password';

export function setPasswordUrl(origin: string, token: string): string {
  return `${origin}${SET_PASSWORD_PATH}#${token}`;
}

export interface PasswordLinks {
  /** A new link's token for a person. */
  create(personId: string): Promise<string>;
  /** Sets the password with a link's token, using it up; the person, or null when refused. */
  use(token: string, password: string): Promise<PersonRecord | null>;
}

export function passwordLinks(
  store: WorkspaceStore,
  people: People,
  now: () => number = Date.now,
): PasswordLinks {
  return {
    async create(personId) {
      const token = newToken();
      const at = now();
      await store.createAccountLink({
        id: randomId(12),
        kind: 'password',
        hash: hashToken(token),
        personId,
        createdAt: at,
        expiresAt: at + PASSWORD_LINK_DAYS * DAY_MS,
        usedAt: null,
      });
      return token;
    },
    async use(token, password) {
      const found = checkOneTimeLink(await store.findAccountLink(hashToken(token)), now());
      if (!found.ok) return null;
      const link = found.record;
      if (link.kind !== 'password' || link.personId === null) return null;
      const person = await people.find(link.personId);
      if (!person || person.deactivatedAt !== null) return null;
      if (!(await store.useAccountLink(link.id, now()))) return null;
      await people.setPassword(person.id, password);
      return person;
    },
  };
}
