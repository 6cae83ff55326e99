import type { Role } from '@hindsight/shared';
import { useBoard } from './useBoard.ts';

/** What this tab's link allows (from `GET /api/boards/:id`). */
export function useRole(): Role {
  return useBoard((s) => s.role);
}
