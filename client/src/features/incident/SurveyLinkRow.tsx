import { surveyLink } from '@hindsight/shared';
import { useId } from 'react';
import { CopyButton } from '../../ui/CopyButton.tsx';
import './incident.css';

/**
 * The survey link to send invitees before the meeting: the participant link that opens
 * the survey view, where they add notes and timeline suggestions.
 */
export function SurveyLinkRow({ participantLink }: { participantLink: string }) {
  const inputId = useId();
  const link = surveyLink(participantLink);
  return (
    <div className="share__row">
      <label htmlFor={inputId} className="share__label">
        <strong>Survey link</strong>{' '}
        <span>Before the meeting: invitees add notes and timeline suggestions.</span>
      </label>
      <div className="share__field">
        <input
          id={inputId}
          className="input input--small"
          readOnly
          value={link}
          data-testid="share-link-survey"
          onFocus={(e) => e.currentTarget.select()}
        />
        <CopyButton text={link} label="Copy survey link" />
      </div>
    </div>
  );
}
