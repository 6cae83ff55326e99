import { tokenFromHash } from '@hindsight/shared';
import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/**
 * The board token from the URL fragment. It stays in the URL (never sent to the server
 * by the browser) so that a reload keeps working.
 */
export function useHashToken(): string | null {
  return useSyncExternalStore(subscribe, () => tokenFromHash(window.location.hash));
}
