import { useEffect, useId, useState } from 'react';
import { useBoard } from '../../state/useBoard.ts';
import { useBoardTitle } from '../../state/useBoardTitle.ts';
import { useCanEdit } from '../../state/useCanEdit.ts';
import { DisplayNameSchema, setDisplayName } from '../../state/identityStore.ts';
import { useIdentity } from '../../state/useIdentity.ts';
import { useIncident } from '../../state/useIncident.ts';
import { usePlan } from '../../state/usePlan.ts';
import { useProposals } from '../../state/useProposals.ts';
import { forgetSentNote, recallSentNotes, rememberSentNote } from '../../state/sentSurveyNotes.ts';
import { useSurveyNotes } from '../../state/useSurveyNotes.ts';
import { useTimeline } from '../../state/useTimeline.ts';
import { FullPageMessage } from '../../ui/FullPageMessage.tsx';
import { Logo } from '../../ui/Logo.tsx';
import { ConnectionPill } from '../board/ConnectionPill.tsx';
import { ProposalList } from '../timeline/ProposalList.tsx';
import { TimelineOverview } from '../timeline/TimelineOverview.tsx';
import { TimelineReview } from '../timeline/TimelineReview.tsx';
import { IncidentHeadline } from './IncidentHeadline.tsx';
import { SurveyNoteForm } from './SurveyNoteForm.tsx';
import { SurveyNotesList } from './SurveyNotesList.tsx';
import './incident.css';

/**
 * The survey, opened from the survey link before the meeting: invitees read the facts
 * and the draft timeline, flag events, propose missing ones and leave notes, in their
 * own time. Everything lands in the board doc; the facilitator reviews it while
 * preparing. A name is optional; a note can be taken back from the browser that sent it.
 */
export function SurveyScreen() {
  const id = useId();
  const fatal = useBoard((s) => s.fatal);
  const title = useBoardTitle();
  const incident = useIncident();
  const events = useTimeline();
  const proposals = useProposals();
  const notes = useSurveyNotes();
  const canEdit = useCanEdit();
  const { blamelessRule } = usePlan();
  const identity = useIdentity();
  const [name, setName] = useState(identity.name ?? '');
  const boardId = useBoard((s) => s.boardId);
  const [sentNotes, setSentNotes] = useState(() => recallSentNotes(boardId));
  const author = name.trim() || undefined;

  useEffect(() => {
    document.title = `Survey · ${title} · Hindsight`;
  }, [title]);

  if (fatal !== null) {
    return (
      <FullPageMessage title="Disconnected from this board">
        <p>{fatal}</p>
      </FullPageMessage>
    );
  }
  return (
    <div className="survey" data-testid="survey-view">
      <header className="topbar">
        <div className="topbar__start">
          <Logo compact />
          <h1 className="topbar__title">{title}</h1>
          <span className="badge">Survey</span>
        </div>
        <div className="topbar__end">
          <ConnectionPill />
        </div>
      </header>
      <main className="survey__main">
        <section className="survey__intro" aria-labelledby={`${id}-intro`}>
          <h2 id={`${id}-intro`}>Before the postmortem</h2>
          <p>
            Tell us what you saw, in your own time. Flag timeline events that are wrong or
            incomplete, propose the ones that are missing, and leave notes. The team goes through
            them together in the meeting.
          </p>
          {blamelessRule && <p className="survey__rule">{blamelessRule}</p>}
          {canEdit ? (
            <div className="survey__name">
              <label htmlFor={`${id}-name`} className="field-label">
                Your name{' '}
                <span className="tl-fields__optional">(optional, shown with what you send)</span>
              </label>
              <input
                id={`${id}-name`}
                className="input tl-input"
                value={name}
                maxLength={60}
                autoComplete="nickname"
                onChange={(e) => setName(e.target.value)}
                onBlur={() => {
                  // Remembered for the next visit, as the board's name dialog does.
                  const parsed = DisplayNameSchema.safeParse(name);
                  if (parsed.success) setDisplayName(parsed.data);
                }}
              />
            </div>
          ) : (
            <p className="banner banner--info">Your link lets you read the draft, not add to it.</p>
          )}
        </section>

        <IncidentHeadline incident={incident} />
        <TimelineOverview incident={incident} events={events} title="Draft timeline" />
        <section className="survey__section" aria-label="Check the timeline">
          <TimelineReview
            incident={incident}
            events={events}
            via="survey"
            author={author}
            canWrite={canEdit}
          />
        </section>
        <div className="survey__columns">
          {canEdit && (
            <SurveyNoteForm
              author={author}
              onSent={(noteId) => setSentNotes(rememberSentNote(boardId, noteId))}
            />
          )}
          <ProposalList
            proposals={proposals}
            events={events}
            timeZone={incident.timeZone}
            canDecide={false}
            title="Suggestions so far"
            empty="No open suggestions yet."
          />
        </div>
        <section className="survey__section" aria-labelledby={`${id}-notes`}>
          <h3 id={`${id}-notes`} className="survey__section-title">
            Notes so far ({notes.length})
          </h3>
          <SurveyNotesList
            notes={notes}
            canRemove={(note) => canEdit && sentNotes.has(note.id)}
            onRemoved={(noteId) => setSentNotes(forgetSentNote(boardId, noteId))}
          />
        </section>
      </main>
    </div>
  );
}
