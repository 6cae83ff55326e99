import {
  WORKSPACE_ROLES,
  type PersonAdminInfo,
  type UpdatePersonRequest,
  type WorkspaceRole,
} from '@hindsight/shared';
import { useId, useState } from 'react';
import { ApiRequestError } from '../../../lib/http.ts';
import { updatePerson } from './peopleApi.ts';
import { ROLE_LABELS, shortTime } from './peopleText.ts';

interface Props {
  readonly person: PersonAdminInfo;
  /** The signed-in admin: they change their own role, but do not deactivate themselves. */
  readonly isSelf: boolean;
  /** The only active admin: the workspace keeps them (shared/workspace/lastAdmin.ts). */
  readonly isLastAdmin: boolean;
  onChanged(): void;
}

/** One person: their role (to change), status, last sign-in, deactivate or reactivate. */
export function PersonRow({ person, isSelf, isLastAdmin, onChanged }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const roleId = useId();
  const active = person.deactivatedAt === null;

  async function change(body: UpdatePersonRequest) {
    setBusy(true);
    setError(null);
    try {
      await updatePerson(person.id, body);
      onChanged();
    } catch (e) {
      setError(e instanceof ApiRequestError ? e.message : 'Something went wrong. Try again.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <li
      className={`people-list__item${active ? '' : ' people-list__item--off'}`}
      data-testid="person-row"
    >
      <div className="people-list__who">
        <strong>
          {person.name}
          {isSelf ? ' (you)' : ''}
        </strong>
        <span className="people-list__meta">
          {person.email} · {active ? 'Active' : 'Deactivated'}
          {isLastAdmin ? ' · the only admin' : ''} ·{' '}
          {person.lastSignInAt === null
            ? 'never signed in'
            : `last signed in ${shortTime(person.lastSignInAt)}`}
        </span>
      </div>
      <div className="people-list__actions">
        <label htmlFor={roleId} className="sr-only">
          Role of {person.name}
        </label>
        <select
          id={roleId}
          className="input input--small"
          value={person.role}
          disabled={busy}
          onChange={(e) => void change({ role: e.target.value as WorkspaceRole })}
        >
          {WORKSPACE_ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
        {!isSelf && (
          <button
            type="button"
            className={`button button--small${active ? ' button--danger' : ''}`}
            disabled={busy}
            aria-label={`${active ? 'Deactivate' : 'Reactivate'} ${person.name}`}
            onClick={() => void change({ active: !active })}
          >
            {active ? 'Deactivate' : 'Reactivate'}
          </button>
        )}
      </div>
      {error && (
        <p className="field-error people-list__full" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
