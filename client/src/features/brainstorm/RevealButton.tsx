import { useId } from 'react';
import { useFacilitator } from '../../state/useFacilitator.ts';

/**
 * The facilitator's "Reveal cards". The server then copies every card to everyone,
 * shuffled and without authors; it cannot be taken back. Moving on to a later phase
 * reveals too.
 */
export function RevealButton() {
  const facilitator = useFacilitator();
  const hintId = useId();
  if (!facilitator) return null;
  return (
    <div className="reveal">
      <button
        type="button"
        className="button button--primary"
        disabled={!facilitator.ready}
        aria-describedby={hintId}
        onClick={() => facilitator.commands.run({ type: 'reveal' })}
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
        Everyone sees every card; this cannot be undone.
      </span>
    </div>
  );
}
