import { useCanEdit } from '../../state/useCanEdit.ts';
import { useDiscussionClusters } from '../../state/useDiscussionClusters.ts';
import { usePostmortem } from '../../state/usePostmortem.ts';
import { FindingsPanel } from '../findings/FindingsPanel.tsx';
import { SimilarPanel } from '../similar/SimilarPanel.tsx';
import { ClusterHeader } from './ClusterHeader.tsx';
import { ClusterNav } from './ClusterNav.tsx';
import { DiscussionPanel } from './DiscussionPanel.tsx';
import { currentClusterIndex } from './clusterTime.ts';
import './pm.css';
import './discuss.css';

/**
 * Discuss: the clusters in vote order, one at a time. The facilitator moves the team
 * through them; each gets its share of the phase's time. Per cluster: the five whys down
 * to a root cause, contributing factors, how to reduce the impact next time, and notes,
 * with a gentle blame check on everything typed. For the whole postmortem: how the
 * service recovered and the lessons learned.
 */
export function DiscussView() {
  const clusters = useDiscussionClusters();
  const focus = usePostmortem((s) => s.focus);
  const canEdit = useCanEdit();
  const index = currentClusterIndex(
    clusters.map((c) => c.id),
    focus,
  );
  const cluster = clusters[index];

  if (!cluster) {
    return (
      <div className="discuss discuss--empty" data-testid="discuss-view">
        <p className="pm-empty">
          No clusters to discuss yet. Clusters made in the Cluster phase come here, the most voted
          first.
        </p>
        <DiscussFindings />
      </div>
    );
  }
  return (
    <div className="discuss" data-testid="discuss-view" data-cluster={cluster.id}>
      <ClusterNav clusters={clusters} index={index} />
      <ClusterHeader cluster={cluster} />
      <DiscussionPanel key={cluster.id} cluster={cluster} readOnly={!canEdit} />
      <SimilarPanel />
      <DiscussFindings />
    </div>
  );
}

function DiscussFindings() {
  return (
    <FindingsPanel
      title="For the whole postmortem"
      intro="How the service recovered, and what the team learned: in its own words, not the root causes again."
      fields={['recovery', 'lessons']}
      testId="discuss-findings"
    />
  );
}
