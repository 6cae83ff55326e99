import { useSyncExternalStore } from 'react';
import { useBoardSession } from './useBoardSession.ts';

/**
 * The server's time, refreshed about four times a second. Countdowns compute from the
 * stored timer and this value, never from a local counter.
 */
export function useServerNow(): number {
  const { clock } = useBoardSession();
  return useSyncExternalStore(clock.subscribe, clock.getSnapshot);
}
