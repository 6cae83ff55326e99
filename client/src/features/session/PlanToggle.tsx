import { useSessionState } from '../../state/useSessionState.ts';
import { useSessionUi } from '../../state/useSessionUi.ts';
import { useSessionUiStore } from '../../state/useSessionUiStore.ts';

/** The facilitator's way into the plan editor, before the start and at any time after. */
export function PlanToggle() {
  const ui = useSessionUiStore();
  const view = useSessionUi((s) => s.view);
  const preparing = useSessionState().status === 'preparing';
  const open = view === 'prepare';
  return (
    <button
      type="button"
      className="button button--ghost"
      aria-pressed={open}
      onClick={() => ui.setState({ view: open ? 'phase' : 'prepare' })}
    >
      <svg className="button__icon" viewBox="0 0 20 20" aria-hidden="true">
        <path
          d="M4 5h12M4 10h12M4 15h12M7 3.5v3M13 8.5v3M9 13.5v3"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.7"
          strokeLinecap="round"
        />
      </svg>
      {preparing ? 'Prepare session' : 'Edit plan'}
    </button>
  );
}
