import { useId } from 'react';
import type { FieldErrors, PlanDraft } from '../../lib/planDraft.ts';
import { CharCount } from '../../ui/CharCount.tsx';
import { FieldError } from '../../ui/FieldError.tsx';

interface Props {
  readonly draft: PlanDraft;
  readonly errors: FieldErrors;
  readonly onChange: (draft: PlanDraft) => void;
}

/** The goal statement and the blameless rule shown in the Goal phase. */
export function GoalFields({ draft, errors, onChange }: Props) {
  const id = useId();
  return (
    <div className="goal-fields">
      <div className="field">
        <label htmlFor={`${id}-goal`} className="field-label">
          Goal statement
        </label>
        <textarea
          id={`${id}-goal`}
          className="textarea"
          rows={3}
          value={draft.goal}
          onChange={(e) => onChange({ ...draft, goal: e.target.value })}
          aria-invalid={errors.goal !== undefined}
          aria-describedby={`${id}-goal-count${errors.goal ? ` ${id}-goal-error` : ''}`}
        />
        <CharCount id={`${id}-goal-count`} text={draft.goal} max={1000} />
        <FieldError id={`${id}-goal-error`} message={errors.goal} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-rule`} className="field-label">
          Blameless rule
        </label>
        <textarea
          id={`${id}-rule`}
          className="textarea"
          rows={2}
          value={draft.blamelessRule}
          onChange={(e) => onChange({ ...draft, blamelessRule: e.target.value })}
          aria-invalid={errors.blamelessRule !== undefined}
          aria-describedby={`${id}-rule-count${errors.blamelessRule ? ` ${id}-rule-error` : ''}`}
        />
        <CharCount id={`${id}-rule-count`} text={draft.blamelessRule} max={500} />
        <FieldError id={`${id}-rule-error`} message={errors.blamelessRule} />
      </div>
    </div>
  );
}
