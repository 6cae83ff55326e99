import { useEffect, useState } from 'react';
import { useLinkLookup } from '../../../lib/useLinkLookup.ts';
import { FullPageMessage } from '../../../ui/FullPageMessage.tsx';
import {
  LOOKUP_URL,
  LookupSchema,
  ROLE_SENTENCES,
  acceptErrors,
  acceptInvitation,
  type AcceptFields,
} from './acceptInvite.ts';
import { Field } from '../Field.tsx';
import { FormFailure } from '../FormFailure.tsx';
import { PasswordHint } from '../PasswordHint.tsx';
import { useSubmit } from '../useSubmit.ts';
import { LinkPageLayout } from './LinkPageLayout.tsx';

/** `/invite#token=…`: accept an invitation — a name and a password make the account. */
export function AcceptInvitePage() {
  const lookup = useLinkLookup(LOOKUP_URL, LookupSchema);
  useEffect(() => {
    document.title = 'Join Hindsight';
  }, []);

  if (lookup.status === 'loading') {
    return (
      <LinkPageLayout title="Join Hindsight">
        <p className="link-page__lead" role="status">
          Opening your invitation…
        </p>
      </LinkPageLayout>
    );
  }
  if (lookup.status === 'gone') {
    return (
      <FullPageMessage title={lookup.title}>
        <p>{lookup.message}</p>
      </FullPageMessage>
    );
  }
  const { email, role } = lookup.data;
  return (
    <LinkPageLayout title="Join Hindsight">
      <p className="link-page__lead">
        You are invited as <strong>{email}</strong>, {ROLE_SENTENCES[role]}. Choose your name and a
        password.
      </p>
      <AcceptForm token={lookup.token} />
    </LinkPageLayout>
  );
}

function AcceptForm({ token }: { token: string }) {
  const [fields, setFields] = useState<AcceptFields>({ name: '', password: '' });
  const [errors, setErrors] = useState<Partial<AcceptFields>>({});
  const { error, busy, submit } = useSubmit(async () => {
    const found = acceptErrors(token, fields);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    await acceptInvitation(token, fields);
    // Signed in: the workspace's home page, loaded afresh, without the token in the URL.
    window.location.replace('/');
    return 'leaving';
  });

  const set = (field: keyof AcceptFields) => (value: string) => {
    setFields((f) => ({ ...f, [field]: value }));
    if (errors[field]) setErrors((e) => ({ ...e, [field]: undefined }));
  };

  return (
    <form onSubmit={submit} noValidate>
      <Field
        label="Your name"
        value={fields.name}
        onChange={set('name')}
        autoComplete="name"
        error={errors.name}
        autoFocus
      />
      <Field
        label="Password"
        type="password"
        value={fields.password}
        onChange={set('password')}
        autoComplete="new-password"
        hint={<PasswordHint />}
        error={errors.password}
      />
      <FormFailure message={error} />
      <button type="submit" className="button button--primary button--block" disabled={busy}>
        {busy ? 'Creating your account…' : 'Create account and sign in'}
      </button>
    </form>
  );
}
