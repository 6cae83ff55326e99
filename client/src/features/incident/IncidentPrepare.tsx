import { useId } from 'react';
import { useCanEdit } from '../../state/useCanEdit.ts';
import { useIncident } from '../../state/useIncident.ts';
import { useTimeline } from '../../state/useTimeline.ts';
import { TimelineEditor } from '../timeline/TimelineEditor.tsx';
import { TimelineOverview } from '../timeline/TimelineOverview.tsx';
import { SimilarPanel } from '../similar/SimilarPanel.tsx';
import { IncidentFactsForm } from './IncidentFactsForm.tsx';
import { LoadExampleLink } from './LoadExampleLink.tsx';
import { SurveyInbox } from './SurveyInbox.tsx';
import './incident.css';

/**
 * The facilitator's preparation of the incident: the facts, the draft timeline (typed,
 * imported, charted) and what the survey brought in. Everything is saved with the board
 * as it is typed; participants read it in the session.
 */
export function IncidentPrepare() {
  const id = useId();
  const incident = useIncident();
  const events = useTimeline();
  const canEdit = useCanEdit();

  return (
    <div className="inc-prepare" data-testid="incident-prepare">
      <header className="prepare__header">
        <div>
          <h2 className="prepare__title">Prepare the incident</h2>
          <p className="prepare__hint">
            Facts and timeline are saved as you type, and everyone on the board can read them.
          </p>
          {canEdit && <LoadExampleLink />}
        </div>
      </header>

      <section className="prepare__section" aria-labelledby={`${id}-facts`}>
        <h3 id={`${id}-facts`} className="prepare__section-title">
          Incident facts
        </h3>
        <IncidentFactsForm incident={incident} disabled={!canEdit} />
      </section>

      <SimilarPanel />

      <section className="prepare__section" aria-labelledby={`${id}-timeline`}>
        <h3 id={`${id}-timeline`} className="prepare__section-title">
          Draft timeline
        </h3>
        <TimelineOverview incident={incident} events={events} title="Chart" />
        {canEdit && <TimelineEditor incident={incident} events={events} />}
      </section>

      <section className="prepare__section" aria-labelledby={`${id}-survey`}>
        <h3 id={`${id}-survey`} className="prepare__section-title">
          Survey
        </h3>
        <SurveyInbox />
      </section>
    </div>
  );
}
