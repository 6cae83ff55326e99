import { useId } from 'react';
import { agendaRows, sessionSummary } from '../../lib/agenda.ts';
import { useFacilitator } from '../../state/useFacilitator.ts';
import { usePlan } from '../../state/usePlan.ts';
import { useServerNow } from '../../state/useServerNow.ts';
import { useSessionState } from '../../state/useSessionState.ts';
import { AgendaItem } from './AgendaItem.tsx';
import { useRevealGuard } from './useRevealGuard.tsx';

interface Props {
  readonly id: string;
  readonly onClose: () => void;
}

/**
 * Every phase with its planned and actual minutes, skipped ones greyed, the current one
 * highlighted; the facilitator jumps to a phase by clicking it (asked first when that
 * would reveal the cards). Below, the session's
 * elapsed against planned time.
 */
export function AgendaRail({ id, onClose }: Props) {
  const plan = usePlan();
  const session = useSessionState();
  const now = useServerNow();
  const facilitator = useFacilitator();
  const headingId = useId();
  const rows = agendaRows(plan, session, now);
  const summary = sessionSummary(plan, session, now);
  const canJump = facilitator !== null && facilitator.ready && session.status === 'running';
  const guard = useRevealGuard(facilitator?.commands ?? null);
  const jump = (phaseId: string) => guard.run({ type: 'jump', phaseId });
  const share = summary.plannedMin === 0 ? 0 : Math.min(1, summary.elapsedMin / summary.plannedMin);

  return (
    <aside id={id} className="rail" aria-labelledby={headingId}>
      <div className="rail__header">
        <h2 id={headingId} className="rail__title">
          Agenda
        </h2>
        <button
          type="button"
          className="icon-button"
          aria-label="Hide agenda"
          title="Hide agenda"
          onClick={onClose}
        >
          <svg viewBox="0 0 20 20" aria-hidden="true">
            <path d="M12 5l-5 5 5 5" />
          </svg>
        </button>
      </div>
      <ol className="agenda" data-testid="agenda">
        {rows.map((row) => (
          <AgendaItem key={row.id} row={row} onJump={canJump ? jump : null} />
        ))}
      </ol>
      <div className="rail__summary" data-testid="session-summary">
        <div className="rail__summary-text">
          <span>{session.status === 'finished' ? 'Session took' : 'Session'}</span>
          <strong className={summary.over ? 'is-over' : undefined}>{summary.text}</strong>
        </div>
        <div className="meter" aria-hidden="true">
          <span
            className={`meter__fill${summary.over ? ' meter__fill--over' : ''}`}
            style={{ transform: `scaleX(${share})` }}
          />
        </div>
      </div>
      {guard.dialog}
    </aside>
  );
}
