import { publishedPath, type LedgerAction, type NamedPerson } from '@hindsight/shared';
import { Link } from 'wouter';
import { STATUS_LABELS, statusSlug } from '../actions/StatusSelect.tsx';
import { FileIssueButton } from '../workspace/trackers/FileIssueButton.tsx';
import { LedgerOwner } from './LedgerOwner.tsx';

interface Props {
  readonly items: readonly LedgerAction[];
  readonly selected: ReadonlySet<string>;
  readonly now: number;
  onToggle(id: string, on: boolean): void;
  onToggleAll(on: boolean): void;
  /** Opens an action's history. */
  onHistory(action: LedgerAction): void;
  /** Narrows the view to one postmortem's actions. */
  onOnlyPostmortem(boardId: string): void;
  /** An action's issue was filed: its link shows once the list is read again. */
  onFiled(): void;
  /** The workspace's people an owner is chosen from. */
  readonly people: readonly NamedPerson[];
  /** An action's owner was changed. */
  onOwnerChanged(action: LedgerAction): void;
}

/** "today", "3 days", "5 weeks": how long an action has been open. */
export function ageText(createdAt: string, now: number): string {
  const days = Math.floor((now - Date.parse(createdAt)) / 86_400_000);
  if (days < 1) return 'today';
  if (days < 14) return days === 1 ? '1 day' : `${days} days`;
  return `${Math.floor(days / 7)} weeks`;
}

/** Every action of the view, one row each, with a checkbox for the bulk change. */
export function LedgerTable({
  items,
  selected,
  now,
  onToggle,
  onToggleAll,
  onHistory,
  onOnlyPostmortem,
  onFiled,
  people,
  onOwnerChanged,
}: Props) {
  const today = new Date(now).toISOString().slice(0, 10);
  const all = items.length > 0 && items.every((a) => selected.has(a.id));
  return (
    <div className="lib-table-wrap">
      <table className="lib-table ledger-table">
        <caption className="sr-only">Actions</caption>
        <thead>
          <tr>
            <th scope="col">
              <input
                type="checkbox"
                aria-label="Select every action shown"
                checked={all}
                onChange={(e) => onToggleAll(e.target.checked)}
              />
            </th>
            <th scope="col">Action</th>
            <th scope="col">Postmortem</th>
            <th scope="col">Owner</th>
            <th scope="col">Due</th>
            <th scope="col">Priority</th>
            <th scope="col">Status</th>
            <th scope="col">Ticket</th>
            <th scope="col">Age</th>
          </tr>
        </thead>
        <tbody>
          {items.map((a) => {
            const overdue = !a.resolved && a.due !== null && a.due < today;
            return (
              <tr key={`${a.boardId}/${a.id}`} data-testid="ledger-row">
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Select “${a.title}”`}
                    checked={selected.has(a.id)}
                    onChange={(e) => onToggle(a.id, e.target.checked)}
                  />
                </td>
                <th scope="row" className="ledger-table__title">
                  {a.title}
                  {a.reason && <span className="ledger-table__reason">{a.reason}</span>}
                  <button
                    type="button"
                    className="button button--ghost button--small ledger-table__more"
                    aria-label={`History of “${a.title}”`}
                    onClick={() => onHistory(a)}
                  >
                    History
                  </button>
                </th>
                <td>
                  <Link href={publishedPath(a.boardId)}>{a.postmortemTitle}</Link>
                  {a.severity && <span className="ledger-table__sev">{a.severity}</span>}
                  <button
                    type="button"
                    className="button button--ghost button--small ledger-table__more"
                    aria-label={`Only this postmortem: ${a.postmortemTitle}`}
                    onClick={() => onOnlyPostmortem(a.boardId)}
                  >
                    Only this postmortem
                  </button>
                </td>
                <td>
                  <LedgerOwner action={a} people={people} onChanged={onOwnerChanged} />
                </td>
                <td className={overdue ? 'ledger-table__overdue' : undefined}>
                  {a.due ?? '—'}
                  {overdue && <span className="sr-only"> (overdue)</span>}
                </td>
                <td>{a.priority ?? '—'}</td>
                <td>
                  <span className={`status-chip status-chip--${statusSlug(a.status)}`}>
                    {STATUS_LABELS[a.status]}
                    {a.status === "won't do" && !a.accepted ? ' (not accepted yet)' : ''}
                  </span>
                </td>
                <td>
                  {a.ticket ? (
                    <a href={a.ticket} target="_blank" rel="noreferrer noopener">
                      Ticket
                    </a>
                  ) : (
                    <FileIssueButton actionId={a.id} actionTitle={a.title} onFiled={onFiled} />
                  )}
                </td>
                <td>{ageText(a.createdAt, now)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
