import { useState } from 'react';
import { useIncident } from '../../state/useIncident.ts';
import { useIncidentCommands } from '../../state/useIncidentCommands.ts';
import { useTimeline } from '../../state/useTimeline.ts';

/**
 * "Load example": fills an empty board with the sample incident, for demos and trying
 * things out. Offered only while the board has no facts and no timeline, so it can never
 * mix invented facts into a real postmortem. The sample is fetched only when asked for.
 */
export function LoadExampleLink() {
  const incident = useIncident();
  const events = useTimeline();
  const commands = useIncidentCommands();
  const [state, setState] = useState<'idle' | 'loading' | 'failed'>('idle');
  const empty =
    incident.title === '' &&
    incident.summary === '' &&
    incident.startedAt === null &&
    incident.services.length === 0 &&
    events.length === 0;
  if (!empty) return null;

  async function load() {
    setState('loading');
    try {
      const sample = await import('@hindsight/shared/sample');
      commands.loadSample({
        incidentJson: sample.SAMPLE_INCIDENT_JSON,
        timelineText: sample.SAMPLE_TIMELINE_TEXT,
      });
      setState('idle');
    } catch {
      setState('failed');
    }
  }

  return (
    <p className="inc-example">
      Trying Hindsight out?{' '}
      <button
        type="button"
        className="link-button"
        onClick={() => void load()}
        disabled={state === 'loading'}
      >
        Load example
      </button>{' '}
      <span className="inc-example__hint">(a sample incident with its timeline)</span>
      {state === 'failed' && (
        <span className="field-error" role="alert">
          {' '}
          The example could not be loaded.
        </span>
      )}
    </p>
  );
}
