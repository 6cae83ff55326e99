import { useSyncExternalStore } from 'react';

/** Below this width the agenda rail folds away (keep in step with styles.css). */
const NARROW = '(max-width: 1000px)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(NARROW);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** True on screens too narrow for the agenda rail beside the board. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(NARROW).matches);
}
