import { useBoard } from './useBoard.ts';

/** The board's title: live from the doc once synced, from the REST answer before. */
export function useBoardTitle(): string {
  return useBoard((s) => s.meta.title);
}
