import { statusOnFinish, type FinishStatus } from '@hindsight/shared';
import { useId } from 'react';
import { ModalDialog } from '../../ui/ModalDialog.tsx';
import { usePostmortem } from '../../state/usePostmortem.ts';

interface Props {
  /** The last phase, by title: Back returns to it. */
  readonly last: string;
  /** Finishes the session; the dialog closes after it. */
  readonly onFinish: () => void;
  readonly onClose: () => void;
}

/** What Finish does to the postmortem status, in words. */
function statusLine(finish: FinishStatus): string {
  return finish.moves
    ? 'The postmortem status moves from Draft to In review, so the team reads the document before it is shared.'
    : finish.reason;
}

/**
 * Asks the facilitator before Finish, and says what it does: everyone moves to the
 * follow-up review, the clock stops, the status moves (or why not), and Back returns to
 * the last phase. Focus starts on Cancel; Escape cancels.
 */
export function FinishDialog({ last, onFinish, onClose }: Props) {
  const titleId = useId();
  const finish = statusOnFinish(usePostmortem((s) => s.status));

  return (
    <ModalDialog titleId={titleId} className="dialog" onClose={onClose} testId="finish-dialog">
      <h2 id={titleId}>Finish the session?</h2>
      <ul className="dialog__hint">
        <li>Everyone moves to the follow-up review, and the session clock stops.</li>
        <li data-testid="finish-status">{statusLine(finish)}</li>
        <li>Back returns everyone to {last} if you finished too early.</li>
      </ul>
      <div className="dialog__actions">
        <button type="button" className="button button--ghost" onClick={onClose} autoFocus>
          Cancel
        </button>
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            onFinish();
            onClose();
          }}
        >
          Finish now
        </button>
      </div>
    </ModalDialog>
  );
}
