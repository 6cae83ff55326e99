import {
  DEFAULT_INVITATION_DAYS,
  InviteEmailSchema,
  WORKSPACE_ROLES,
  type InvitationLinkResponse,
  type WorkspaceRole,
} from '@hindsight/shared';
import { useId, useState, type FormEvent } from 'react';
import { ApiRequestError } from '../../../lib/http.ts';
import { FieldError } from '../../../ui/FieldError.tsx';
import { LinkResult } from './LinkResult.tsx';
import { createInvitation } from './peopleApi.ts';
import { ROLE_LABELS } from './peopleText.ts';

const DAY_CHOICES = [1, 3, 7, 14, 30] as const;

interface Props {
  readonly mailConfigured: boolean;
  /** After an invitation was made, so the list shows it. */
  onInvited(): void;
}

/** Invites an email with a role; the link expires after the days chosen (7 unless changed). */
export function InviteForm({ mailConfigured, onInvited }: Props) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<WorkspaceRole>('member');
  const [days, setDays] = useState<number>(DEFAULT_INVITATION_DAYS);
  const [error, setError] = useState<string | undefined>();
  const [result, setResult] = useState<InvitationLinkResponse | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { email: useId(), role: useId(), days: useId(), error: useId() };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = InviteEmailSchema.safeParse(email);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    setBusy(true);
    setError(undefined);
    setResult(null);
    try {
      setResult(await createInvitation({ email: parsed.data, role, expiresInDays: days }));
      setEmail('');
      onInvited();
    } catch (e) {
      setError(e instanceof ApiRequestError ? e.message : 'Something went wrong. Try again.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="invite-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="invite-form__fields">
        <div className="invite-form__email">
          <label htmlFor={ids.email} className="field-label">
            Email
          </label>
          <input
            id={ids.email}
            className="input"
            type="email"
            value={email}
            onChange={(e) => {
              setEmail(e.target.value);
              setError(undefined);
            }}
            autoComplete="off"
            placeholder="sam@example.com"
            aria-invalid={error !== undefined}
            aria-describedby={error ? ids.error : undefined}
          />
        </div>
        <div>
          <label htmlFor={ids.role} className="field-label">
            Role
          </label>
          <select
            id={ids.role}
            className="input"
            value={role}
            onChange={(e) => setRole(e.target.value as WorkspaceRole)}
          >
            {WORKSPACE_ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={ids.days} className="field-label">
            Link expires after
          </label>
          <select
            id={ids.days}
            className="input"
            value={days}
            onChange={(e) => setDays(Number(e.target.value))}
          >
            {DAY_CHOICES.map((d) => (
              <option key={d} value={d}>
                {d === 1 ? '1 day' : `${d} days`}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Inviting…' : mailConfigured ? 'Send invitation' : 'Create invitation link'}
        </button>
      </div>
      <FieldError id={ids.error} message={error} />
      <p className="people-page__hint">
        The link works once, for {DEFAULT_INVITATION_DAYS} days unless you choose otherwise.{' '}
        {mailConfigured
          ? 'It is mailed to the address and shown here.'
          : 'This workspace does not send mail: you pass the link on.'}
      </p>
      {result && <LinkResult result={result} />}
    </form>
  );
}
