/**
 * Text not yet sent: a card being written in a column's composer, or a card being edited.
 * Scope: session (this browser). The drafts live here, not in component state, so moving
 * to the next phase, switching views or a re-render never throws one away; they are also
 * mirrored in localStorage so that a reload, a reconnect or a closed tab keeps them. A
 * draft nobody touched for {@link DRAFT_TTL_MS} is forgotten when the app next loads.
 *
 * A key present with an empty text is meaningful for a card being edited (the person
 * cleared it); a composer's empty draft is simply removed.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';

/** Key prefix in localStorage; the rest is the draft key. */
const STORAGE_PREFIX = 'hindsight:draft:';

/** How long an untouched draft is kept, ms: a week covers a retro postponed by days. */
export const DRAFT_TTL_MS = 7 * 24 * 60 * 60_000;

/** A draft as stored: its text and when it was last changed. */
interface StoredDraft {
  readonly text: string;
  readonly at: number;
}

function decode(raw: string): StoredDraft | null {
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { text, at } = value as Record<string, unknown>;
    return typeof text === 'string' && typeof at === 'number' ? { text, at } : null;
  } catch {
    return null;
  }
}

export interface DraftState {
  readonly drafts: Readonly<Record<string, string>>;
}

export type DraftStore = StoreApi<DraftState>;

/** Draft keys: one per board and column (composer), one per board and card (editor). */
export const draftKeys = {
  composer: (boardId: string, columnId: string) => `${boardId}/column/${columnId}`,
  card: (boardId: string, cardId: string) => `${boardId}/card/${cardId}`,
} as const;

/** The part of Web Storage the store uses; tests pass a fake. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

function load(storage: DraftStorage | null, now: number): Record<string, string> {
  const drafts: Record<string, string> = {};
  if (!storage) return drafts;
  try {
    const stale: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const name = storage.key(i);
      if (!name?.startsWith(STORAGE_PREFIX)) continue;
      const stored = decode(storage.getItem(name) ?? '');
      if (stored && now - stored.at < DRAFT_TTL_MS)
        drafts[name.slice(STORAGE_PREFIX.length)] = stored.text;
      else stale.push(name);
    }
    for (const name of stale) storage.removeItem(name);
  } catch {
    // storage disabled: start with what was read
  }
  return drafts;
}

export interface DraftStoreApi {
  readonly store: DraftStore;
  /** The draft under `key`, or undefined when there is none. */
  get(key: string): string | undefined;
  /** Keeps `text` under `key` (an empty text is kept too; see {@link clear}). */
  set(key: string, text: string): void;
  /** Forgets the draft under `key`. */
  clear(key: string): void;
}

export function createDraftStore(
  storage: DraftStorage | null,
  now: () => number = Date.now,
): DraftStoreApi {
  const store = createStore<DraftState>()(() => ({ drafts: load(storage, now()) }));
  const persist = (run: (s: DraftStorage) => void) => {
    if (!storage) return;
    try {
      run(storage);
    } catch {
      // storage full or disabled: the draft lives in memory only
    }
  };
  return {
    store,
    get: (key) => store.getState().drafts[key],
    set(key, text) {
      if (store.getState().drafts[key] === text) return;
      store.setState((s) => ({ drafts: { ...s.drafts, [key]: text } }));
      const stored: StoredDraft = { text, at: now() };
      persist((s) => s.setItem(STORAGE_PREFIX + key, JSON.stringify(stored)));
    },
    clear(key) {
      if (!(key in store.getState().drafts)) return;
      store.setState((s) => {
        const { [key]: _gone, ...rest } = s.drafts;
        return { drafts: rest };
      });
      persist((s) => s.removeItem(STORAGE_PREFIX + key));
    },
  };
}

function localStorageOrNull(): DraftStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // access denied (sandboxed frame)
  }
}

/** This browser's drafts. */
export const drafts = createDraftStore(localStorageOrNull());
