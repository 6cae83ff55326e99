/**
 * Public share links of published postmortems: one per board at most, made by whoever
 * may run the board (members) or an admin, revoked at once. A link's token is 256 random
 * bits (auth/tokens.ts), shown once when made and stored as its SHA-256 only; a token
 * that is not even well formed is refused before the store is asked.
 */
import { PublicTokenSchema, type PublicLinkStatus } from '@hindsight/shared';
import { hashToken, newToken } from '../auth/tokens.ts';
import type { PublicLinkStore } from '../storage/publicLinkStore.ts';
import type { People } from './people.ts';

export interface PublicLinks {
  /** Makes the board's link, replacing the one it had; the token is in this answer only. */
  create(boardId: string, createdBy: string | null): Promise<string>;
  /** The board a token opens, or null for a token that opens none (revoked, made up). */
  boardOf(token: string): Promise<string | null>;
  /** Whether the board has a link, when it was made and by whom. */
  status(boardId: string): Promise<PublicLinkStatus>;
  /** Deletes the board's link; false when it had none. */
  revoke(boardId: string): Promise<boolean>;
}

export function publicLinks(
  store: PublicLinkStore,
  people: Pick<People, 'find'>,
  now: () => number = Date.now,
): PublicLinks {
  return {
    async create(boardId, createdBy) {
      const token = newToken();
      await store.putPublicLink({ boardId, hash: hashToken(token), createdBy, createdAt: now() });
      return token;
    },
    async boardOf(token) {
      if (!PublicTokenSchema.safeParse(token).success) return null;
      return (await store.findPublicLink(hashToken(token)))?.boardId ?? null;
    },
    async status(boardId) {
      const link = await store.publicLinkOf(boardId);
      if (!link) return { exists: false, createdAt: null, createdBy: null };
      const person = link.createdBy === null ? null : await people.find(link.createdBy);
      return { exists: true, createdAt: link.createdAt, createdBy: person?.name ?? null };
    },
    revoke: (boardId) => store.deletePublicLink(boardId),
  };
}
