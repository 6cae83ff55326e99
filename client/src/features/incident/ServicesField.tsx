import { useId, useState, type KeyboardEvent } from 'react';
import { useIncidentCommands } from '../../state/useIncidentCommands.ts';
import { FieldError } from '../../ui/FieldError.tsx';
import { VocabularyList } from '../vocabulary/VocabularyList.tsx';
import { refusal } from './factPatch.ts';

/**
 * The services affected, as chips. Type a name and press Enter (or a comma) to add it;
 * each chip has a remove button. A refused name stays in the box with the reason.
 */
export function ServicesField({
  services,
  disabled,
}: {
  services: readonly string[];
  disabled?: boolean;
}) {
  const id = useId();
  const commands = useIncidentCommands();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  function save(next: string[]): boolean {
    try {
      commands.updateIncident({ services: next });
      setError(null);
      return true;
    } catch (e) {
      setError(refusal(e, 'services'));
      return false;
    }
  }

  function add() {
    const name = text.trim();
    if (name === '') return;
    if (services.includes(name)) {
      setText('');
      return;
    }
    if (save([...services, name])) setText('');
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if ((e.key === 'Enter' || e.key === ',') && !e.nativeEvent.isComposing) {
      e.preventDefault();
      add();
    } else if (e.key === 'Backspace' && text === '' && services.length > 0) {
      save(services.slice(0, -1));
    }
  }

  return (
    <div className="inc-field inc-field--services">
      <label htmlFor={id} className="field-label">
        Services affected
      </label>
      <div className="chips">
        {services.map((service) => (
          <span key={service} className="chip" data-testid="service-chip">
            {service}
            {!disabled && (
              <button
                type="button"
                className="chip__remove"
                aria-label={`Remove ${service}`}
                onClick={() => save(services.filter((s) => s !== service))}
              >
                ×
              </button>
            )}
          </span>
        ))}
        {!disabled && (
          <input
            id={id}
            className="input tl-input chips__input"
            value={text}
            placeholder={services.length === 0 ? 'checkout-api, orders-db…' : 'Add a service'}
            onChange={(e) => {
              setText(e.target.value);
              setError(null);
            }}
            onKeyDown={onKeyDown}
            onBlur={add}
            list={`${id}-vocabulary`}
            aria-invalid={error !== null}
            aria-describedby={error ? `${id}-error` : `${id}-hint`}
          />
        )}
      </div>
      {!disabled && (
        <VocabularyList id={`${id}-vocabulary`} kind="service" prefix={text} given={services} />
      )}
      <p id={`${id}-hint`} className="inc-field__hint">
        Enter or comma adds a service.
      </p>
      <FieldError id={`${id}-error`} message={error ?? undefined} />
    </div>
  );
}
