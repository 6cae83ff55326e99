import { voteRefusal } from '@hindsight/shared';
import { showToast } from '../../state/toastStore.ts';
import { useBallot } from '../../state/useBallot.ts';
import { useBrainstorm } from '../../state/useBrainstorm.ts';
import { usePlan } from '../../state/usePlan.ts';
import { useVoteCommands } from '../../state/useVoteCommands.ts';
import { useVoting } from '../../state/useVoting.ts';
import { votesText } from './voteText.ts';

/**
 * A cluster's votes. While voting is open: this person's own dots on it, and buttons to
 * add or take back one (never anyone else's dots: this browser does not have them).
 * Once closed and counted: the cluster's total.
 */
export function VoteControls({ clusterId, title }: { clusterId: string; title: string }) {
  const { status, tally } = useVoting();
  const ballot = useBallot();
  const commands = useVoteCommands();
  const { voteLimits } = usePlan();
  const synced = useBrainstorm((s) => s.synced);

  if (status === 'closed') {
    if (!Object.hasOwn(tally, clusterId)) return null;
    const votes = tally[clusterId] ?? 0;
    return (
      <p className="votes votes--tally" data-testid="cluster-votes" data-votes={votes}>
        <span className="votes__total">{votesText(votes)}</span>
      </p>
    );
  }
  if (status !== 'open' || !commands) return null;

  const mine = ballot[clusterId] ?? 0;
  const refusal = voteRefusal(new Map(Object.entries(ballot)), clusterId, voteLimits);
  const say = (result: { ok: boolean; message?: string }) => {
    if (!result.ok && result.message) showToast({ message: result.message });
  };

  return (
    <div className="votes" role="group" aria-label={`Your votes on ${title}`}>
      <span className="votes__dots" data-testid="my-votes" data-votes={mine}>
        {Array.from({ length: mine }, (_, i) => (
          <span key={i} className="votes__dot" aria-hidden="true" />
        ))}
        <span className="votes__mine">
          {mine === 0 ? 'No vote of yours' : `${votesText(mine)} of yours`}
        </span>
      </span>
      <button
        type="button"
        className="icon-button votes__button"
        aria-label={`Take a vote back from ${title}`}
        title="Take a vote back"
        disabled={mine === 0 || !synced}
        onClick={() => say(commands.retract(clusterId))}
      >
        −
      </button>
      <button
        type="button"
        className="button button--small votes__add"
        aria-label={`Vote for ${title}`}
        aria-disabled={refusal !== null || !synced}
        title={refusal ?? 'Put one of your votes on this cluster'}
        onClick={() => {
          if (!synced) return;
          say(commands.cast(clusterId, voteLimits));
        }}
      >
        + Vote
      </button>
    </div>
  );
}
