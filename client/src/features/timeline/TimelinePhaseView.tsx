import { useCanEdit } from '../../state/useCanEdit.ts';
import { useIncident } from '../../state/useIncident.ts';
import { useIdentity } from '../../state/useIdentity.ts';
import { useIsFacilitator } from '../../state/useIsFacilitator.ts';
import { useProposals } from '../../state/useProposals.ts';
import { useTimeline } from '../../state/useTimeline.ts';
import { FindingsPanel } from '../findings/FindingsPanel.tsx';
import { IncidentHeadline } from '../incident/IncidentHeadline.tsx';
import { ProposalList } from './ProposalList.tsx';
import { TimelineEditor } from './TimelineEditor.tsx';
import { TimelineOverview } from './TimelineOverview.tsx';
import { TimelineReview } from './TimelineReview.tsx';

/**
 * The Timeline phase: everyone looks at the draft timeline together. Participants flag
 * events that are wrong or incomplete and propose missing ones; the facilitator edits
 * directly and accepts or rejects each proposal, and accepted ones update the timeline
 * for everyone. Below, everyone writes the trigger and how the incident was found.
 * Observers follow along.
 */
export function TimelinePhaseView() {
  const incident = useIncident();
  const events = useTimeline();
  const proposals = useProposals();
  const canEdit = useCanEdit();
  const facilitator = useIsFacilitator();
  const { name } = useIdentity();

  return (
    <div className="tl-phase" data-testid="timeline-view">
      <IncidentHeadline incident={incident} />
      <TimelineOverview incident={incident} events={events} />
      <div className="tl-phase__grid">
        <section className="tl-phase__events" aria-label="Events">
          {facilitator && canEdit ? (
            <TimelineEditor incident={incident} events={events} />
          ) : (
            <TimelineReview
              incident={incident}
              events={events}
              via="session"
              author={name ?? undefined}
              canWrite={canEdit}
            />
          )}
        </section>
        <ProposalList
          proposals={proposals}
          events={events}
          timeZone={incident.timeZone}
          canDecide={facilitator && canEdit}
          title="Proposals"
          empty={
            facilitator
              ? 'No open proposals. Participants can flag events and propose missing ones.'
              : 'Nothing proposed yet. Flag an event or propose a missing one.'
          }
        />
      </div>
      <FindingsPanel
        title="Trigger, leadup and detection"
        intro="While the timeline is fresh: what set it off, how it came about, and how it was found."
        fields={['trigger', 'leadup', 'detection', 'detectionSooner']}
        testId="timeline-findings"
      />
    </div>
  );
}
