import { useId } from 'react';
import { ModalDialog } from '../../ui/ModalDialog.tsx';
import { useBrainstorm } from '../../state/useBrainstorm.ts';
import { usePlan } from '../../state/usePlan.ts';
import { countsText, revealWarning } from './brainstormText.ts';

interface Props {
  /** Reveals the cards; the dialog closes after it. */
  readonly onReveal: () => void;
  readonly onClose: () => void;
  /** Set when moving on to this phase is what reveals: the dialog says so. */
  readonly goingTo?: string;
}

/**
 * Asks the facilitator before the reveal, which cannot be undone: says what everyone will
 * see, and warns from the server's counts when too few people wrote for the cards to
 * stay anonymous. Focus starts on Cancel, the choice that loses nothing.
 */
export function RevealDialog({ onReveal, onClose, goingTo }: Props) {
  const titleId = useId();
  const counts = useBrainstorm((s) => s.counts);
  const { namedCards } = usePlan();
  const warning = revealWarning(counts, namedCards);

  return (
    <ModalDialog
      titleId={titleId}
      className="dialog reveal-dialog"
      onClose={onClose}
      testId="reveal-dialog"
    >
      <h2 id={titleId}>Reveal the cards?</h2>
      <p className="dialog__hint">
        {goingTo && `Going on to ${goingTo} reveals the cards. `}
        {namedCards
          ? 'Every card becomes visible to everyone on the board, with its author’s name.'
          : 'Every card becomes visible to everyone on the board, in random order. Authors stay hidden: nobody is shown who wrote what.'}{' '}
        This cannot be undone: the cards cannot be hidden again.
      </p>
      <p className="reveal-dialog__counts">{countsText(counts)}.</p>
      {warning && (
        <p className="banner banner--warn reveal-dialog__warning" data-testid="reveal-warning">
          {warning}
          {counts.cards > 0 && ' Cards stay anonymous only among three or more authors.'}
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" className="button button--ghost" onClick={onClose} autoFocus>
          Cancel
        </button>
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            onReveal();
            onClose();
          }}
        >
          {goingTo ? `Reveal and go to ${goingTo}` : 'Reveal to everyone'}
        </button>
      </div>
    </ModalDialog>
  );
}
