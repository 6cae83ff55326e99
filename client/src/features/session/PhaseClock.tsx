import type { Timer } from '@hindsight/shared';
import { clockView } from '../../lib/phaseClock.ts';
import { useServerNow } from '../../state/useServerNow.ts';
import { useTimeUpChime } from './useTimeUpChime.ts';

/**
 * The countdown, large and calm. Recomputed from the stored timer and the server's clock
 * on every tick, so every browser shows the same time. In overtime it turns red and
 * counts up ("+1:12 over"); reaching zero pulses softly for a few seconds.
 */
export function PhaseClock({ timer }: { timer: Timer }) {
  const now = useServerNow();
  const view = clockView(timer, now);
  useTimeUpChime(view.justEnded);
  const state = view.overtime ? 'over' : view.running ? 'running' : 'paused';
  const caption = view.overtime ? 'over' : view.running ? 'left' : 'paused';

  return (
    <div
      className={`phase-clock phase-clock--${state}${view.justEnded ? ' phase-clock--ended' : ''}`}
      data-state={state}
    >
      <div className="phase-clock__readout" role="timer" aria-label={`${view.text} ${caption}`}>
        <span className="phase-clock__time" data-testid="phase-clock">
          {view.text}
        </span>
        <span className="phase-clock__caption">{caption}</span>
      </div>
      <div className="meter meter--clock" aria-hidden="true">
        <span
          className={`meter__fill${view.overtime ? ' meter__fill--over' : ''}`}
          style={{ transform: `scaleX(${view.progress})` }}
        />
      </div>
      <span className="sr-only" aria-live="polite">
        {view.justEnded ? 'Time is up for this phase.' : ''}
      </span>
    </div>
  );
}
