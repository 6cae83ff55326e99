import { useId } from 'react';
import { CopyButton } from '../../ui/CopyButton.tsx';

interface Props {
  /** participant, observer, facilitator or survey: names the controls. */
  readonly role: string;
  readonly title: string;
  readonly hint: string;
  readonly link: string;
  /** Offered for the links the facilitator may replace. */
  readonly replace?: ReplaceLink | undefined;
}

export interface ReplaceLink {
  readonly run: () => void;
  readonly busy: boolean;
  /** What happened last, for a screen reader and the eye. */
  readonly message: string | null;
}

/** One invite link: who it is for, the link (selectable), and a copy button. */
export function ShareLinkRow({ role, title, hint, link, replace }: Props) {
  const inputId = useId();
  return (
    <div className="share__row">
      <label htmlFor={inputId} className="share__label">
        <strong>{title}</strong> <span>{hint}</span>
      </label>
      <div className="share__field">
        <input
          id={inputId}
          className="input input--small"
          readOnly
          value={link}
          data-testid={`share-link-${role}`}
          onFocus={(e) => e.currentTarget.select()}
        />
        <CopyButton text={link} label={`Copy ${role} link`} />
        {replace && (
          <button
            type="button"
            className="button button--ghost button--small"
            aria-label={`Replace ${role} link`}
            title="Make a new link; the old one stops working and its people are disconnected"
            disabled={replace.busy}
            onClick={replace.run}
          >
            Replace
          </button>
        )}
      </div>
      {replace?.message && (
        <p className="share__status" role="status">
          {replace.message}
        </p>
      )}
    </div>
  );
}
