import { todayIn } from '@hindsight/shared';
import { useSyncExternalStore } from 'react';
import { useBoardSession } from '../../state/useBoardSession.ts';
import { useIncident } from '../../state/useIncident.ts';

/**
 * Today in the incident's time zone, `YYYY-MM-DD`, by the server's clock: the day due
 * dates are compared with, the same for everyone. Changes once a day, so a list that
 * reads it is not drawn again with every tick of the clock.
 */
export function useToday(): string {
  const { clock } = useBoardSession();
  const { timeZone } = useIncident();
  return useSyncExternalStore(clock.subscribe, () => todayIn(timeZone, clock.getSnapshot()));
}
