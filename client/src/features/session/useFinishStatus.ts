import { statusOnFinish } from '@hindsight/shared';
import { showToast } from '../../state/toastStore.ts';
import { usePostmortem } from '../../state/usePostmortem.ts';
import { usePostmortemCommands } from '../../state/usePostmortemCommands.ts';

/**
 * What Finish does to the postmortem status (shared statusWorkflow.ts): a draft goes in
 * review; a status already past it stays, and the facilitator is told why.
 */
export function useFinishStatus(): () => void {
  const status = usePostmortem((s) => s.status);
  const commands = usePostmortemCommands();
  return () => {
    const next = statusOnFinish(status);
    if (next.moves) {
      commands.setStatus(next.to);
      showToast({ message: 'Session finished: the postmortem is now in review.' });
    } else showToast({ message: `Session finished. ${next.reason}` });
  };
}
