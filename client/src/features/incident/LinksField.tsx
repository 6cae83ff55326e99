import type { IncidentLink } from '@hindsight/shared';
import { useId, useState, type FormEvent } from 'react';
import { useIncidentCommands } from '../../state/useIncidentCommands.ts';
import { FieldError } from '../../ui/FieldError.tsx';
import { problemOf } from '../../lib/problem.ts';
import { refusal } from './factPatch.ts';

/**
 * Links (incident channel, dashboards, tickets): each a label and an http(s) URL. A new
 * link is checked by the model before it is added; a refused one stays in the boxes.
 * The incident's links by default; `onSave` stores another list (the supporting links).
 */
export function LinksField({
  links,
  disabled,
  title = 'Links',
  onSave,
}: {
  links: readonly IncidentLink[];
  disabled?: boolean;
  title?: string;
  /** Stores the whole list; throws when it is refused. */
  onSave?: (links: IncidentLink[]) => void;
}) {
  const id = useId();
  const commands = useIncidentCommands();
  const [label, setLabel] = useState('');
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | null>(null);

  function save(next: IncidentLink[]): boolean {
    try {
      if (onSave) onSave(next);
      else commands.updateIncident({ links: next });
      setError(null);
      return true;
    } catch (e) {
      setError(onSave ? problemOf(e) : refusal(e, 'links'));
      return false;
    }
  }

  function add(e?: FormEvent) {
    e?.preventDefault();
    if (label.trim() === '' && url.trim() === '') return;
    if (save([...links, { label, url }])) {
      setLabel('');
      setUrl('');
    }
  }

  return (
    <div className="inc-field inc-field--links">
      <span className="field-label" id={`${id}-title`}>
        {title}
      </span>
      {links.length > 0 && (
        <ul className="inc-links" aria-labelledby={`${id}-title`}>
          {links.map((link, i) => (
            <li key={`${i}-${link.url}`} className="inc-links__item">
              <a href={link.url} target="_blank" rel="noreferrer noopener">
                {link.label}
              </a>
              <span className="inc-links__url">{link.url}</span>
              {!disabled && (
                <button
                  type="button"
                  className="icon-button icon-button--danger"
                  aria-label={`Remove link ${link.label}`}
                  title="Remove"
                  onClick={() => save(links.filter((_, j) => j !== i))}
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
      {!disabled && (
        <div
          className="inc-links__add"
          role="group"
          aria-label={`Add to ${title.toLowerCase()}`}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        >
          <input
            className="input tl-input"
            aria-label="Link label"
            placeholder="Label (Dashboard, INC-4821…)"
            value={label}
            onChange={(e) => {
              setLabel(e.target.value);
              setError(null);
            }}
            aria-invalid={error !== null}
            aria-describedby={error ? `${id}-error` : undefined}
          />
          <input
            className="input tl-input"
            aria-label="Link URL"
            type="url"
            placeholder="https://…"
            value={url}
            onChange={(e) => {
              setUrl(e.target.value);
              setError(null);
            }}
            aria-invalid={error !== null}
            aria-describedby={error ? `${id}-error` : undefined}
          />
          <button type="button" className="button button--small" onClick={() => add()}>
            Add link
          </button>
        </div>
      )}
      <FieldError id={`${id}-error`} message={error ?? undefined} />
    </div>
  );
}
