import { votesUsed } from '@hindsight/shared';
import { useBallot } from '../../state/useBallot.ts';
import { useClusters } from '../../state/useClusters.ts';
import { usePlan } from '../../state/usePlan.ts';
import { useVoteCommands } from '../../state/useVoteCommands.ts';
import { useVoting } from '../../state/useVoting.ts';
import { useVotingControls } from '../../state/useVotingControls.ts';
import { DiscussionOrderList } from './DiscussionOrderList.tsx';
import { limitsText, remainingText, statusText } from './voteText.ts';
import './voting.css';

/**
 * The vote step of the Cluster phase: where it stands, the facilitator's Open and Close,
 * the rules and this person's dots left while it is open, the discussion order once it
 * is counted.
 */
export function VotingBar() {
  const voting = useVoting();
  const control = useVotingControls();
  const ballot = useBallot();
  const commands = useVoteCommands();
  const clusters = useClusters();
  const { voteLimits } = usePlan();
  const used = votesUsed(new Map(Object.entries(ballot)));
  const live = new Set(clusters.map((c) => c.id));
  const stranded = Object.keys(ballot).filter((id) => !live.has(id));
  const { status } = voting;

  return (
    <section
      className={`voting-bar voting-bar--${status}`}
      aria-label="Dot voting"
      data-testid="voting-bar"
      data-status={status}
    >
      <div className="voting-bar__row">
        <span className="voting-bar__icon" aria-hidden="true">
          <svg viewBox="0 0 20 20">
            <circle cx="6" cy="10" r="2.4" />
            <circle cx="14" cy="6" r="2.4" />
            <circle cx="13" cy="14" r="2.4" />
          </svg>
        </span>
        <div className="voting-bar__text">
          <p data-testid="voting-status">{statusText(voting, control !== null)}</p>
          {status === 'open' && (
            <p className="voting-bar__facts">
              <span>{limitsText(voteLimits)}</span>
              {commands && (
                <strong role="status" data-testid="votes-left">
                  {remainingText(used, voteLimits)}
                </strong>
              )}
            </p>
          )}
          {status === 'open' && commands && stranded.length > 0 && (
            <p className="voting-bar__facts">
              Some of your votes are on clusters that were merged.{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  for (const id of stranded) {
                    for (let i = 0; i < (ballot[id] ?? 0); i++) commands.retract(id);
                  }
                }}
              >
                Take them back
              </button>
            </p>
          )}
        </div>
        {control && (
          <div className="voting-bar__actions">
            {status === 'open' ? (
              <button
                type="button"
                className="button button--primary"
                disabled={!control.ready}
                onClick={() => control.controls.setStatus('closed')}
              >
                Close voting
              </button>
            ) : (
              <button
                type="button"
                className={`button${status === 'not-started' ? ' button--primary' : ''}`}
                disabled={!control.ready || clusters.length === 0}
                title={clusters.length === 0 ? 'Make some clusters first' : undefined}
                onClick={() => control.controls.setStatus('open')}
              >
                {status === 'closed' ? 'Vote again' : 'Open voting'}
              </button>
            )}
          </div>
        )}
      </div>
      {status === 'closed' && Object.keys(voting.tally).length > 0 && <DiscussionOrderList />}
    </section>
  );
}
