import type { Role } from '@hindsight/shared';
import { useId } from 'react';
import { CopyButton } from '../../ui/CopyButton.tsx';

interface Props {
  readonly role: Role;
  readonly title: string;
  readonly hint: string;
  readonly link: string;
}

/** One invite link: who it is for, the link (selectable), and a copy button. */
export function ShareLinkRow({ role, title, hint, link }: Props) {
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
      </div>
    </div>
  );
}
