import { EmailSchema, type PasswordResetAsked } from '@hindsight/shared';
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { Field } from '../Field.tsx';
import { FormFailure } from '../FormFailure.tsx';
import { LinkPageLayout } from '../invite/LinkPageLayout.tsx';
import { useSubmit } from '../useSubmit.ts';
import { askPasswordReset } from './resetApi.ts';

/** `/forgot-password`: asks for a reset link by email. */
export function ForgotPasswordPage() {
  const [email, setEmail] = useState('');
  const [invalid, setInvalid] = useState<string | undefined>();
  const [asked, setAsked] = useState<PasswordResetAsked | null>(null);
  useEffect(() => {
    document.title = 'Forgot password · Hindsight';
  }, []);
  const { error, busy, submit } = useSubmit(async () => {
    const parsed = EmailSchema.safeParse(email);
    if (!parsed.success) return setInvalid(parsed.error.issues[0]?.message);
    setAsked(await askPasswordReset(parsed.data));
  });

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
      <form onSubmit={submit} noValidate>
        <Field
          label="Email"
          type="email"
          value={email}
          onChange={(v) => {
            setEmail(v);
            setInvalid(undefined);
          }}
          autoComplete="email"
          error={invalid}
          autoFocus
        />
        <FormFailure message={error} />
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
