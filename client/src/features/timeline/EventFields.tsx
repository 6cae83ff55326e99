import { TIMELINE_KINDS, TIMELINE_KIND_HINTS, TIMELINE_TEXT_MAX } from '@hindsight/shared';
import { useId, type ChangeEvent } from 'react';
import type { ProseField } from '../../lib/useProseField.ts';
import { FieldError } from '../../ui/FieldError.tsx';
import type { EventDraft, EventDraftErrors } from './eventDraft.ts';

interface Props {
  readonly draft: EventDraft;
  readonly errors: EventDraftErrors;
  readonly onChange: (draft: EventDraft) => void;
  readonly timeZone: string;
  /** Focus the text field when the fields appear (an editor opened by a click). */
  readonly autoFocus?: boolean;
  /**
   * The stored event's text, edited in place as it is typed (an editor); without it the
   * text is part of the draft (a new event, a proposal).
   */
  readonly prose?: ProseField<HTMLInputElement>;
}

/** Time (in the incident's zone), kind, text and source of one event, as typed. */
export function EventFields({ draft, errors, onChange, timeZone, autoFocus, prose }: Props) {
  const id = useId();
  const set = (patch: Partial<EventDraft>) => onChange({ ...draft, ...patch });
  const textError = prose?.error ?? errors.text;
  const described = (field: keyof EventDraft) =>
    (field === 'text' ? textError : errors[field]) ? `${id}-${field}-error` : undefined;
  const text = prose
    ? prose.field
    : {
        value: draft.text,
        onChange: (e: ChangeEvent<HTMLInputElement>) => set({ text: e.target.value }),
      };
  return (
    <div className="tl-fields">
      <div className="tl-fields__field tl-fields__field--time">
        <label htmlFor={`${id}-time`} className="field-label">
          Time <span className="tl-fields__zone">({timeZone})</span>
        </label>
        <input
          id={`${id}-time`}
          type="datetime-local"
          className="input tl-input"
          value={draft.time}
          onChange={(e) => set({ time: e.target.value })}
          aria-invalid={errors.time !== undefined}
          aria-describedby={described('time')}
        />
        <FieldError id={`${id}-time-error`} message={errors.time} />
      </div>
      <div className="tl-fields__field tl-fields__field--kind">
        <label htmlFor={`${id}-kind`} className="field-label">
          Kind
        </label>
        <select
          id={`${id}-kind`}
          className="input tl-input"
          value={draft.kind}
          onChange={(e) => set({ kind: e.target.value as EventDraft['kind'] })}
          title={TIMELINE_KIND_HINTS[draft.kind]}
        >
          {TIMELINE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kind}
            </option>
          ))}
        </select>
      </div>
      <div className="tl-fields__field tl-fields__field--text">
        <label htmlFor={`${id}-text`} className="field-label">
          What happened
        </label>
        <input
          id={`${id}-text`}
          className="input tl-input"
          {...text}
          maxLength={TIMELINE_TEXT_MAX + 50}
          aria-invalid={textError !== undefined && textError !== null}
          aria-describedby={described('text')}
          autoFocus={autoFocus}
        />
        <FieldError id={`${id}-text-error`} message={textError ?? undefined} />
      </div>
      <div className="tl-fields__field tl-fields__field--source">
        <label htmlFor={`${id}-source`} className="field-label">
          Source <span className="tl-fields__optional">(optional)</span>
        </label>
        <input
          id={`${id}-source`}
          className="input tl-input"
          value={draft.source}
          placeholder="pager, #inc-channel, logs…"
          onChange={(e) => set({ source: e.target.value })}
          aria-invalid={errors.source !== undefined}
          aria-describedby={described('source')}
        />
        <FieldError id={`${id}-source-error`} message={errors.source} />
      </div>
    </div>
  );
}
