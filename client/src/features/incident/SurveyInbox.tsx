import { boardLink } from '@hindsight/shared';
import { useId, useMemo } from 'react';
import { recallTokens } from '../../state/knownLinks.ts';
import { useBoard } from '../../state/useBoard.ts';
import { useIncident } from '../../state/useIncident.ts';
import { useProposals } from '../../state/useProposals.ts';
import { useSurveyNotes } from '../../state/useSurveyNotes.ts';
import { useTimeline } from '../../state/useTimeline.ts';
import { ProposalList } from '../timeline/ProposalList.tsx';
import { SurveyLinkRow } from './SurveyLinkRow.tsx';
import { SurveyNotesList } from './SurveyNotesList.tsx';

/**
 * What invitees sent through the survey, for the facilitator while preparing: the notes,
 * and the timeline suggestions and flags to accept (which updates the timeline) or
 * reject. Also the survey link to send.
 */
export function SurveyInbox() {
  const id = useId();
  const boardId = useBoard((s) => s.boardId);
  const incident = useIncident();
  const events = useTimeline();
  const proposals = useProposals();
  const notes = useSurveyNotes();
  const participantLink = useMemo(() => {
    const participant = recallTokens(boardId).participant;
    return participant ? boardLink(window.location.origin, boardId, participant) : null;
  }, [boardId]);

  return (
    <div className="inc-inbox">
      {participantLink ? (
        <div className="share inc-inbox__link">
          <SurveyLinkRow participantLink={participantLink} />
        </div>
      ) : (
        <p className="inc-field__hint">
          The survey link is the participant link with <code>&amp;view=survey</code> added to its
          end. This tab does not have the participant link: make a new one in Share (the old one
          stops working).
        </p>
      )}
      <div className="inc-inbox__grid">
        <ProposalList
          proposals={proposals}
          events={events}
          timeZone={incident.timeZone}
          canDecide
          title="Timeline suggestions and flags"
          empty="No open suggestions. Invitees send them from the survey link."
        />
        <section aria-labelledby={`${id}-notes`}>
          <h3 id={`${id}-notes`} className="proposals__title">
            Survey notes{' '}
            {notes.length > 0 && <span className="proposals__count">{notes.length}</span>}
          </h3>
          <SurveyNotesList notes={notes} canRemove={() => true} />
        </section>
      </div>
    </div>
  );
}
