import { PROPOSAL_REASON_MAX, type ProposalVia } from '@hindsight/shared';
import { useId, useState, type FormEvent } from 'react';
import { useIncidentCommands } from '../../state/useIncidentCommands.ts';
import { EventFields } from './EventFields.tsx';
import { toLocalInput } from './zonedInput.ts';
import { blankDraft, checkEventDraft, newEventInput, type EventDraftErrors } from './eventDraft.ts';

interface Props {
  readonly timeZone: string;
  readonly suggestedAt: number | null;
  readonly via: ProposalVia;
  readonly author: string | undefined;
}

/** Proposes a missing event; it reaches the timeline when the facilitator accepts it. */
export function ProposeEventForm({ timeZone, suggestedAt, via, author }: Props) {
  const commands = useIncidentCommands();
  const id = useId();
  const [typed, setDraft] = useState(() => blankDraft(null, timeZone));
  // Until a time is typed, the suggestion shows (it may arrive after the first render).
  const draft =
    typed.time === '' && suggestedAt !== null
      ? { ...typed, time: toLocalInput(suggestedAt, timeZone) }
      : typed;
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<EventDraftErrors>({});
  const [sent, setSent] = useState(false);

  function send(e: FormEvent) {
    e.preventDefault();
    const checked = checkEventDraft(draft, timeZone);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    commands.proposeEvent({ event: newEventInput(checked.event), reason, author, via });
    setDraft({ ...draft, text: '', source: '' });
    setReason('');
    setErrors({});
    setSent(true);
  }

  return (
    <form className="tl-propose" onSubmit={send} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="tl-propose__title">
        Propose a missing event
      </h3>
      <EventFields
        draft={draft}
        errors={errors}
        onChange={(next) => {
          setDraft(next);
          setErrors({});
          setSent(false);
        }}
        timeZone={timeZone}
      />
      <label htmlFor={`${id}-reason`} className="field-label">
        Why it matters <span className="tl-fields__optional">(optional)</span>
      </label>
      <input
        id={`${id}-reason`}
        className="input tl-input"
        value={reason}
        maxLength={PROPOSAL_REASON_MAX}
        onChange={(e) => setReason(e.target.value)}
      />
      <div className="tl-propose__actions">
        <p className="tl-propose__sent" role="status">
          {sent ? 'Sent. The facilitator will review it.' : ''}
        </p>
        <button type="submit" className="button button--primary button--small">
          Send proposal
        </button>
      </div>
    </form>
  );
}
