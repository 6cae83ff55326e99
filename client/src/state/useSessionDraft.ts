import { useCallback, useState } from 'react';

/**
 * Text not yet sent (a card being written). Scope: session; kept in sessionStorage under
 * `key` so that neither a re-render nor a reload loses it.
 */
export function useSessionDraft(key: string): [string, (text: string) => void] {
  const [draft, setDraftState] = useState(() => {
    try {
      return sessionStorage.getItem(key) ?? '';
    } catch {
      return '';
    }
  });
  const setDraft = useCallback(
    (text: string) => {
      setDraftState(text);
      try {
        if (text) sessionStorage.setItem(key, text);
        else sessionStorage.removeItem(key);
      } catch {
        // storage disabled: the draft lives in memory only
      }
    },
    [key],
  );
  return [draft, setDraft];
}
