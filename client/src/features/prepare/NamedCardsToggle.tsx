import { useId, useState } from 'react';
import { useBrainstorm } from '../../state/useBrainstorm.ts';
import { useFacilitator } from '../../state/useFacilitator.ts';
import { usePlan } from '../../state/usePlan.ts';
import { useSessionUi } from '../../state/useSessionUi.ts';
import { useSessionUiStore } from '../../state/useSessionUiStore.ts';

/**
 * Named cards: revealed cards show their author's name. Off by default; saved at once
 * (not with the rest of the plan), and everyone sees a banner while it is on.
 *
 * It can be turned on only before anyone wrote a card: people who wrote believing they
 * were anonymous must stay so. Turning it off is always possible.
 */
export function NamedCardsToggle() {
  const plan = usePlan();
  const facilitator = useFacilitator();
  const written = useBrainstorm((s) => s.counts.cards > 0 || s.revealed);
  const ui = useSessionUiStore();
  const planDraft = useSessionUi((s) => s.planDraft);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const on = plan.namedCards;
  const locked = !on && written;

  function toggle(namedCards: boolean) {
    if (!facilitator) return;
    try {
      facilitator.commands.updatePlan({ ...plan, namedCards });
      // An unsaved plan draft keeps the new setting, so saving it does not turn it back.
      if (planDraft)
        ui.setState({ planDraft: { ...planDraft, base: { ...planDraft.base, namedCards } } });
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'The setting could not be saved.');
    }
  }

  return (
    <div className="field">
      <label className="check" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={on}
          disabled={!facilitator?.ready || locked}
          onChange={(e) => toggle(e.target.checked)}
          aria-describedby={`${id}-hint`}
        />
        Named cards: show each revealed card's author
      </label>
      <p id={`${id}-hint`} className="prepare__hint">
        {locked
          ? 'Cards were already written as anonymous ones, so names can no longer be turned on.'
          : 'Off by default. When on, everyone sees a banner saying so while they write. Turn it on before anyone writes a card.'}
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
