import {
  DEFAULT_SEVERITIES,
  INCIDENT_STATUSES,
  INCIDENT_STATUS_HINTS,
  INCIDENT_TIMES,
  SEVERITY_HINTS,
  type Incident,
} from '@hindsight/shared';
import { useId, useState } from 'react';
import { useBoardTitle } from '../../state/useBoardTitle.ts';
import { useIncidentCommands } from '../../state/useIncidentCommands.ts';
import { FieldError } from '../../ui/FieldError.tsx';
import { FactSelectField } from './FactSelectField.tsx';
import { FactTextField } from './FactTextField.tsx';
import { ProseFactField } from './ProseFactField.tsx';
import { FactTimeField } from './FactTimeField.tsx';
import { LinksField } from './LinksField.tsx';
import { ServicesField } from './ServicesField.tsx';
import { ZoneSelect } from './ZoneSelect.tsx';
import { refusal } from './factPatch.ts';

/**
 * Every incident fact, each saved on its own as soon as it is complete (text fields when
 * they lose focus), checked by the shared model, with the model's message next to the
 * field that broke a rule. Times are typed in the incident's zone.
 */
export function IncidentFactsForm({
  incident,
  disabled,
}: {
  incident: Incident;
  disabled?: boolean;
}) {
  const id = useId();
  const commands = useIncidentCommands();
  const boardTitle = useBoardTitle();
  const [zoneError, setZoneError] = useState<string | null>(null);
  const { impact } = incident;
  const count = (n: number | null) => (n === null ? '' : String(n));

  return (
    <div className="inc-facts" data-testid="incident-facts">
      <fieldset className="inc-facts__group">
        <legend className="inc-facts__legend">What happened</legend>
        <FactTextField
          field="title"
          label="Title"
          value={incident.title || boardTitle}
          hint={
            incident.title === '' && boardTitle !== ''
              ? 'The board’s title until you change it.'
              : undefined
          }
          disabled={disabled}
        />
        <div className="inc-facts__row">
          <FactSelectField
            field="severity"
            label="Severity"
            value={incident.severity}
            options={DEFAULT_SEVERITIES}
            hints={SEVERITY_HINTS}
            disabled={disabled}
          />
          <FactSelectField
            field="status"
            label="Status"
            value={incident.status}
            options={INCIDENT_STATUSES}
            hints={INCIDENT_STATUS_HINTS}
            disabled={disabled}
          />
        </div>
        <ProseFactField
          field="summary"
          label="Summary"
          value={incident.summary}
          hint="What happened and why, in a paragraph: the opening of the postmortem."
          disabled={disabled}
        />
      </fieldset>

      <fieldset className="inc-facts__group">
        <legend className="inc-facts__legend">When</legend>
        <div className="inc-facts__zone">
          <ZoneSelect
            label="Time zone of the incident"
            value={incident.timeZone}
            disabled={disabled}
            describedBy={zoneError ? `${id}-zone-error` : undefined}
            onChange={(timeZone) => {
              try {
                commands.updateIncident({ timeZone });
                setZoneError(null);
              } catch (e) {
                setZoneError(refusal(e, 'timeZone'));
              }
            }}
          />
          <FieldError id={`${id}-zone-error`} message={zoneError ?? undefined} />
        </div>
        <div className="inc-facts__times">
          {INCIDENT_TIMES.map(([field, label]) => (
            <FactTimeField
              key={field}
              field={field}
              label={label}
              value={incident[field]}
              timeZone={incident.timeZone}
              disabled={disabled}
            />
          ))}
        </div>
      </fieldset>

      <fieldset className="inc-facts__group">
        <legend className="inc-facts__legend">Impact</legend>
        <div className="inc-facts__row">
          <FactTextField
            field="impact.usersAffected"
            label="Users affected"
            value={count(impact.usersAffected)}
            numeric
            disabled={disabled}
          />
          <FactTextField
            field="impact.durationMinutes"
            label="Impact duration (minutes)"
            value={count(impact.durationMinutes)}
            numeric
            disabled={disabled}
          />
        </div>
        <div className="inc-facts__row">
          <FactTextField
            field="impact.revenueLost"
            label="Revenue lost"
            value={impact.revenueLost}
            placeholder="USD 212,000"
            disabled={disabled}
          />
          <FactTextField
            field="impact.errorBudgetBurned"
            label="Error budget burned"
            value={impact.errorBudgetBurned}
            placeholder="38% of the monthly SLO budget"
            disabled={disabled}
          />
        </div>
        <ProseFactField
          field="impact.description"
          label="Impact in words"
          value={impact.description}
          disabled={disabled}
        />
      </fieldset>

      <fieldset className="inc-facts__group">
        <legend className="inc-facts__legend">Where</legend>
        <ServicesField services={incident.services} disabled={disabled} />
        <FactTextField
          field="channel"
          label="Incident channel"
          value={incident.channel}
          placeholder="#inc-2026-11-03-checkout"
          disabled={disabled}
        />
        <LinksField links={incident.links} disabled={disabled} />
      </fieldset>
    </div>
  );
}
