import type { InvitationInfo, InvitationLinkResponse } from '@hindsight/shared';
import { useState } from 'react';
import { ApiRequestError } from '../../../lib/http.ts';
import { LinkResult } from './LinkResult.tsx';
import { renewInvitation, revokeInvitation } from './peopleApi.ts';
import { ROLE_LABELS, shortTime } from './peopleText.ts';

interface Props {
  readonly invitation: InvitationInfo;
  readonly mailConfigured: boolean;
  onChanged(): void;
}

/** One open invitation: a new link to copy, the mail sent again, or revoked. */
export function InvitationRow({ invitation, mailConfigured, onChanged }: Props) {
  const [result, setResult] = useState<InvitationLinkResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { id, email, role, invitedBy, expiresAt, state } = invitation;

  async function act(run: () => Promise<InvitationLinkResponse | void>) {
    setBusy(true);
    setError(null);
    try {
      const answer = await run();
      setResult(answer ?? null);
      if (!answer) onChanged();
    } catch (e) {
      setError(e instanceof ApiRequestError ? e.message : 'Something went wrong. Try again.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="people-list__item" data-testid="invitation-row">
      <div className="people-list__who">
        <strong>{email}</strong>
        <span className="people-list__meta">
          {ROLE_LABELS[role]}
          {invitedBy ? ` · invited by ${invitedBy}` : ''} ·{' '}
          {state === 'expired' ? (
            <span className="people-list__warn">expired {shortTime(expiresAt)}</span>
          ) : (
            `expires ${shortTime(expiresAt)}`
          )}
        </span>
      </div>
      <div className="people-list__actions">
        <button
          type="button"
          className="button button--small"
          disabled={busy}
          aria-label={`Copy link for ${email}`}
          onClick={() => void act(() => renewInvitation(id, false))}
        >
          Copy link
        </button>
        {mailConfigured && (
          <button
            type="button"
            className="button button--small"
            disabled={busy}
            aria-label={`Resend the invitation to ${email}`}
            onClick={() => void act(() => renewInvitation(id, true))}
          >
            Resend
          </button>
        )}
        <button
          type="button"
          className="button button--small button--danger"
          disabled={busy}
          aria-label={`Revoke the invitation of ${email}`}
          onClick={() => void act(() => revokeInvitation(id))}
        >
          Revoke
        </button>
      </div>
      {error && (
        <p className="field-error people-list__full" role="alert">
          {error}
        </p>
      )}
      {result && (
        <div className="people-list__full">
          <LinkResult result={result} />
        </div>
      )}
    </li>
  );
}
