import { blameHints, type TextChange } from '@hindsight/shared';
import { useId, useMemo, useRef, type CSSProperties, type KeyboardEvent } from 'react';
import { FieldError } from '../../ui/FieldError.tsx';
import { blameSegments } from './blameSegments.ts';
import { useBlameNames } from './useBlameNames.ts';
import { useProseField } from '../../lib/useProseField.ts';

interface Props {
  readonly label: string;
  /** Keep the label for screen readers only (the layout says what the field is). */
  readonly hideLabel?: boolean;
  /** The stored text. */
  readonly value: string;
  /** Applies a change of the text; throws a ZodError (or an Error) to refuse it. */
  readonly onEdit: (change: TextChange) => void;
  readonly placeholder?: string;
  readonly rows?: number;
  readonly readOnly?: boolean;
  readonly className?: string;
  readonly testId?: string;
  readonly autoFocus?: boolean;
}

/**
 * A text area bound to a prose field (useProseField) with a gentle blame check: as
 * the person types, phrasing that puts a person where a cause should be is underlined,
 * and a line under the field suggests what to ask instead. It never blocks or rewrites
 * anything. The underline is drawn by a mirror of the text behind the transparent field.
 */
export function BlameField({
  label,
  hideLabel,
  value,
  onEdit,
  placeholder,
  rows = 2,
  readOnly,
  className,
  testId,
  autoFocus,
}: Props) {
  const id = useId();
  const text = useProseField(value, onEdit);
  const names = useBlameNames();
  const hints = useMemo(() => blameHints(text.value, { names }), [text.value, names]);
  const segments = useMemo(() => blameSegments(text.value, hints), [text.value, hints]);
  const mirror = useRef<HTMLDivElement>(null);
  const first = hints[0];
  const describedBy = [first ? `${id}-hint` : '', text.error ? `${id}-error` : ''].join(' ').trim();

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (e.key === 'Escape' && text.error !== null) {
      e.preventDefault();
      text.revert();
    }
  }

  return (
    <div className={`blame-field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className={hideLabel ? 'sr-only' : 'field-label'}>
        {label}
      </label>
      <div className="blame-field__box">
        <div ref={mirror} className="blame-field__mirror" aria-hidden="true">
          {segments.map((s, i) =>
            s.hint ? (
              <mark key={i} className="blame-mark">
                {s.text}
              </mark>
            ) : (
              <span key={i}>{s.text}</span>
            ),
          )}
          {'\n'}
        </div>
        <textarea
          id={id}
          className="blame-field__input"
          rows={rows}
          style={{ '--rows': rows } as CSSProperties}
          {...text.field}
          placeholder={placeholder}
          readOnly={readOnly}
          autoFocus={autoFocus}
          onKeyDown={onKeyDown}
          onScroll={(e) => {
            if (mirror.current) mirror.current.scrollTop = e.currentTarget.scrollTop;
          }}
          aria-invalid={text.error !== null}
          aria-describedby={describedBy || undefined}
          data-testid={testId}
          data-blame={first ? first.kind : undefined}
        />
      </div>
      <p id={`${id}-hint`} className="blame-hint" aria-live="polite">
        {first && !readOnly && (
          <>
            <span className="blame-hint__label">Blameless check:</span> “{first.match}”.{' '}
            {first.suggestion}
          </>
        )}
      </p>
      <FieldError id={`${id}-error`} message={text.error ?? undefined} />
    </div>
  );
}
