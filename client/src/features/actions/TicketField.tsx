import { useId } from 'react';
import { usePostmortemCommands } from '../../state/usePostmortemCommands.ts';
import { FieldError } from '../../ui/FieldError.tsx';
import { useSyncedText } from '../../lib/useSyncedText.ts';
import { FileIssueButton } from '../workspace/trackers/FileIssueButton.tsx';

interface Props {
  readonly actionId: string;
  readonly link: string | undefined;
  readonly readOnly: boolean;
  /** The action's title, to name it on the button that files its issue. */
  readonly title: string;
}

/** The ticket, once filed: an http(s) link, saved on Enter or when the field is left. */
export function TicketField({ actionId, link, readOnly, title }: Props) {
  const commands = usePostmortemCommands();
  const id = useId();
  const text = useSyncedText<HTMLInputElement>(link ?? '', (value) =>
    commands.editAction(actionId, { link: value }),
  );
  return (
    <div className="action-field action-field--link">
      <label htmlFor={id} className="field-label">
        Ticket
      </label>
      {readOnly ? (
        <p id={id} className="action-field__value">
          {link ? (
            <a href={link} target="_blank" rel="noreferrer noopener">
              {link}
            </a>
          ) : (
            'None yet'
          )}
        </p>
      ) : (
        <div className="ticket-field">
          <input
            id={id}
            type="url"
            className="input pm-input-s"
            {...text.field}
            placeholder="https://…"
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                text.commit();
              } else if (e.key === 'Escape') text.revert();
            }}
            aria-invalid={text.error !== null}
            aria-describedby={text.error ? `${id}-error` : undefined}
          />
          {link ? (
            <a className="ticket-field__open" href={link} target="_blank" rel="noreferrer noopener">
              Open
            </a>
          ) : (
            <FileIssueButton actionId={actionId} actionTitle={title} />
          )}
        </div>
      )}
      <FieldError id={`${id}-error`} message={text.error ?? undefined} />
    </div>
  );
}
