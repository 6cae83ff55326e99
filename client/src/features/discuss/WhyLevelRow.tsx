import type { WhyLevel } from '@hindsight/shared';
import { usePostmortemCommands } from '../../state/usePostmortemCommands.ts';
import { BlameField } from './BlameField.tsx';

interface Props {
  readonly clusterId: string;
  readonly level: WhyLevel;
  readonly index: number;
  /** The level above, whose answer this one asks about. */
  readonly previous: WhyLevel | null;
  readonly isRootCause: boolean;
  readonly readOnly: boolean;
  readonly autoFocus: boolean;
}

/** One level of the chain: why, because, "root cause", remove. */
export function WhyLevelRow({
  clusterId,
  level,
  index,
  previous,
  isRootCause,
  readOnly,
  autoFocus,
}: Props) {
  const commands = usePostmortemCommands();
  const n = index + 1;
  const askAbout = previous?.because.trim();
  return (
    <li
      className={`why${isRootCause ? ' why--root' : ''}`}
      data-testid="why-level"
      data-root-cause={isRootCause || undefined}
    >
      <span className="why__n" aria-hidden="true">
        {n}
      </span>
      <div className="why__fields">
        <BlameField
          label={`Why ${n}`}
          value={level.why}
          onEdit={(change) => commands.editWhy(clusterId, level.id, { why: change })}
          placeholder={
            askAbout ? `Why ${askAbout.replace(/[.!?]+$/, '')}?` : 'Why did this happen?'
          }
          rows={1}
          readOnly={readOnly}
          autoFocus={autoFocus}
          className="why__why"
        />
        <BlameField
          label={`Because ${n}`}
          value={level.because}
          onEdit={(change) => commands.editWhy(clusterId, level.id, { because: change })}
          placeholder="Because…"
          rows={1}
          readOnly={readOnly}
          className="why__because"
        />
      </div>
      <div className="why__actions">
        {readOnly && isRootCause && <span className="why__root-badge">Root cause</span>}
        {!readOnly && (
          <>
            <button
              type="button"
              className={`button button--small why__root${isRootCause ? ' is-on' : ''}`}
              aria-pressed={isRootCause}
              aria-label={`Why ${n} is the root cause`}
              onClick={() => commands.markRootCause(clusterId, isRootCause ? null : level.id)}
            >
              {isRootCause && (
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
              )}
              Root cause
            </button>
            <button
              type="button"
              className="icon-button icon-button--danger"
              aria-label={`Remove why ${n}`}
              title={`Remove why ${n}`}
              onClick={() => commands.removeWhy(clusterId, level.id)}
            >
              <svg viewBox="0 0 20 20" aria-hidden="true">
                <path d="M5 5l10 10M15 5L5 15" />
              </svg>
            </button>
          </>
        )}
      </div>
    </li>
  );
}
