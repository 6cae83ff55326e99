import { activePhases, type SessionPlan, type SessionState } from '@hindsight/shared';
import type { FacilitatorCommands } from '../../state/facilitatorCommands.ts';
import { useRef, useState } from 'react';
import { FinishDialog } from './FinishDialog.tsx';
import { useFinishStatus } from './useFinishStatus.ts';
import { useRevealGuard } from './useRevealGuard.tsx';

interface Props {
  readonly plan: SessionPlan;
  readonly session: SessionState;
  readonly commands: FacilitatorCommands;
  readonly disabled: boolean;
}

/**
 * Start the session; Back and Next (Finish on the last phase, which asks first and puts a
 * draft postmortem in review); reopen after the end. Next
 * out of the brainstorm asks first when it would reveal the cards.
 */
export function PhaseNavControls({ plan, session, commands, disabled }: Props) {
  const guard = useRevealGuard(commands);
  const finishStatus = useFinishStatus();
  const [finishing, setFinishing] = useState(false);
  const nextRef = useRef<HTMLButtonElement>(null);
  const order = activePhases(plan);
  const at = order.findIndex((p) => p.id === session.phaseId);

  if (session.status === 'preparing') {
    return (
      <div className="control-group" role="group" aria-label="Session">
        <button
          type="button"
          className="button button--primary"
          disabled={disabled}
          onClick={() => commands.run({ type: 'start' })}
        >
          Start session
          <ArrowIcon />
        </button>
      </div>
    );
  }
  if (session.status === 'finished') {
    const last = order.at(-1);
    return (
      <div className="control-group" role="group" aria-label="Phases">
        <button
          type="button"
          className="button"
          aria-label={last ? `Back to ${last.title}` : 'Back'}
          disabled={disabled || !last}
          onClick={() => commands.run({ type: 'back' })}
        >
          <ArrowIcon back /> Back
        </button>
      </div>
    );
  }

  const previous = at > 0 ? order[at - 1] : undefined;
  // A phase skipped while it runs is not in the order: Next goes on from where it was.
  const next = at >= 0 ? order[at + 1] : undefined;
  const isLast = at >= 0 ? at === order.length - 1 : false;
  return (
    <div className="control-group" role="group" aria-label="Phases">
      <button
        type="button"
        className="button"
        aria-label={previous ? `Back to ${previous.title}` : 'Back'}
        disabled={disabled || !previous}
        onClick={() => commands.run({ type: 'back' })}
      >
        <ArrowIcon back /> Back
      </button>
      <button
        type="button"
        className="button button--primary"
        aria-label={isLast ? 'Finish session' : next ? `Next: ${next.title}` : 'Next phase'}
        disabled={disabled}
        ref={nextRef}
        onClick={() => (isLast ? setFinishing(true) : guard.run({ type: 'next' }))}
      >
        {isLast ? 'Finish' : 'Next'}
        {!isLast && <ArrowIcon />}
      </button>
      {guard.dialog}
      {finishing && (
        <FinishDialog
          last={order.at(-1)?.title ?? 'the last phase'}
          onFinish={() => {
            commands.run({ type: 'next' });
            finishStatus();
          }}
          onClose={() => {
            setFinishing(false);
            requestAnimationFrame(() => nextRef.current?.focus());
          }}
        />
      )}
    </div>
  );
}

function ArrowIcon({ back = false }: { back?: boolean }) {
  return (
    <svg className="button__icon" viewBox="0 0 20 20" aria-hidden="true">
      <path
        d={back ? 'M15 10H5m4-4l-4 4 4 4' : 'M5 10h10m-4-4l4 4-4 4'}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
