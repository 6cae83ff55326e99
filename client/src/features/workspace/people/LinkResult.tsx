import type { InvitationLinkResponse } from '@hindsight/shared';
import { useId } from 'react';
import { CopyButton } from '../../../ui/CopyButton.tsx';
import { linkOutcome } from './peopleText.ts';

/** An invitation link just issued: what became of its mail, and the link to copy. */
export function LinkResult({ result }: { result: InvitationLinkResponse }) {
  const { tone, text } = linkOutcome(result);
  const fieldId = useId();
  const email = result.invitation.email;
  return (
    <div className={`link-result link-result--${tone}`} data-testid="invitation-link">
      <p role={tone === 'problem' ? 'alert' : 'status'}>{text}</p>
      <label htmlFor={fieldId} className="field-label">
        Invitation link for {email}
      </label>
      <div className="link-result__row">
        <input
          id={fieldId}
          className="input"
          readOnly
          value={result.link}
          onFocus={(e) => e.target.select()}
        />
        <CopyButton text={result.link} label={`Copy the invitation link for ${email}`} />
      </div>
    </div>
  );
}
