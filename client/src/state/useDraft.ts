import { useCallback } from 'react';
import { useStore } from 'zustand';
import { drafts } from './draftStore.ts';

/**
 * The draft under `key` (undefined when there is none), and functions to change and
 * forget it. Survives unmounting: phase changes and view switches keep it.
 */
export function useDraft(key: string): [string | undefined, (text: string) => void, () => void] {
  const draft = useStore(drafts.store, (s) => s.drafts[key]);
  const set = useCallback((text: string) => drafts.set(key, text), [key]);
  const clear = useCallback(() => drafts.clear(key), [key]);
  return [draft, set, clear];
}
