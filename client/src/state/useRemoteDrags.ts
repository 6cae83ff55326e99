import { useMemo } from 'react';
import type { RemoteDrag } from './clusterStore.ts';
import { useClusterState } from './useClusterState.ts';
import { usePeers } from './usePeers.ts';

/** A drag by someone else, with who they are. */
export interface NamedDrag extends RemoteDrag {
  readonly name: string;
  readonly color: string;
}

/** Other people's drags in progress; a tab that published no name shows no ghost. */
export function useRemoteDrags(): readonly NamedDrag[] {
  const drags = useClusterState((s) => s.drags);
  const peers = usePeers();
  return useMemo(() => {
    const byClient = new Map(peers.map((p) => [p.clientId, p]));
    return drags.flatMap((drag) => {
      const peer = byClient.get(drag.clientId);
      return peer ? [{ ...drag, name: peer.name, color: peer.color }] : [];
    });
  }, [drags, peers]);
}
