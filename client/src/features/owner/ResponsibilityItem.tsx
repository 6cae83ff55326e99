import { useId } from 'react';
import { usePostmortemFacilitation } from '../../state/usePostmortemFacilitation.ts';
import { FieldError } from '../../ui/FieldError.tsx';
import { useSyncedText } from '../../lib/useSyncedText.ts';

interface Props {
  readonly index: number;
  readonly text: string;
  /** The whole list: the model stores it as one value. */
  readonly list: readonly string[];
  readonly readOnly: boolean;
}

/** One responsibility, reworded in place (saved on Enter or leaving) or removed. */
export function ResponsibilityItem({ index, text, list, readOnly }: Props) {
  const commands = usePostmortemFacilitation();
  const id = useId();
  const field = useSyncedText<HTMLInputElement>(text, (value) =>
    commands?.setResponsibilities(list.map((item, i) => (i === index ? value : item))),
  );
  if (readOnly) return <li className="responsibilities__item">{text}</li>;
  return (
    <li className="responsibilities__item responsibilities__item--edit">
      <label htmlFor={id} className="sr-only">
        Responsibility {index + 1}
      </label>
      <input
        id={id}
        className="input pm-input-s"
        {...field.field}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            field.commit();
          } else if (e.key === 'Escape') field.revert();
        }}
        aria-invalid={field.error !== null}
        aria-describedby={field.error ? `${id}-error` : undefined}
      />
      {list.length > 1 && (
        <button
          type="button"
          className="icon-button icon-button--danger"
          aria-label={`Remove responsibility ${index + 1}`}
          title="Remove"
          onClick={() => commands?.setResponsibilities(list.filter((_, i) => i !== index))}
        >
          <svg viewBox="0 0 20 20" aria-hidden="true">
            <path d="M5 5l10 10M15 5L5 15" />
          </svg>
        </button>
      )}
      <FieldError id={`${id}-error`} message={field.error ?? undefined} />
    </li>
  );
}
