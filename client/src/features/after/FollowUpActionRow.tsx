import { dueText, isOverdue, type ActionItemView } from '@hindsight/shared';
import { DueField } from '../actions/DueField.tsx';
import { OwnerField } from '../actions/OwnerField.tsx';
import { StatusSelect } from '../actions/StatusSelect.tsx';
import { ActionTypeSelect } from '../actions/ActionTypeSelect.tsx';
import { TicketField } from '../actions/TicketField.tsx';

interface Props {
  readonly action: ActionItemView;
  /** Today in the incident's zone, `YYYY-MM-DD`. */
  readonly today: string;
  /** What it addresses, in words. */
  readonly addresses: string | null;
  readonly readOnly: boolean;
}

/** One action in the review; an overdue one is marked in words, not only in colour. */
export function FollowUpActionRow({ action, today, addresses, readOnly }: Props) {
  const overdue = isOverdue(action, today);
  return (
    <li
      className={`after-action${overdue ? ' after-action--overdue' : ''} after-action--${action.status.replace(' ', '-')}`}
      data-testid="after-action"
      data-overdue={overdue || undefined}
    >
      <div className="after-action__what">
        <p className="after-action__title">{action.title}</p>
        {addresses && <p className="pm-muted after-action__addresses">Addresses {addresses}</p>}
        {overdue && <span className="overdue-badge">Overdue</span>}
      </div>
      <OwnerField action={action} readOnly={readOnly} />
      <DueField
        actionId={action.id}
        due={action.due}
        readOnly={readOnly}
        note={dueText(action, today)}
      />
      <StatusSelect action={action} readOnly={readOnly} />
      <ActionTypeSelect action={action} readOnly={readOnly} />
      <TicketField
        actionId={action.id}
        link={action.link}
        readOnly={readOnly}
        title={action.title}
      />
    </li>
  );
}
