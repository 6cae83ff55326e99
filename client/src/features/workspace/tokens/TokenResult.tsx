import type { CreateTokenResponse } from '@hindsight/shared';
import { useId } from 'react';
import { CopyButton } from '../../../ui/CopyButton.tsx';

/** A token just made: shown this once, to copy now. */
export function TokenResult({ result }: { result: CreateTokenResponse }) {
  const fieldId = useId();
  const name = result.info.name;
  return (
    <div className="link-result" data-testid="new-token">
      <p role="status">Token “{name}” created. Copy it now: it will not be shown again.</p>
      <label htmlFor={fieldId} className="field-label">
        Token for {name}
      </label>
      <div className="link-result__row">
        <input
          id={fieldId}
          className="input"
          readOnly
          value={result.token}
          onFocus={(e) => e.target.select()}
        />
        <CopyButton text={result.token} label={`Copy the token for ${name}`} />
      </div>
    </div>
  );
}
