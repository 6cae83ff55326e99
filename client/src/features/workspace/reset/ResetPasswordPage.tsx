import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { useLinkLookup } from '../../../lib/useLinkLookup.ts';
import { FullPageMessage } from '../../../ui/FullPageMessage.tsx';
import { Field } from '../Field.tsx';
import { FormFailure } from '../FormFailure.tsx';
import { LinkPageLayout } from '../invite/LinkPageLayout.tsx';
import { PasswordHint } from '../PasswordHint.tsx';
import { useSubmit } from '../useSubmit.ts';
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
  const [tooWeak, setTooWeak] = useState<string | undefined>();
  const { error, busy, submit } = useSubmit(async () => {
    const problem = passwordError(password);
    setTooWeak(problem);
    if (problem) return;
    await completePasswordReset(token, password);
    window.location.replace('/');
    return 'leaving';
  });

  return (
    <form onSubmit={submit} noValidate>
      <Field
        label="New password"
        type="password"
        value={password}
        onChange={(v) => {
          setPassword(v);
          setTooWeak(undefined);
        }}
        autoComplete="new-password"
        hint={<PasswordHint />}
        error={tooWeak}
        autoFocus
      />
      <FormFailure message={error} />
      <button type="submit" className="button button--primary button--block" disabled={busy}>
        {busy ? 'Saving…' : 'Set password and sign in'}
      </button>
    </form>
  );
}
