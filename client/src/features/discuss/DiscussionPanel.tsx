import type { DiscussionCluster } from '../../state/discussionClusters.ts';
import { useDiscussion } from '../../state/useDiscussion.ts';
import { usePostmortemCommands } from '../../state/usePostmortemCommands.ts';
import { BlameField } from './BlameField.tsx';
import { ContributingFactors } from './ContributingFactors.tsx';
import { FiveWhys } from './FiveWhys.tsx';

interface Props {
  readonly cluster: DiscussionCluster;
  readonly readOnly: boolean;
}

/**
 * One cluster's discussion: the five whys on the left (for what went wrong), the
 * factors, the impact question and the notes on the right. Everyone with a writing link
 * edits; observers read.
 */
export function DiscussionPanel({ cluster, readOnly }: Props) {
  const discussion = useDiscussion(cluster.id);
  const commands = usePostmortemCommands();
  return (
    <div className="discussion">
      <FiveWhys
        clusterId={cluster.id}
        whys={discussion.whys}
        rootCauseId={discussion.rootCauseId}
        wentWrong={cluster.column === 'went-wrong'}
        readOnly={readOnly}
      />
      <div className="discussion__side">
        <section className="pm-panel" aria-labelledby={`impact-${cluster.id}`}>
          <h4 id={`impact-${cluster.id}`} className="pm-panel__title">
            Reduce the impact
          </h4>
          <BlameField
            label="How can we reduce the impact if it happens again?"
            value={discussion.reduceImpact}
            onEdit={(change) => commands.setReduceImpact(cluster.id, change)}
            placeholder="Faster detection, a smaller blast radius, a quicker rollback…"
            rows={3}
            readOnly={readOnly}
            testId="reduce-impact"
          />
        </section>
        <ContributingFactors
          clusterId={cluster.id}
          factors={discussion.factors}
          readOnly={readOnly}
        />
        <section className="pm-panel" aria-labelledby={`notes-${cluster.id}`}>
          <h4 id={`notes-${cluster.id}`} className="pm-panel__title">
            Notes
          </h4>
          <BlameField
            label="Notes on this cluster"
            hideLabel
            value={discussion.notes}
            onEdit={(change) => commands.setNotes(cluster.id, change)}
            placeholder="What the team said, open questions, links…"
            rows={4}
            readOnly={readOnly}
            testId="discussion-notes"
          />
        </section>
      </div>
    </div>
  );
}
