import { useShallow } from 'zustand/react/shallow';
import type { Peer } from './boardStore.ts';
import { useBoard } from './useBoard.ts';

/** Everyone on the board right now, this tab first. */
export function usePeers(): readonly Peer[] {
  return useBoard(useShallow((state) => state.peers));
}
