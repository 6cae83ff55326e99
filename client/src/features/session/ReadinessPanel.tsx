import { readinessText } from '../../lib/readiness.ts';
import { useBoardCommands } from '../../state/useBoardCommands.ts';
import { useReadiness } from '../../state/useReadiness.ts';
import { useRole } from '../../state/useRole.ts';
import { useSelfReady } from '../../state/useSelfReady.ts';

/**
 * "I'm done" for participants, the count for everyone ("3 of 5 done"), and for the
 * facilitator who is done and who is still working.
 */
export function ReadinessPanel({ phaseId }: { phaseId: string }) {
  const role = useRole();
  const commands = useBoardCommands();
  const selfReady = useSelfReady();
  const readiness = useReadiness();
  const done = selfReady === phaseId;
  const share = readiness.total === 0 ? 0 : readiness.done / readiness.total;

  return (
    <div className="readiness">
      {role === 'participant' && (
        <button
          type="button"
          className={`button button--small readiness__toggle${done ? ' is-on' : ''}`}
          aria-pressed={done}
          onClick={() => commands.setReady(done ? null : phaseId)}
        >
          <svg className="button__icon" viewBox="0 0 20 20" aria-hidden="true">
            <path
              d="M5 10.5l3.2 3.2L15 7"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
          I'm done
        </button>
      )}
      <div className="readiness__count">
        <span className="readiness__dots" aria-hidden="true">
          <span className="readiness__dots-fill" style={{ transform: `scaleX(${share})` }} />
        </span>
        <span role="status" data-testid="readiness-count">
          {readinessText(readiness)}
        </span>
      </div>
      {role === 'facilitator' && readiness.total > 0 && (
        <p className="readiness__names" data-testid="readiness-names">
          {readiness.doneNames.length > 0 && (
            <span>
              <span className="readiness__label">Done:</span> {readiness.doneNames.join(', ')}
            </span>
          )}
          {readiness.waitingNames.length > 0 && (
            <span>
              <span className="readiness__label">Not yet:</span> {readiness.waitingNames.join(', ')}
            </span>
          )}
        </p>
      )}
    </div>
  );
}
