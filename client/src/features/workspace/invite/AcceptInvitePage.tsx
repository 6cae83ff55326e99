import { MIN_PASSWORD_LENGTH } from '@hindsight/shared';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { ApiRequestError } from '../../../lib/http.ts';
import { useLinkLookup } from '../../../lib/useLinkLookup.ts';
import { FieldError } from '../../../ui/FieldError.tsx';
import { FullPageMessage } from '../../../ui/FullPageMessage.tsx';
import {
  LOOKUP_URL,
  LookupSchema,
  ROLE_SENTENCES,
  acceptErrors,
  acceptInvitation,
  type AcceptFields,
} from './acceptInvite.ts';
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
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { name: useId(), password: useId(), nameError: useId(), passwordError: useId() };
  const hintId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = acceptErrors(token, fields);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    setFailure(null);
    try {
      await acceptInvitation(token, fields);
      // Signed in: the workspace's home page, loaded afresh, without the token in the URL.
      window.location.replace('/');
    } catch (error) {
      setFailure(
        error instanceof ApiRequestError ? error.message : 'Something went wrong. Try again.',
      );
      setBusy(false);
    }
  }

  const set = (field: keyof AcceptFields) => (value: string) => {
    setFields((f) => ({ ...f, [field]: value }));
    if (errors[field]) setErrors((e) => ({ ...e, [field]: undefined }));
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <label htmlFor={ids.name} className="field-label">
        Your name
      </label>
      <input
        id={ids.name}
        className="input"
        value={fields.name}
        onChange={(e) => set('name')(e.target.value)}
        autoComplete="name"
        aria-invalid={errors.name !== undefined}
        aria-describedby={errors.name ? ids.nameError : undefined}
        autoFocus
      />
      <FieldError id={ids.nameError} message={errors.name} />
      <label htmlFor={ids.password} className="field-label">
        Password
      </label>
      <input
        id={ids.password}
        className="input"
        type="password"
        value={fields.password}
        onChange={(e) => set('password')(e.target.value)}
        autoComplete="new-password"
        aria-invalid={errors.password !== undefined}
        aria-describedby={errors.password ? `${hintId} ${ids.passwordError}` : hintId}
      />
      <p id={hintId} className="link-page__hint">
        At least {MIN_PASSWORD_LENGTH} characters; a few words make a good one.
      </p>
      <FieldError id={ids.passwordError} message={errors.password} />
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
      <button type="submit" className="button button--primary button--block" disabled={busy}>
        {busy ? 'Creating your account…' : 'Create account and sign in'}
      </button>
    </form>
  );
}
