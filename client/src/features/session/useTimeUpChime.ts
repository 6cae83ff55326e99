import { useEffect } from 'react';
import { playChime } from '../../lib/chime.ts';
import { chimeSetting } from '../../state/chimeSetting.ts';

/**
 * Plays the chime once as the countdown reaches zero, if this browser turned it on.
 * Only that moment counts: turning the sound on in overtime stays quiet.
 */
export function useTimeUpChime(justEnded: boolean): void {
  useEffect(() => {
    if (justEnded && chimeSetting.getState().enabled) playChime();
  }, [justEnded]);
}
