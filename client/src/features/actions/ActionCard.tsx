import { dueDefaultNote, dueText, isOverdue, type ActionItemView } from '@hindsight/shared';
import { useMemo } from 'react';
import { showToast } from '../../state/toastStore.ts';
import { useDiscussionClusters } from '../../state/useDiscussionClusters.ts';
import { usePostmortem } from '../../state/usePostmortem.ts';
import { usePostmortemCommands } from '../../state/usePostmortemCommands.ts';
import { AddressSelect } from './AddressSelect.tsx';
import { addressOptions } from './addresses.ts';
import { DetailsField } from './DetailsField.tsx';
import { DueField } from './DueField.tsx';
import { OwnerField } from './OwnerField.tsx';
import { ActionTypeSelect } from './ActionTypeSelect.tsx';
import { PrioritySelect } from './PrioritySelect.tsx';
import { StatusSelect } from './StatusSelect.tsx';
import { TicketField } from './TicketField.tsx';
import { TitleField } from './TitleField.tsx';

interface Props {
  readonly action: ActionItemView;
  readonly readOnly: boolean;
  /** Today in the incident's time zone: an action due before it shows as overdue. */
  readonly today: string;
}

/**
 * One action with every field editable in place; observers read it. An overdue one is
 * marked in words, in the meeting as in the follow-up view.
 */
export function ActionCard({ action, readOnly, today }: Props) {
  const overdue = isOverdue(action, today);
  const commands = usePostmortemCommands();
  const clusters = useDiscussionClusters();
  const discussions = usePostmortem((s) => s.discussions);
  const options = useMemo(() => addressOptions(clusters, discussions), [clusters, discussions]);

  function remove() {
    if (!commands.deleteAction(action.id)) return;
    showToast({
      message: `Action deleted: ${action.title}`,
      action: { label: 'Undo', run: () => commands.undoDeleteAction(action.id) },
    });
  }

  return (
    <li
      className={`action-card action-card--${action.status.replace(' ', '-')}${overdue ? ' action-card--overdue' : ''}`}
      data-overdue={overdue || undefined}
      data-testid="action-card"
      data-action-id={action.id}
      data-title={action.title}
    >
      <div className="action-card__head">
        <TitleField action={action} readOnly={readOnly} />
        {overdue && <span className="overdue-badge">Overdue</span>}
        {!readOnly && (
          <button
            type="button"
            className="icon-button icon-button--danger"
            aria-label={`Delete action ${action.title}`}
            title="Delete action"
            onClick={remove}
          >
            <svg viewBox="0 0 20 20" aria-hidden="true">
              <path d="M5 6h10M8 6V4.5h4V6M6.5 6l.7 9.5h5.6l.7-9.5" />
            </svg>
          </button>
        )}
      </div>
      <DetailsField action={action} readOnly={readOnly} />
      <div className="action-card__fields">
        <OwnerField action={action} readOnly={readOnly} />
        <DueField
          actionId={action.id}
          due={action.due}
          readOnly={readOnly}
          note={overdue ? dueText(action, today) : dueDefaultNote(action)}
        />
        <PrioritySelect action={action} readOnly={readOnly} />
        <ActionTypeSelect action={action} readOnly={readOnly} />
        <StatusSelect action={action} readOnly={readOnly} />
        <AddressSelect action={action} options={options} readOnly={readOnly} />
        <TicketField
          actionId={action.id}
          link={action.link}
          readOnly={readOnly}
          title={action.title}
        />
      </div>
    </li>
  );
}
