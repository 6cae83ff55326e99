import type { PhaseKind } from '@hindsight/shared';
import { useId } from 'react';
import { fieldKey, type FieldErrors, type PhaseDraft } from '../../lib/planDraft.ts';
import { FieldError } from '../../ui/FieldError.tsx';
import { MoveButtons } from './MoveButtons.tsx';

const KIND_LABELS: Record<PhaseKind, string> = {
  goal: 'Goal and blameless rule',
  timeline: 'Timeline review',
  brainstorm: 'Cards in columns',
  cluster: 'Clustering',
  discuss: 'Discussion',
  actions: 'Action items',
  owner: 'Postmortem owner',
  followup: 'Follow-up',
};

interface Props {
  readonly phase: PhaseDraft;
  readonly index: number;
  readonly count: number;
  readonly errors: FieldErrors;
  /** True for the phase in progress: it can be renamed or retimed, and skipped. */
  readonly current: boolean;
  readonly onChange: (patch: Partial<Pick<PhaseDraft, 'title' | 'minutes' | 'skipped'>>) => void;
  readonly onMove: (delta: -1 | 1) => void;
}

/** One phase of the plan: name, minutes, skip, order. */
export function PhaseEditorRow({ phase, index, count, errors, current, onChange, onMove }: Props) {
  const id = useId();
  const n = index + 1;
  const titleError = errors[fieldKey.phase(phase.id, 'title')];
  const minutesError = errors[fieldKey.phase(phase.id, 'minutes')];
  const name = phase.title.trim() || `phase ${n}`;

  return (
    <li
      className={`plan-row plan-row--phase${phase.skipped ? ' is-skipped' : ''}`}
      data-testid="plan-phase"
      data-phase={phase.id}
    >
      <span className="plan-row__step" aria-hidden="true">
        {n}
      </span>
      <div className="plan-row__field plan-row__field--grow">
        <input
          className="input input--compact"
          aria-label={`Name of phase ${n}`}
          value={phase.title}
          onChange={(e) => onChange({ title: e.target.value })}
          aria-invalid={titleError !== undefined}
          aria-describedby={titleError ? `${id}-title` : `${id}-kind`}
        />
        <span id={`${id}-kind`} className="plan-row__hint">
          {KIND_LABELS[phase.kind]}
          {current && <span className="plan-row__now"> · in progress</span>}
        </span>
        <FieldError id={`${id}-title`} message={titleError} />
      </div>
      <div className="plan-row__field plan-row__field--minutes">
        <div className="input-affix">
          <input
            className="input input--compact input--number"
            inputMode="numeric"
            aria-label={`Minutes for phase ${n}`}
            value={phase.minutes}
            onChange={(e) => onChange({ minutes: e.target.value })}
            aria-invalid={minutesError !== undefined}
            aria-describedby={minutesError ? `${id}-minutes` : undefined}
          />
          <span className="input-affix__suffix" aria-hidden="true">
            min
          </span>
        </div>
        <FieldError id={`${id}-minutes`} message={minutesError} />
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={phase.skipped}
          onChange={(e) => onChange({ skipped: e.target.checked })}
          aria-label={`Skip phase ${n}`}
        />
        <span aria-hidden="true">Skip</span>
      </label>
      <MoveButtons label={name} index={index} count={count} onMove={onMove} />
    </li>
  );
}
