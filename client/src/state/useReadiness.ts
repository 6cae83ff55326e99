import { useMemo } from 'react';
import { readiness, type Readiness } from '../lib/readiness.ts';
import { useFacilitation } from './useFacilitation.ts';
import { usePeers } from './usePeers.ts';

/** How many participants are done with the current phase, and who. */
export function useReadiness(): Readiness {
  const peers = usePeers();
  const phaseId = useFacilitation((s) => s.session.phaseId);
  return useMemo(() => readiness(peers, phaseId), [peers, phaseId]);
}
