import { usePlan } from '../../state/usePlan.ts';
import type { DiscussionCluster } from '../../state/discussionClusters.ts';
import { useDiscussionClusters } from '../../state/useDiscussionClusters.ts';
import { useVotesCounted } from '../../state/useVotesCounted.ts';
import { clusterLabel } from './clusterLabel.ts';

/** Column tones, in plan order (the same as the brainstorm lanes). */
const TONES = ['green', 'coral', 'amber', 'blue', 'violet'] as const;

/** The cluster under discussion: its name, votes, column, and its cards. */
export function ClusterHeader({ cluster }: { cluster: DiscussionCluster }) {
  const { columns } = usePlan();
  const clusters = useDiscussionClusters();
  const votesCounted = useVotesCounted();
  const index = clusters.findIndex((c) => c.id === cluster.id);
  const columnIndex = columns.findIndex((c) => c.id === cluster.column);
  const column = columns[columnIndex];
  return (
    <section className="cluster-head" aria-labelledby={`cluster-${cluster.id}`}>
      <div className="cluster-head__title-row">
        <h3 id={`cluster-${cluster.id}`} className="cluster-head__title" data-testid="cluster-name">
          {clusterLabel(cluster, index)}
        </h3>
        {column && (
          <span className={`pm-chip pm-chip--${TONES[columnIndex % TONES.length]}`}>
            {column.title}
          </span>
        )}
        {votesCounted && (
          <span className="cluster-head__votes">
            {cluster.votes} {cluster.votes === 1 ? 'vote' : 'votes'}
          </span>
        )}
      </div>
      <ul className="cluster-head__cards" aria-label="Cards in this cluster">
        {cluster.cards.map((card) => (
          <li key={card.id} className="cluster-head__card">
            {card.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
