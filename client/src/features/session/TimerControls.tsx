import { timer as timers, type SessionCommand, type Timer } from '@hindsight/shared';
import type { FacilitatorCommands } from '../../state/facilitatorCommands.ts';

interface Props {
  readonly timer: Timer;
  readonly commands: FacilitatorCommands;
  readonly disabled: boolean;
}

/** The time the facilitator can add with one click, minutes. */
const EXTENSIONS = [1, 5] as const;

/** The facilitator's timer buttons: start, pause or resume; add time; reset. */
export function TimerControls({ timer, commands, disabled }: Props) {
  const run = (command: SessionCommand) => () => commands.run(command);
  const running = timers.isRunning(timer);
  const started = timer.elapsedMs > 0;

  return (
    <div className="control-group" role="group" aria-label="Timer">
      {running ? (
        <button
          type="button"
          className="button button--small"
          aria-label="Pause timer"
          disabled={disabled}
          onClick={run({ type: 'timerPause' })}
        >
          <PauseIcon /> Pause
        </button>
      ) : (
        <button
          type="button"
          className="button button--small"
          aria-label={started ? 'Resume timer' : 'Start timer'}
          disabled={disabled}
          onClick={run({ type: 'timerStart' })}
        >
          <PlayIcon /> {started ? 'Resume' : 'Start'}
        </button>
      )}
      {EXTENSIONS.map((minutes) => {
        const label = `Add ${minutes} minute${minutes === 1 ? '' : 's'}`;
        return (
          <button
            key={minutes}
            type="button"
            className="button button--small"
            title={label}
            disabled={disabled}
            onClick={run({ type: 'timerExtend', minutes })}
          >
            +{minutes} min
          </button>
        );
      })}
      <button
        type="button"
        className="button button--small button--ghost"
        aria-label="Reset timer"
        title="Back to the planned time, stopped"
        disabled={disabled}
        onClick={run({ type: 'timerReset' })}
      >
        Reset
      </button>
    </div>
  );
}

function PlayIcon() {
  return (
    <svg className="button__icon" viewBox="0 0 20 20" aria-hidden="true">
      <path d="M6.5 4.5v11l9-5.5z" fill="currentColor" />
    </svg>
  );
}

function PauseIcon() {
  return (
    <svg className="button__icon" viewBox="0 0 20 20" aria-hidden="true">
      <path d="M6 4.5h3v11H6zM11 4.5h3v11h-3z" fill="currentColor" />
    </svg>
  );
}
