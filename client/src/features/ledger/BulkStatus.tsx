import { ACTION_ITEM_STATUSES, needsReason, type ActionItemStatus } from '@hindsight/shared';
import { useId, useState, type FormEvent } from 'react';
import { STATUS_LABELS } from '../actions/StatusSelect.tsx';

interface Props {
  readonly count: number;
  readonly busy: boolean;
  onApply(status: ActionItemStatus, reason: string): void;
}

/** Sets the status of the selected actions, with the reason blocked and won't do need. */
export function BulkStatus({ count, busy, onApply }: Props) {
  const [status, setStatus] = useState<ActionItemStatus>('done');
  const [reason, setReason] = useState('');
  const statusId = useId();
  const reasonId = useId();
  const wantsReason = needsReason(status);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(status, reason);
  };
  return (
    <form className="ledger-bulk" aria-label="Change the selected actions" onSubmit={submit}>
      <span className="ledger-bulk__count" aria-live="polite">
        {count === 1 ? '1 action selected' : `${count} actions selected`}
      </span>
      <label htmlFor={statusId} className="field-label">
        New status
      </label>
      <select
        id={statusId}
        className="input pm-input-s"
        value={status}
        onChange={(e) => setStatus(e.target.value as ActionItemStatus)}
      >
        {ACTION_ITEM_STATUSES.map((s) => (
          <option key={s} value={s}>
            {STATUS_LABELS[s]}
          </option>
        ))}
      </select>
      {wantsReason && (
        <>
          <label htmlFor={reasonId} className="field-label">
            Reason
          </label>
          <input
            id={reasonId}
            className="input pm-input-s"
            required
            maxLength={500}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </>
      )}
      <button
        type="submit"
        className="button button--primary button--small"
        disabled={busy || count === 0}
      >
        Apply
      </button>
    </form>
  );
}
