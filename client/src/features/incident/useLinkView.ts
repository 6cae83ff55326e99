import { viewFromHash, type LinkView } from '@hindsight/shared';
import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The view the link asks for in its fragment (`&view=survey`), or null for the board. */
export function useLinkView(): LinkView | null {
  return useSyncExternalStore(subscribe, () => viewFromHash(window.location.hash));
}
