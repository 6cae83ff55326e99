import { useSessionUi } from '../../state/useSessionUi.ts';
import { useSessionUiStore } from '../../state/useSessionUiStore.ts';

/**
 * The "Follow-up" tab in the top bar: the follow-up review at any time, for everyone;
 * pressed again, back to the session.
 */
export function FollowUpTab() {
  const ui = useSessionUiStore();
  const open = useSessionUi((s) => s.view === 'followup');
  return (
    <button
      type="button"
      className="button button--small followup-tab"
      aria-pressed={open}
      onClick={() => ui.setState({ view: open ? 'phase' : 'followup' })}
    >
      Follow-up
    </button>
  );
}
