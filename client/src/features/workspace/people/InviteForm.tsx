import {
  DEFAULT_INVITATION_DAYS,
  InviteEmailSchema,
  WORKSPACE_ROLES,
  type InvitationLinkResponse,
  type WorkspaceRole,
} from '@hindsight/shared';
import { useId, useState } from 'react';
import { FieldError } from '../../../ui/FieldError.tsx';
import { Field } from '../Field.tsx';
import { SelectField } from '../SelectField.tsx';
import { useSubmit } from '../useSubmit.ts';
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
  const [invalid, setInvalid] = useState<string | undefined>();
  const [result, setResult] = useState<InvitationLinkResponse | null>(null);
  const errorId = useId();
  const { error, busy, submit } = useSubmit(async () => {
    const parsed = InviteEmailSchema.safeParse(email);
    if (!parsed.success) return setInvalid(parsed.error.issues[0]?.message);
    setInvalid(undefined);
    setResult(null);
    setResult(await createInvitation({ email: parsed.data, role, expiresInDays: days }));
    setEmail('');
    onInvited();
  });
  const message = invalid ?? error ?? undefined;

  return (
    <form className="invite-form" onSubmit={submit} noValidate>
      <div className="invite-form__fields">
        <div className="invite-form__email">
          <Field
            label="Email"
            type="email"
            value={email}
            onChange={(v) => {
              setEmail(v);
              setInvalid(undefined);
            }}
            autoComplete="off"
            placeholder="sam@example.com"
            aria-invalid={message !== undefined}
            aria-describedby={message ? errorId : undefined}
          />
        </div>
        <div>
          <SelectField<WorkspaceRole>
            label="Role"
            value={role}
            options={WORKSPACE_ROLES}
            optionLabel={(r) => ROLE_LABELS[r]}
            onChange={setRole}
          />
        </div>
        <div>
          <SelectField<number>
            label="Link expires after"
            value={days}
            options={DAY_CHOICES}
            optionLabel={(d) => (d === 1 ? '1 day' : `${d} days`)}
            onChange={setDays}
          />
        </div>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Inviting…' : mailConfigured ? 'Send invitation' : 'Create invitation link'}
        </button>
      </div>
      <FieldError id={errorId} message={message} />
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
