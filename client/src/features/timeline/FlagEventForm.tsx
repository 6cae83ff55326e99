import {
  FLAG_PROBLEMS,
  FLAG_PROBLEM_LABELS,
  PROPOSAL_REASON_MAX,
  type FlagProblem,
  type ProposalVia,
  type TimelineEvent,
} from '@hindsight/shared';
import { useId, useState, type FormEvent } from 'react';
import { useIncidentCommands } from '../../state/useIncidentCommands.ts';
import { FieldError } from '../../ui/FieldError.tsx';
import { EventFields } from './EventFields.tsx';
import {
  checkEventDraft,
  draftFromEvent,
  newEventInput,
  type EventDraftErrors,
} from './eventDraft.ts';

interface Props {
  readonly event: TimelineEvent;
  readonly timeZone: string;
  readonly via: ProposalVia;
  readonly author: string | undefined;
  readonly onDone: (sent: boolean) => void;
}

/** Flags one event as wrong or incomplete, with a reason and, if known, the correction. */
export function FlagEventForm({ event, timeZone, via, author, onDone }: Props) {
  const commands = useIncidentCommands();
  const id = useId();
  const [problem, setProblem] = useState<FlagProblem>('wrong');
  const [reason, setReason] = useState('');
  const [correcting, setCorrecting] = useState(false);
  const [draft, setDraft] = useState(() => draftFromEvent(event, timeZone));
  const [errors, setErrors] = useState<EventDraftErrors & { reason?: string }>({});

  function send(e: FormEvent) {
    e.preventDefault();
    const next: typeof errors = {};
    if (reason.trim() === '') next.reason = 'Say what is wrong with the event';
    const checked = correcting ? checkEventDraft(draft, timeZone) : null;
    if (checked && !checked.ok) Object.assign(next, checked.errors);
    if (Object.keys(next).length > 0 || (checked && !checked.ok)) {
      setErrors(next);
      return;
    }
    commands.flagEvent(event.id, {
      problem,
      reason,
      correction: checked?.ok ? newEventInput(checked.event) : undefined,
      author,
      via,
    });
    onDone(true);
  }

  return (
    <form
      className="tl-flag"
      onSubmit={send}
      noValidate
      aria-label={`Flag event: ${event.text}`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onDone(false);
        }
      }}
    >
      <fieldset className="tl-flag__problem">
        <legend className="field-label">This event is</legend>
        {FLAG_PROBLEMS.map((p) => (
          <label key={p} className="tl-radio">
            <input
              type="radio"
              name={`${id}-problem`}
              value={p}
              checked={problem === p}
              onChange={() => setProblem(p)}
            />
            {FLAG_PROBLEM_LABELS[p]}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-reason`} className="field-label">
        What is wrong or missing?
      </label>
      <textarea
        id={`${id}-reason`}
        className="input"
        rows={2}
        value={reason}
        maxLength={PROPOSAL_REASON_MAX}
        autoFocus
        onChange={(e) => {
          setReason(e.target.value);
          setErrors({});
        }}
        aria-invalid={errors.reason !== undefined}
        aria-describedby={errors.reason ? `${id}-reason-error` : undefined}
      />
      <FieldError id={`${id}-reason-error`} message={errors.reason} />
      <label className="tl-check">
        <input
          type="checkbox"
          checked={correcting}
          onChange={(e) => setCorrecting(e.target.checked)}
        />
        Suggest how it should read
      </label>
      {correcting && (
        <EventFields
          draft={draft}
          errors={errors}
          onChange={(next) => {
            setDraft(next);
            setErrors({});
          }}
          timeZone={timeZone}
        />
      )}
      <div className="tl-flag__actions">
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={() => onDone(false)}
        >
          Cancel
        </button>
        <button type="submit" className="button button--primary button--small">
          Send flag
        </button>
      </div>
    </form>
  );
}
