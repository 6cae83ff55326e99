import { DEFAULT_OWNER_RESPONSIBILITIES, RESPONSIBILITIES_MAX } from '@hindsight/shared';
import { useId } from 'react';
import { usePostmortemFacilitation } from '../../state/usePostmortemFacilitation.ts';
import { AddItemForm } from '../../ui/AddItemForm.tsx';
import { ResponsibilityItem } from './ResponsibilityItem.tsx';

interface Props {
  readonly list: readonly string[];
  readonly readOnly: boolean;
}

/**
 * What the owners are responsible for: the seeds' list, which the facilitator may reword
 * item by item (each a shared text), add to, trim, or put back.
 */
export function Responsibilities({ list, readOnly }: Props) {
  const commands = usePostmortemFacilitation();
  const id = useId();
  const isDefault =
    list.length === DEFAULT_OWNER_RESPONSIBILITIES.length &&
    list.every((item, i) => item === DEFAULT_OWNER_RESPONSIBILITIES[i]);

  return (
    <section className="pm-panel responsibilities" aria-labelledby={`${id}-title`}>
      <div className="pm-panel__head">
        <h3 id={`${id}-title`} className="pm-section-title">
          Responsibilities
        </h3>
        {!readOnly && !isDefault && (
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => commands?.setResponsibilities(DEFAULT_OWNER_RESPONSIBILITIES)}
          >
            Back to the usual list
          </button>
        )}
      </div>
      <ol className="responsibilities__list" data-testid="responsibilities">
        {list.map((item, i) => (
          <ResponsibilityItem
            key={i}
            index={i}
            text={item}
            count={list.length}
            readOnly={readOnly}
          />
        ))}
      </ol>
      {!readOnly && list.length < RESPONSIBILITIES_MAX && (
        <AddItemForm
          className="responsibilities__add"
          label="New responsibility"
          placeholder="Another responsibility"
          submitLabel="Add"
          onAdd={(text) => commands?.addResponsibility(text)}
        />
      )}
    </section>
  );
}
