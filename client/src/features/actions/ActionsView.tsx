import { useCanEdit } from '../../state/useCanEdit.ts';
import { useActionItems } from '../../state/useActionItems.ts';
import { ActionCard } from './ActionCard.tsx';
import { NewActionForm } from './NewActionForm.tsx';
import { useToday } from './useToday.ts';
import { PeopleList } from './PeopleList.tsx';
import { PriorityMatrix } from './PriorityMatrix.tsx';
import '../discuss/pm.css';
import './actions.css';

/**
 * Actions: what the team will change, each with an owner, a due date and a priority
 * from the impact/effort matrix. The owner confirms with "I own this". The list is in
 * "tackle first" order; the matrix beside it places every action at a glance.
 */
export function ActionsView() {
  const actions = useActionItems();
  const canEdit = useCanEdit();
  const today = useToday();
  return (
    <div className="actions-phase" data-testid="actions-view">
      <PeopleList />
      {canEdit && <NewActionForm today={today} />}
      <div className="actions-phase__grid">
        <section className="actions-phase__list" aria-labelledby="actions-list-title">
          <h3 id="actions-list-title" className="pm-section-title">
            Actions <span className="pm-count">{actions.length}</span>
          </h3>
          {actions.length === 0 ? (
            <p className="pm-empty">
              No actions yet.{' '}
              {canEdit
                ? 'Add the first one above: the smallest change with the biggest effect.'
                : 'They appear here as the team adds them.'}
            </p>
          ) : (
            <ol className="action-list">
              {actions.map((action) => (
                <ActionCard key={action.id} action={action} readOnly={!canEdit} today={today} />
              ))}
            </ol>
          )}
        </section>
        <PriorityMatrix actions={actions} readOnly={!canEdit} />
      </div>
    </div>
  );
}
