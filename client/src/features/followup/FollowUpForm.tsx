import { canonicalTimeZone, type FollowUp, type FollowUpTime } from '@hindsight/shared';
import { useId, useState, type FormEvent } from 'react';
import { TimeInput } from '../../ui/TimeInput.tsx';
import { useActionItems } from '../../state/useActionItems.ts';
import { useBoardSession } from '../../state/useBoardSession.ts';
import { usePostmortemCommands } from '../../state/usePostmortemCommands.ts';
import { problemOf } from '../../lib/problem.ts';
import { ZoneSelect } from '../incident/ZoneSelect.tsx';
import { defaultFollowUp, lengthLabel } from './schedule.ts';

/** Lengths offered for the review, minutes. */
const DURATIONS = [15, 30, 45, 60, 90, 120];

function browserZone(): string {
  return canonicalTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone) ?? 'UTC';
}

/**
 * Date, time, length and zone of the review. The form is this tab's until "Schedule"
 * stores it for everyone; a stored review fills it in (the view remounts it when the
 * stored review changes).
 */
export function FollowUpForm({ followUp }: { followUp: FollowUp | null }) {
  const commands = usePostmortemCommands();
  const actions = useActionItems();
  const { clock } = useBoardSession();
  const id = useId();
  const [draft, setDraft] = useState<FollowUpTime>(
    () =>
      followUp ??
      defaultFollowUp(
        clock.now(),
        browserZone(),
        actions.map((a) => a.due),
      ),
  );
  const [error, setError] = useState<string | null>(null);
  const change = (patch: Partial<FollowUp>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setError(null);
  };

  function submit(e: FormEvent) {
    e.preventDefault();
    try {
      commands.setFollowUp(draft);
    } catch (err) {
      setError(problemOf(err));
    }
  }

  return (
    <form className="followup-form" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h3 id={`${id}-title`} className="pm-section-title">
        {followUp ? 'Reschedule the review' : 'Schedule the review'}
      </h3>
      <div className="followup-form__grid">
        <div className="followup-form__field">
          <label htmlFor={`${id}-date`} className="field-label">
            Date
          </label>
          <input
            id={`${id}-date`}
            type="date"
            className="input"
            value={draft.date}
            required
            onChange={(e) => change({ date: e.target.value })}
          />
        </div>
        <div className="followup-form__field">
          <label htmlFor={`${id}-time`} className="field-label">
            Time
          </label>
          <TimeInput
            id={`${id}-time`}
            value={draft.time}
            required
            onChange={(time) => change({ time })}
          />
        </div>
        <div className="followup-form__field">
          <label htmlFor={`${id}-len`} className="field-label">
            Length
          </label>
          <select
            id={`${id}-len`}
            className="input"
            value={draft.durationMinutes}
            onChange={(e) => change({ durationMinutes: Number(e.target.value) })}
          >
            {[...new Set([...DURATIONS, draft.durationMinutes])]
              .sort((a, b) => a - b)
              .map((m) => (
                <option key={m} value={m}>
                  {lengthLabel(m)}
                </option>
              ))}
          </select>
        </div>
        <div className="followup-form__field followup-form__field--zone">
          <ZoneSelect
            label="Time zone"
            value={draft.timeZone}
            onChange={(timeZone) => change({ timeZone })}
          />
        </div>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="followup-form__actions">
        <button type="submit" className="button button--primary">
          {followUp ? 'Reschedule' : 'Schedule the review'}
        </button>
        {followUp && (
          <button type="button" className="button button--ghost" onClick={commands.clearFollowUp}>
            Unschedule
          </button>
        )}
      </div>
    </form>
  );
}
