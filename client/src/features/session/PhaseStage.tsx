import { AfterView } from '../after/AfterView.tsx';
import { CardBoardView } from '../board/CardBoardView.tsx';
import { PreparePanel } from '../incident/PreparePanel.tsx';
import { PrepareView } from '../prepare/PrepareView.tsx';
import { useCurrentPhase } from '../../state/useCurrentPhase.ts';
import { useFacilitator } from '../../state/useFacilitator.ts';
import { useSessionState } from '../../state/useSessionState.ts';
import { useSessionUi } from '../../state/useSessionUi.ts';
import { PHASE_VIEWS } from './phaseViews.ts';

/**
 * The main area: the current phase's view (the card board before the start and after
 * the end), or the plan editor when the facilitator opened it. Beside the agenda it
 * scrolls inside itself, so it takes focus (tabIndex 0): a keyboard can scroll it where
 * nothing in it can be focused, as the follow-up review for an observer.
 */
export function PhaseStage() {
  const facilitator = useFacilitator();
  const preparing = useSessionUi((s) => s.view === 'prepare');
  const followUpTab = useSessionUi((s) => s.view === 'followup');
  const { status } = useSessionState();
  const phase = useCurrentPhase();

  if (facilitator && preparing) {
    return (
      <main className="board__main" tabIndex={0} aria-label="Session plan">
        <PreparePanel plan={<PrepareView />} />
      </main>
    );
  }
  // After the session, and from the "Follow-up" tab at any time: the follow-up review.
  if (followUpTab || status === 'finished') {
    return (
      <main className="board__main" tabIndex={0} aria-label="Follow-up review">
        <AfterView />
      </main>
    );
  }
  const View = status === 'running' && phase ? PHASE_VIEWS[phase.kind] : CardBoardView;
  return (
    <main
      className="board__main"
      tabIndex={0}
      aria-label={status === 'running' && phase ? phase.title : 'Cards'}
      data-phase-kind={status === 'running' ? phase?.kind : undefined}
    >
      <View />
    </main>
  );
}
