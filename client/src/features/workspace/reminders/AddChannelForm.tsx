import { CHANNEL_FORMATS, ChannelInputSchema, type ChannelFormat } from '@hindsight/shared';
import { useId, useState } from 'react';
import { FieldError } from '../../../ui/FieldError.tsx';
import { Field } from '../Field.tsx';
import { SelectField } from '../SelectField.tsx';
import { useSubmit } from '../useSubmit.ts';
import { addChannel } from './remindersApi.ts';
import { FORMAT_LABELS } from './remindersText.ts';

/** Adds a team channel: a name, the webhook's format and its URL. */
export function AddChannelForm({ onAdded }: { onAdded(): void }) {
  const [name, setName] = useState('');
  const [format, setFormat] = useState<ChannelFormat>('slack');
  const [url, setUrl] = useState('');
  const [invalid, setInvalid] = useState<string | undefined>();
  const errorId = useId();
  const { error, busy, submit } = useSubmit(async () => {
    const parsed = ChannelInputSchema.safeParse({ name, format, url });
    if (!parsed.success) return setInvalid(parsed.error.issues[0]?.message);
    setInvalid(undefined);
    await addChannel(parsed.data);
    setName('');
    setUrl('');
    onAdded();
  });
  const message = invalid ?? error ?? undefined;

  return (
    <form className="invite-form" onSubmit={submit} noValidate aria-label="Add a channel">
      <div className="invite-form__fields">
        <div>
          <Field label="Channel name" value={name} onChange={setName} autoComplete="off" />
        </div>
        <div>
          <SelectField<ChannelFormat>
            label="Format"
            value={format}
            options={CHANNEL_FORMATS}
            optionLabel={(f) => FORMAT_LABELS[f]}
            onChange={setFormat}
          />
        </div>
        <div>
          <Field
            label="Webhook URL"
            value={url}
            onChange={setUrl}
            autoComplete="off"
            placeholder="https://hooks.slack.com/services/…"
            aria-invalid={message !== undefined}
            aria-describedby={message ? errorId : undefined}
          />
        </div>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Adding…' : 'Add channel'}
        </button>
      </div>
      <FieldError id={errorId} message={message} />
      <p className="people-page__hint">
        Channels get the reminders of every action and a weekly digest of what is overdue. The URL
        is kept secret: only its host is shown here.
      </p>
    </form>
  );
}
