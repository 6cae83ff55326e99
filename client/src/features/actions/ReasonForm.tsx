import { ACTION_REASON_MAX, type ActionItemStatus } from '@hindsight/shared';
import { useId, useState } from 'react';

interface Props {
  /** Blocked or won't do. */
  readonly status: ActionItemStatus;
  readonly initial: string;
  readonly onSave: (reason: string) => void;
  readonly onCancel: () => void;
}

const QUESTION: Partial<Record<ActionItemStatus, string>> = {
  blocked: 'What is it waiting on?',
  "won't do": 'Why won’t it be done?',
};

/** Asks why an action is blocked or won't be done; the status is set when it is saved. */
export function ReasonForm({ status, initial, onSave, onCancel }: Props) {
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const why = draft.trim();
  return (
    <form
      className="status-reason-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (why) onSave(why);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <label htmlFor={id} className="field-label">
        {QUESTION[status] ?? 'Why?'}
      </label>
      <input
        id={id}
        className="input pm-input-s"
        value={draft}
        maxLength={ACTION_REASON_MAX}
        autoFocus
        onChange={(e) => setDraft(e.target.value)}
      />
      <div className="status-reason-form__buttons">
        <button type="submit" className="button button--small button--primary" disabled={!why}>
          Set {status === 'blocked' ? 'blocked' : 'won’t do'}
        </button>
        <button type="button" className="button button--small button--ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
