import type { ApiTokenInfo } from '@hindsight/shared';
import { useEffect, useRef, useState } from 'react';
import { ApiRequestError } from '../../../lib/http.ts';
import { shortTime } from '../people/peopleText.ts';
import { revokeToken } from './tokensApi.ts';
import { SCOPE_LABELS, tokenState } from './tokensText.ts';

interface Props {
  readonly token: ApiTokenInfo;
  /** When the list was fetched: the moment its states are told for. */
  readonly now: number;
  onChanged(): void;
}

/** One token: scope, times, state, and Revoke behind a confirmation. */
export function TokenRow({ token, now, onChanged }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const revokeRef = useRef<HTMLButtonElement>(null);
  const state = tokenState(token, now);
  const { name } = token;

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  function cancel() {
    setConfirming(false);
    queueMicrotask(() => revokeRef.current?.focus());
  }

  async function revoke() {
    setBusy(true);
    setError(null);
    try {
      await revokeToken(token.id);
      setConfirming(false);
      onChanged();
    } catch (e) {
      setError(e instanceof ApiRequestError ? e.message : 'Something went wrong. Try again.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <li
      className={`people-list__item${state === 'active' ? '' : ' people-list__item--off'}`}
      data-testid="token-row"
    >
      <div className="people-list__who">
        <strong>{name}</strong>
        <span className="people-list__meta">
          {SCOPE_LABELS[token.scope]} · created {shortTime(token.createdAt)} ·{' '}
          {token.expiresAt === null ? 'never expires' : `expires ${shortTime(token.expiresAt)}`} ·
          last used {token.lastUsedAt === null ? 'never' : shortTime(token.lastUsedAt)}
        </span>
        <span className="people-list__meta" data-testid="token-state">
          {state === 'active' ? (
            'Active'
          ) : (
            <span className="people-list__warn">
              {state === 'revoked' && token.revokedAt !== null
                ? `Revoked ${shortTime(token.revokedAt)}`
                : 'Expired'}
            </span>
          )}
        </span>
      </div>
      {state !== 'revoked' && (
        <div className="people-list__actions">
          {confirming ? (
            <>
              <span id={`revoke-${token.id}`}>Revoke? Scripts using it stop at once.</span>
              <button
                ref={confirmRef}
                type="button"
                className="button button--small button--danger"
                disabled={busy}
                aria-label={`Yes, revoke ${name}`}
                onClick={() => void revoke()}
              >
                Yes, revoke
              </button>
              <button type="button" className="button button--small" onClick={cancel}>
                Keep it
              </button>
            </>
          ) : (
            <button
              ref={revokeRef}
              type="button"
              className="button button--small button--danger"
              aria-label={`Revoke ${name}`}
              onClick={() => setConfirming(true)}
            >
              Revoke
            </button>
          )}
        </div>
      )}
      {error && (
        <p className="field-error people-list__full" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
