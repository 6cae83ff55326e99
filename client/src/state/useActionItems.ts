import type { ActionItemView } from '@hindsight/shared';
import { usePostmortem } from './usePostmortem.ts';

/** Every action item, in "tackle first" order (quick wins, then by due date). */
export function useActionItems(): readonly ActionItemView[] {
  return usePostmortem((s) => s.actions);
}
