import { FIVE_WHYS, WHYS_MAX, whySlots, type WhyLevel } from '@hindsight/shared';
import { useState } from 'react';
import { usePostmortemCommands } from '../../state/usePostmortemCommands.ts';
import { showToast } from '../../state/toastStore.ts';
import { problemOf } from '../../lib/problem.ts';
import { WhyLevelRow } from './WhyLevelRow.tsx';

interface Props {
  readonly clusterId: string;
  readonly whys: readonly WhyLevel[];
  readonly rootCauseId: string | null;
  /** True for a "what went wrong" cluster, the ones the seeds ask why of. */
  readonly wentWrong: boolean;
  readonly readOnly: boolean;
}

/**
 * The five-whys chain: each level asks why and answers because, and the next level asks
 * about that answer. Five slots are always on screen (the method's five questions);
 * the chain may go deeper. One level can be marked as the root cause.
 */
export function FiveWhys({ clusterId, whys, rootCauseId, wentWrong, readOnly }: Props) {
  const commands = usePostmortemCommands();
  const [justAdded, setJustAdded] = useState<string | null>(null);
  const slots = whySlots(whys);
  const firstEmpty = whys.length;

  function add() {
    try {
      setJustAdded(commands.addWhy(clusterId));
    } catch (e) {
      showToast({ message: problemOf(e) });
    }
  }

  return (
    <section className="pm-panel five-whys" aria-labelledby={`whys-${clusterId}`}>
      <div className="pm-panel__head">
        <h4 id={`whys-${clusterId}`} className="pm-panel__title">
          Five whys
        </h4>
        <p className="pm-panel__hint">
          {wentWrong
            ? 'Ask why until you reach a cause in the system or the process, then mark it.'
            : 'Most useful for what went wrong; use it here if it helps.'}
        </p>
      </div>
      <ol className="five-whys__list">
        {slots.map((level, i) =>
          level ? (
            <WhyLevelRow
              key={level.id}
              clusterId={clusterId}
              level={level}
              index={i}
              previous={whys[i - 1] ?? null}
              isRootCause={level.id === rootCauseId}
              readOnly={readOnly}
              autoFocus={level.id === justAdded}
            />
          ) : (
            <li key={`slot-${i}`} className="why why--empty">
              <span className="why__n" aria-hidden="true">
                {i + 1}
              </span>
              {i === firstEmpty && !readOnly ? (
                <button type="button" className="button button--small why__ask" onClick={add}>
                  {i === 0 ? 'Ask the first why' : `Ask why ${i + 1}`}
                </button>
              ) : (
                <span className="why__placeholder">Why {i + 1}</span>
              )}
            </li>
          ),
        )}
      </ol>
      {!readOnly && whys.length >= FIVE_WHYS && whys.length < WHYS_MAX && (
        <button type="button" className="button button--small button--ghost" onClick={add}>
          Ask another why
        </button>
      )}
    </section>
  );
}
