import { mayReveal } from '@hindsight/shared';
import { useId, useRef, useState } from 'react';
import { useFacilitation } from '../../state/useFacilitation.ts';
import { useFacilitator } from '../../state/useFacilitator.ts';
import { RevealDialog } from './RevealDialog.tsx';

/**
 * The facilitator's "Reveal cards", asked first in a dialog: the server then copies every
 * card to everyone, shuffled and without authors, and it cannot be taken back. Not before
 * the session starts (the server refuses it too). Moving on to a later phase reveals too.
 */
export function RevealButton() {
  const facilitator = useFacilitator();
  const started = useFacilitation((s) => mayReveal(s.session));
  const [asking, setAsking] = useState(false);
  const hintId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  if (!facilitator) return null;
  return (
    <div className="reveal">
      <button
        ref={buttonRef}
        type="button"
        className="button button--primary"
        disabled={!facilitator.ready || !started}
        aria-describedby={hintId}
        aria-haspopup="dialog"
        onClick={() => setAsking(true)}
      >
        <svg className="button__icon" viewBox="0 0 20 20" aria-hidden="true">
          <path
            d="M2.5 10s2.8-5 7.5-5 7.5 5 7.5 5-2.8 5-7.5 5-7.5-5-7.5-5z"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.7"
          />
          <circle cx="10" cy="10" r="2.2" fill="currentColor" />
        </svg>
        Reveal cards
      </button>
      <span id={hintId} className="reveal__hint">
        {started
          ? 'Everyone sees every card; this cannot be undone.'
          : 'Start the session first: cards can be revealed once it runs.'}
      </span>
      {asking && (
        <RevealDialog
          onReveal={() => facilitator.commands.run({ type: 'reveal' })}
          onClose={() => {
            setAsking(false);
            // Focus goes back where the facilitator was (gone once the cards are out).
            requestAnimationFrame(() => buttonRef.current?.focus());
          }}
        />
      )}
    </div>
  );
}
