import type { RefObject } from 'react';
import { activePhases, plannedMs, sessionElapsedMs } from '@hindsight/shared';
import { phaseInstructions, wholeMinutes } from '../../lib/agenda.ts';
import { useCurrentPhase } from '../../state/useCurrentPhase.ts';
import { useFacilitator } from '../../state/useFacilitator.ts';
import { usePlan } from '../../state/usePlan.ts';
import { useRole } from '../../state/useRole.ts';
import { useSessionState } from '../../state/useSessionState.ts';
import { PhaseClock } from './PhaseClock.tsx';
import { PhaseNavControls } from './PhaseNavControls.tsx';
import { PlanToggle } from './PlanToggle.tsx';
import { ReadinessPanel } from './ReadinessPanel.tsx';
import { SoundToggle } from './SoundToggle.tsx';
import { TimerControls } from './TimerControls.tsx';

interface Props {
  /** The phase's title, focused on a phase change (usePhaseChangeFocus). */
  readonly heading: RefObject<HTMLHeadingElement | null>;
  readonly railId: string;
  readonly railOpen: boolean;
  readonly onOpenRail: () => void;
}

/**
 * What everyone sees on top: the phase, what to do and which questions to answer, the
 * countdown, and readiness. The facilitator also gets the timer and phase controls.
 */
export function PhaseHeader({ heading, railId, railOpen, onOpenRail }: Props) {
  const plan = usePlan();
  const session = useSessionState();
  const phase = useCurrentPhase();
  const role = useRole();
  const facilitator = useFacilitator();
  const order = activePhases(plan);
  const plannedMin = wholeMinutes(plannedMs(plan));
  const running = session.status === 'running' && phase !== undefined;
  const step = phase ? order.findIndex((p) => p.id === phase.id) + 1 : 0;

  let eyebrow: string;
  let title: string;
  let instructions: string;
  if (running) {
    eyebrow = step > 0 ? `Phase ${step} of ${order.length}` : 'Skipped phase';
    title = phase.title;
    instructions = phaseInstructions(phase, plan);
  } else if (session.status === 'finished') {
    eyebrow = 'Finished';
    title = 'Session finished';
    instructions = `Thank you all. The session took ${wholeMinutes(sessionElapsedMs(session, 0))} of ${plannedMin} planned minutes.`;
  } else {
    eyebrow = 'Not started';
    title = role === 'facilitator' ? 'Ready when you are' : 'Waiting for the facilitator';
    instructions =
      role === 'facilitator'
        ? `Check the plan (${order.length} phases, ${plannedMin} min), then start when everyone is here.`
        : `The session will start soon: ${order.length} phases, about ${plannedMin} minutes.` +
          (role === 'participant' ? ' You can already write cards.' : '');
  }

  return (
    <section
      className={`phase-header phase-header--${session.status}`}
      aria-label="Current phase"
      data-testid="phase-header"
    >
      <div className="phase-header__top">
        {!railOpen && (
          <button
            type="button"
            className="button button--ghost button--small rail-toggle"
            aria-expanded={false}
            aria-controls={railId}
            onClick={onOpenRail}
          >
            <svg className="button__icon" viewBox="0 0 20 20" aria-hidden="true">
              <path
                d="M4 6h12M4 10h12M4 14h8"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.8"
                strokeLinecap="round"
              />
            </svg>
            Agenda
          </button>
        )}
        <p className="phase-header__eyebrow">{eyebrow}</p>
        <SoundToggle />
      </div>

      <div className="phase-header__body">
        <div className="phase-header__text">
          <h2 className="phase-header__title" data-testid="phase-title" ref={heading} tabIndex={-1}>
            {title}
          </h2>
          {instructions && <p className="phase-header__instructions">{instructions}</p>}
          {running && phase.prompts.length > 0 && (
            <ul className="prompts" aria-label="Questions">
              {phase.prompts.map((prompt) => (
                <li key={prompt} className="prompts__item">
                  {prompt}
                </li>
              ))}
            </ul>
          )}
        </div>
        {running && session.timer && (
          <div className="phase-header__clock">
            <PhaseClock timer={session.timer} />
            {facilitator && (
              <TimerControls
                timer={session.timer}
                commands={facilitator.commands}
                disabled={!facilitator.ready}
              />
            )}
          </div>
        )}
      </div>

      {(running || facilitator) && (
        <div className="phase-header__footer">
          {running ? <ReadinessPanel phaseId={phase.id} /> : <span />}
          {facilitator && (
            <div className="phase-header__actions">
              <PlanToggle />
              <PhaseNavControls
                plan={plan}
                session={session}
                commands={facilitator.commands}
                disabled={!facilitator.ready}
              />
            </div>
          )}
        </div>
      )}
    </section>
  );
}
