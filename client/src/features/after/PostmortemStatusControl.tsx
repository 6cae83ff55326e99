import { offersClosing, POSTMORTEM_STATUSES, type PostmortemStatus } from '@hindsight/shared';
import { useId, useState } from 'react';
import { usePostmortem } from '../../state/usePostmortem.ts';
import { usePostmortemCommands } from '../../state/usePostmortemCommands.ts';

const LABELS: Readonly<Record<PostmortemStatus, string>> = {
  draft: 'Draft',
  'in review': 'In review',
  'actions open': 'Actions open',
  closed: 'Closed',
};

/**
 * Where the postmortem stands: draft, in review, actions open, closed. Closing is
 * refused while an action is not resolved, with the actions named; it works once all are,
 * and then it is offered.
 */
export function PostmortemStatusControl({ readOnly }: { readOnly: boolean }) {
  const status = usePostmortem((s) => s.status);
  const offered = usePostmortem((s) => offersClosing(s.status, s.actions));
  const commands = usePostmortemCommands();
  const id = useId();
  const [refusal, setRefusal] = useState<string | null>(null);

  function choose(next: PostmortemStatus) {
    const check = commands.setStatus(next);
    setRefusal(check.ok ? null : `The incident cannot close yet. ${check.message}.`);
  }

  return (
    <div className="pm-status">
      <span id={`${id}-label`} className="field-label">
        Postmortem status
      </span>
      <div
        className="segmented"
        role="group"
        aria-labelledby={`${id}-label`}
        data-testid="postmortem-status"
        data-status={status}
      >
        {POSTMORTEM_STATUSES.map((s) => (
          <button
            key={s}
            type="button"
            className={`segmented__option segmented__option--${s.replace(' ', '-')}`}
            aria-pressed={status === s}
            disabled={readOnly}
            onClick={() => choose(s)}
          >
            {LABELS[s]}
          </button>
        ))}
      </div>
      {refusal && status !== 'closed' && (
        <p className="pm-status__refusal" role="alert" data-testid="close-refusal">
          {refusal}
        </p>
      )}
      {offered && (
        <div className="pm-status__offer" role="status" data-testid="close-offer">
          <p>Every action is resolved: the postmortem can close.</p>
          {!readOnly && (
            <button
              type="button"
              className="button button--small button--primary"
              onClick={() => choose('closed')}
            >
              Close the postmortem
            </button>
          )}
        </div>
      )}
      {status === 'closed' && (
        <p className="pm-status__closed" role="status">
          Closed: every action is resolved.
        </p>
      )}
    </div>
  );
}
