import {
  mayMoveStatus,
  offersClosing,
  POSTMORTEM_STATUSES,
  STATUS_MEANINGS,
  type PostmortemStatus,
} from '@hindsight/shared';
import { useId, useState } from 'react';
import { useIdentity } from '../../state/useIdentity.ts';
import { usePostmortem } from '../../state/usePostmortem.ts';
import { usePostmortemCommands } from '../../state/usePostmortemCommands.ts';
import { useRole } from '../../state/useRole.ts';
import './status.css';

const LABELS: Readonly<Record<PostmortemStatus, string>> = {
  draft: 'Draft',
  'in review': 'In review',
  'actions open': 'Actions open',
  closed: 'Closed',
};

/**
 * Where the postmortem stands: draft, in review, actions open, closed, each said in words.
 * Only the facilitator or a postmortem owner moves it (the server puts back anyone
 * else's change); others are told who does. Closing is refused while an action is not
 * resolved, with the actions named; it works once all are, and then it is offered.
 */
export function PostmortemStatusControl({ readOnly: cannotEdit }: { readOnly: boolean }) {
  const status = usePostmortem((s) => s.status);
  const owners = usePostmortem((s) => s.owner.names);
  const role = useRole();
  const { name } = useIdentity();
  const mayMove = mayMoveStatus({ role, name }, owners);
  const readOnly = cannotEdit || !mayMove;
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
            aria-describedby={`${id}-${s.replace(' ', '-')}`}
            disabled={readOnly}
            onClick={() => choose(s)}
          >
            {LABELS[s]}
          </button>
        ))}
      </div>
      <dl className="pm-status__meanings" data-testid="status-meanings">
        {POSTMORTEM_STATUSES.map((s) => (
          <div key={s} className="pm-status__meaning" data-current={status === s}>
            <dt>{LABELS[s]}</dt>
            <dd id={`${id}-${s.replace(' ', '-')}`}>{STATUS_MEANINGS[s]}</dd>
          </div>
        ))}
      </dl>
      {!mayMove && role !== 'observer' && (
        <p className="pm-muted" data-testid="status-who">
          Only the facilitator or a postmortem owner moves the status.
        </p>
      )}
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
