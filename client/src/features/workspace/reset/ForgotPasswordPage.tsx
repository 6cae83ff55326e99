import { EmailSchema, type PasswordResetAsked } from '@hindsight/shared';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { ApiRequestError } from '../../../lib/http.ts';
import { FieldError } from '../../../ui/FieldError.tsx';
import { LinkPageLayout } from '../invite/LinkPageLayout.tsx';
import { askPasswordReset } from './resetApi.ts';

/** `/forgot-password`: asks for a reset link by email. */
export function ForgotPasswordPage() {
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [asked, setAsked] = useState<PasswordResetAsked | null>(null);
  const [busy, setBusy] = useState(false);
  const inputId = useId();
  const errorId = useId();
  useEffect(() => {
    document.title = 'Forgot password · Hindsight';
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = EmailSchema.safeParse(email);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      setAsked(await askPasswordReset(parsed.data));
    } catch (e) {
      setFailure(e instanceof ApiRequestError ? e.message : 'Something went wrong. Try again.');
    } finally {
      setBusy(false);
    }
  }

  if (asked) {
    return (
      <LinkPageLayout title={asked.mailConfigured ? 'Check your mail' : 'Ask an admin'}>
        <p className="link-page__lead" role="status">
          {asked.mailConfigured
            ? `If ${email.trim()} has an account here, a link to choose a new password is on its way. It works once, for ${asked.expiresInMinutes} minutes.`
            : 'This workspace does not send mail. Ask an admin of the workspace to reset your password.'}
        </p>
        <p className="link-page__foot">
          <Link href="/">Back to sign-in</Link>
        </p>
      </LinkPageLayout>
    );
  }

  return (
    <LinkPageLayout title="Forgot your password?">
      <p className="link-page__lead">
        Enter the email of your account and we will send you a link to choose a new one.
      </p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <label htmlFor={inputId} className="field-label">
          Email
        </label>
        <input
          id={inputId}
          className="input"
          type="email"
          value={email}
          onChange={(e) => {
            setEmail(e.target.value);
            setError(undefined);
          }}
          autoComplete="email"
          aria-invalid={error !== undefined}
          aria-describedby={error ? errorId : undefined}
          autoFocus
        />
        <FieldError id={errorId} message={error} />
        {failure && (
          <p className="field-error" role="alert">
            {failure}
          </p>
        )}
        <button type="submit" className="button button--primary button--block" disabled={busy}>
          {busy ? 'Sending…' : 'Send me a link'}
        </button>
      </form>
      <p className="link-page__foot">
        <Link href="/">Back to sign-in</Link>
      </p>
    </LinkPageLayout>
  );
}
