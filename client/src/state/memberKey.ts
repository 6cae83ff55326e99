/**
 * This browser's member key for a board: the secret that opens the person's private doc
 * (shared member.ts). Scope: this browser, in localStorage under
 * `hindsight:member:<board id>`, so a reload or a second tab opens the same private doc.
 * Made once per board, never shown, never sent anywhere but the sync endpoint.
 */
import { MemberKeySchema, newMemberKey } from '@hindsight/shared';

/** The part of Web Storage the key needs; tests pass a fake. */
export type KeyStorage = Pick<Storage, 'getItem' | 'setItem'>;

export const memberKeyName = (boardId: string) => `hindsight:member:${boardId}`;

/** Keys made while storage is disabled: they last as long as the page. */
const fallback = new Map<string, string>();

/** The member key for `boardId`, made and remembered on first use. */
export function memberKeyFor(boardId: string, storage: KeyStorage | null = localStorageOrNull()) {
  const name = memberKeyName(boardId);
  try {
    const stored = storage?.getItem(name);
    if (stored && MemberKeySchema.safeParse(stored).success) return stored;
  } catch {
    // storage disabled: fall through
  }
  const key = fallback.get(name) ?? newMemberKey();
  try {
    if (!storage) throw new Error('no storage');
    storage.setItem(name, key);
  } catch {
    fallback.set(name, key);
  }
  return key;
}

function localStorageOrNull(): KeyStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // access denied (sandboxed frame)
  }
}
