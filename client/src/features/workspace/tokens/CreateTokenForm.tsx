import {
  TOKEN_SCOPES,
  TokenNameSchema,
  type CreateTokenResponse,
  type TokenScope,
} from '@hindsight/shared';
import { useId, useState } from 'react';
import { FieldError } from '../../../ui/FieldError.tsx';
import { Field } from '../Field.tsx';
import { SelectField } from '../SelectField.tsx';
import { useSubmit } from '../useSubmit.ts';
import { TokenResult } from './TokenResult.tsx';
import { createToken } from './tokensApi.ts';
import { parseExpiryDays, SCOPE_LABELS } from './tokensText.ts';

/** Makes a token with a name, a scope and an optional expiry; shows it once. */
export function CreateTokenForm({ onCreated }: { onCreated(): void }) {
  const [name, setName] = useState('');
  const [scope, setScope] = useState<TokenScope>('read');
  const [days, setDays] = useState('');
  const [invalid, setInvalid] = useState<string | undefined>();
  const [result, setResult] = useState<CreateTokenResponse | null>(null);
  const errorId = useId();
  const { error, busy, submit } = useSubmit(async () => {
    setResult(null);
    const parsedName = TokenNameSchema.safeParse(name);
    const expiry = parseExpiryDays(days);
    if (!parsedName.success) return setInvalid(parsedName.error.issues[0]?.message);
    if (!expiry.ok) return setInvalid(expiry.message);
    setInvalid(undefined);
    const made = await createToken({
      name: parsedName.data,
      scope,
      ...(expiry.days === undefined ? {} : { expiresInDays: expiry.days }),
    });
    setResult(made);
    setName('');
    setDays('');
    onCreated();
  });
  const message = invalid ?? error ?? undefined;

  return (
    <form className="invite-form" onSubmit={submit} noValidate aria-label="Create a token">
      <div className="invite-form__fields">
        <div>
          <Field
            label="Name"
            value={name}
            onChange={(v) => {
              setName(v);
              setInvalid(undefined);
            }}
            autoComplete="off"
            placeholder="deploy pipeline"
            aria-invalid={message !== undefined}
            aria-describedby={message ? errorId : undefined}
          />
        </div>
        <div>
          <SelectField<TokenScope>
            label="Scope"
            value={scope}
            options={TOKEN_SCOPES}
            optionLabel={(o) => SCOPE_LABELS[o]}
            onChange={setScope}
          />
        </div>
        <div>
          <Field
            label="Expires after (days)"
            value={days}
            onChange={(v) => {
              setDays(v);
              setInvalid(undefined);
            }}
            inputMode="numeric"
            autoComplete="off"
            placeholder="never"
          />
        </div>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create token'}
        </button>
      </div>
      <FieldError id={errorId} message={message} />
      <p className="people-page__hint">
        Read lists and reads boards; write also creates them; admin also manages the workspace.
        Leave the expiry empty for a token that works until it is revoked.
      </p>
      {result && <TokenResult result={result} />}
    </form>
  );
}
