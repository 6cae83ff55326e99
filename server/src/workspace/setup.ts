/**
 * The first start: while the workspace has no owner (no active admin), the server makes a
 * one-time setup link and prints it on its console — nowhere else. Only the link's hash is
 * stored. Opening it shows a form that creates the owner; the link is used then, and every
 * setup link stops working once an owner exists. A start without an owner makes a new
 * link (the printed one cannot be recovered from its hash); earlier unused ones stay valid
 * until the owner is created.
 */
import { randomId } from '@hindsight/shared';
import { hashToken, newToken } from '../auth/tokens.ts';
import type { PersonRecord, WorkspaceStore } from '../storage/workspaceStore.ts';
import type { People } from './people.ts';
import { checkOneTimeLink } from './oneTimeLinks.ts';

/** The page a setup link opens; the token travels in the fragment, never in a logged URL. */
export const SETUP_PATH = '/setup';

export function setupUrl(origin: string, token: string): string {
  return `${origin}${SETUP_PATH}#${token}`;
}

export type SetupResult =
  | { readonly ok: true; readonly person: PersonRecord }
  | { readonly ok: false; readonly reason: 'done' | 'invalid' | 'email-taken' };

export interface Setup {
  /** True until the workspace has an owner. */
  needed(): Promise<boolean>;
  /** A new setup link's token when the workspace has no owner, else null. */
  prepare(): Promise<string | null>;
  /** Creates the owner with a setup link's token, using it up. */
  complete(
    token: string,
    owner: { email: string; name: string; password: string },
  ): Promise<SetupResult>;
}

export function setup(store: WorkspaceStore, people: People, now: () => number = Date.now): Setup {
  return {
    needed: async () => !(await people.hasOwner()),
    async prepare() {
      if (await people.hasOwner()) return null;
      const token = newToken();
      await store.createAccountLink({
        id: randomId(12),
        kind: 'setup',
        hash: hashToken(token),
        personId: null,
        createdAt: now(),
        expiresAt: null,
        usedAt: null,
      });
      return token;
    },
    async complete(token, owner) {
      if (await people.hasOwner()) return { ok: false, reason: 'done' };
      const found = checkOneTimeLink(await store.findAccountLink(hashToken(token)), now());
      if (!found.ok || found.record.kind !== 'setup') return { ok: false, reason: 'invalid' };
      const link = found.record;
      if (await store.findPersonByEmail(owner.email)) return { ok: false, reason: 'email-taken' };
      // Two forms sent at once with one link: only one uses it.
      if (!(await store.useAccountLink(link.id, now()))) return { ok: false, reason: 'invalid' };
      const person = await people.create({ ...owner, role: 'admin' });
      return { ok: true, person };
    },
  };
}
