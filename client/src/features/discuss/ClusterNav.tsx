import type { DiscussionCluster } from '../../state/discussionClusters.ts';
import { usePostmortemFacilitation } from '../../state/usePostmortemFacilitation.ts';
import { useVotesCounted } from '../../state/useVotesCounted.ts';
import { clusterLabel } from './clusterLabel.ts';
import { ClusterTimeShare } from './ClusterTimeShare.tsx';

interface Props {
  readonly clusters: readonly DiscussionCluster[];
  readonly index: number;
}

/**
 * Where the team is in the clusters: every cluster in vote order, the current one
 * marked, and its share of the time. The facilitator moves with Previous and Next, or
 * by picking a cluster; everyone else follows.
 */
export function ClusterNav({ clusters, index }: Props) {
  const facilitation = usePostmortemFacilitation();
  const votesCounted = useVotesCounted();
  const previous = clusters[index - 1];
  const next = clusters[index + 1];
  return (
    <nav className="cluster-nav" aria-label="Clusters to discuss">
      <div className="cluster-nav__top">
        <p className="cluster-nav__where" data-testid="cluster-position">
          Cluster {index + 1} of {clusters.length}
        </p>
        <ClusterTimeShare clusterCount={clusters.length} />
        {facilitation && (
          <div className="control-group" role="group" aria-label="Move through the clusters">
            <button
              type="button"
              className="button button--small"
              disabled={!previous}
              onClick={() => previous && facilitation.focus(previous.id)}
            >
              Previous cluster
            </button>
            <button
              type="button"
              className="button button--small button--primary"
              disabled={!next}
              onClick={() => next && facilitation.focus(next.id)}
            >
              Next cluster
            </button>
          </div>
        )}
      </div>
      <ol className="cluster-steps">
        {clusters.map((cluster, i) => {
          const label = clusterLabel(cluster, i);
          const state = i < index ? 'done' : i === index ? 'current' : 'upcoming';
          const content = (
            <>
              <span className="cluster-steps__n" aria-hidden="true">
                {i + 1}
              </span>
              <span className="cluster-steps__name">{label}</span>
              {votesCounted && (
                <span className="cluster-steps__votes">
                  {cluster.votes} {cluster.votes === 1 ? 'vote' : 'votes'}
                </span>
              )}
            </>
          );
          return (
            <li
              key={cluster.id}
              className={`cluster-steps__item cluster-steps__item--${state}`}
              aria-current={i === index ? 'step' : undefined}
            >
              {facilitation && i !== index ? (
                <button
                  type="button"
                  className="cluster-steps__row cluster-steps__row--button"
                  aria-label={`Discuss ${label}`}
                  onClick={() => facilitation.focus(cluster.id)}
                >
                  {content}
                </button>
              ) : (
                <span className="cluster-steps__row">{content}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
