import { MIN_PASSWORD_LENGTH } from '@hindsight/shared';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { ApiRequestError } from '../../../lib/http.ts';
import { useLinkLookup } from '../../../lib/useLinkLookup.ts';
import { FieldError } from '../../../ui/FieldError.tsx';
import { FullPageMessage } from '../../../ui/FullPageMessage.tsx';
import { LinkPageLayout } from '../invite/LinkPageLayout.tsx';
import { LOOKUP_URL, LookupSchema, completePasswordReset, passwordError } from './resetApi.ts';

/** `/reset#token=…`: choose a new password from a reset link. */
export function ResetPasswordPage() {
  const lookup = useLinkLookup(LOOKUP_URL, LookupSchema);
  useEffect(() => {
    document.title = 'New password · Hindsight';
  }, []);

  if (lookup.status === 'loading') {
    return (
      <LinkPageLayout title="Choose a new password">
        <p className="link-page__lead" role="status">
          Opening your link…
        </p>
      </LinkPageLayout>
    );
  }
  if (lookup.status === 'gone') {
    return (
      <FullPageMessage
        title={lookup.title}
        actions={
          <Link href="/forgot-password" className="button button--primary">
            Ask for a new link
          </Link>
        }
      >
        <p>{lookup.message}</p>
      </FullPageMessage>
    );
  }
  return (
    <LinkPageLayout title="Choose a new password">
      <p className="link-page__lead">
        For <strong>{lookup.data.email}</strong>. Every other browser signed in to this account will
        be signed out.
      </p>
      <ResetForm token={lookup.token} />
    </LinkPageLayout>
  );
}

function ResetForm({ token }: { token: string }) {
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = passwordError(password);
    setError(problem);
    if (problem) return;
    setBusy(true);
    setFailure(null);
    try {
      await completePasswordReset(token, password);
      window.location.replace('/');
    } catch (e) {
      setFailure(e instanceof ApiRequestError ? e.message : 'Something went wrong. Try again.');
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <label htmlFor={inputId} className="field-label">
        New password
      </label>
      <input
        id={inputId}
        className="input"
        type="password"
        value={password}
        onChange={(e) => {
          setPassword(e.target.value);
          setError(undefined);
        }}
        autoComplete="new-password"
        aria-invalid={error !== undefined}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        autoFocus
      />
      <p id={hintId} className="link-page__hint">
        At least {MIN_PASSWORD_LENGTH} characters; a few words make a good one.
      </p>
      <FieldError id={errorId} message={error} />
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
      <button type="submit" className="button button--primary button--block" disabled={busy}>
        {busy ? 'Saving…' : 'Set password and sign in'}
      </button>
    </form>
  );
}
