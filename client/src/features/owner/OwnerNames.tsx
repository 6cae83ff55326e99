import { OWNERS_MAX } from '@hindsight/shared';
import { useId } from 'react';
import { usePostmortemFacilitation } from '../../state/usePostmortemFacilitation.ts';
import { Avatar } from '../../ui/Avatar.tsx';
import { colorForName } from '../../lib/color.ts';
import { FieldError } from '../../ui/FieldError.tsx';
import { PEOPLE_LIST_ID } from '../actions/PeopleList.tsx';
import { useItemDraft } from '../../state/useItemDraft.ts';

interface Props {
  readonly names: readonly string[];
  readonly readOnly: boolean;
}

/** The agreed owners as chips; add someone on the board or any name, remove with ×. */
export function OwnerNames({ names, readOnly }: Props) {
  const commands = usePostmortemFacilitation();
  const id = useId();
  const { draft, error, onChange, submit } = useItemDraft((text) =>
    commands?.setOwners([...names, text]),
  );
  function remove(name: string) {
    const rest = names.filter((n) => n !== name);
    if (rest.length === 0) commands?.clearOwners();
    else commands?.setOwners(rest);
  }

  return (
    <section className="pm-panel owner-names" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="pm-section-title">
        Postmortem owner{names.length === 1 ? '' : 's'}
      </h3>
      {names.length === 0 ? (
        <p className="pm-empty" data-testid="owner-none">
          Not agreed yet. Who follows the actions until every one is done?
        </p>
      ) : (
        <ul className="owner-names__list" data-testid="postmortem-owners">
          {names.map((name) => (
            <li key={name} className="owner-chip">
              <span aria-hidden="true">
                <Avatar name={name} color={colorForName(name)} />
              </span>
              <span className="owner-chip__name">{name}</span>
              {!readOnly && (
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove ${name} as owner`}
                  title="Remove"
                  onClick={() => remove(name)}
                >
                  <svg viewBox="0 0 20 20" aria-hidden="true">
                    <path d="M5 5l10 10M15 5L5 15" />
                  </svg>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && names.length < OWNERS_MAX && (
        <form className="owner-names__add" onSubmit={submit} noValidate>
          <label htmlFor={`${id}-new`} className="field-label">
            {names.length === 0 ? 'Postmortem owner' : 'Another postmortem owner'}
          </label>
          <div className="owner-names__row">
            <input
              id={`${id}-new`}
              className="input"
              list={PEOPLE_LIST_ID}
              value={draft}
              placeholder="Pick someone here or type a name"
              autoComplete="off"
              onChange={onChange}
              aria-invalid={error !== null}
              aria-describedby={error ? `${id}-error` : `${id}-hint`}
            />
            <button type="submit" className="button button--primary" disabled={draft.trim() === ''}>
              Add owner
            </button>
          </div>
          <p id={`${id}-hint`} className="pm-muted">
            One to {OWNERS_MAX} people: shared ownership beyond that is nobody’s.
          </p>
          <FieldError id={`${id}-error`} message={error ?? undefined} />
        </form>
      )}
    </section>
  );
}
