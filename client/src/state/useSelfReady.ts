import { useBoard } from './useBoard.ts';

/** The phase this tab marked done, from its own presence; null when none. */
export function useSelfReady(): string | null {
  return useBoard((s) => s.peers.find((p) => p.isSelf)?.ready ?? null);
}
