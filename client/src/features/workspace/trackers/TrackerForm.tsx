import {
  TRACKER_DEFAULT_URLS,
  TRACKER_LABELS,
  type TrackerConnectionView,
  type TrackerKind,
} from '@hindsight/shared';
import { useState } from 'react';
import { Field } from '../Field.tsx';
import { FormFailure } from '../FormFailure.tsx';
import { useSubmit } from '../useSubmit.ts';
import { saveConnection } from './trackersApi.ts';
import { TrackerTest } from './TrackerTest.tsx';

interface Props {
  readonly kind: TrackerKind;
  readonly stored: TrackerConnectionView | null;
  onSaved(): void;
}

const TOKEN_LABELS: Record<TrackerKind, string> = {
  github: 'Token',
  jira: 'API token',
  linear: 'API key',
};

/** One tracker's connection: its API's URL, its token and its webhook secret. */
export function TrackerForm({ kind, stored, onSaved }: Props) {
  const label = TRACKER_LABELS[kind];
  const [baseUrl, setBaseUrl] = useState(stored?.baseUrl ?? '');
  const [email, setEmail] = useState(stored?.email ?? '');
  const [token, setToken] = useState('');
  const [secret, setSecret] = useState('');
  const [saved, setSaved] = useState(false);
  const { error, busy, submit } = useSubmit(async () => {
    setSaved(false);
    await saveConnection(kind, {
      ...(baseUrl.trim() ? { baseUrl: baseUrl.trim() } : {}),
      ...(kind === 'jira' && email.trim() ? { email: email.trim() } : {}),
      ...(token ? { token } : {}),
      ...(secret ? { webhookSecret: secret } : {}),
    });
    setToken('');
    setSecret('');
    setSaved(true);
    onSaved();
  });
  const webhookUrl = `${window.location.origin}/api/trackers/${kind}/webhook`;
  const headingId = `tracker-${kind}-title`;
  return (
    <section aria-labelledby={headingId} className="people-page__section">
      <h2 id={headingId}>{label}</h2>
      <p className="people-page__hint" data-testid={`tracker-${kind}-state`}>
        {stored
          ? `Connected. Token ${stored.hasToken ? 'set' : 'missing'}; webhook secret ${stored.hasWebhookSecret ? 'set' : 'missing'}.`
          : 'Not connected.'}{' '}
        Webhook URL: <code>{webhookUrl}</code>
      </p>
      <form className="tracker-form" onSubmit={submit} noValidate aria-label={`Connect ${label}`}>
        <Field
          label={`${label} API URL`}
          value={baseUrl}
          onChange={setBaseUrl}
          placeholder={TRACKER_DEFAULT_URLS[kind] ?? 'https://your-domain.atlassian.net'}
          autoComplete="off"
        />
        {kind === 'jira' && (
          <Field
            label="Jira account email"
            type="email"
            value={email}
            onChange={setEmail}
            autoComplete="off"
          />
        )}
        <Field
          label={`${label} ${TOKEN_LABELS[kind]}`}
          type="password"
          value={token}
          onChange={setToken}
          autoComplete="off"
          hint={stored?.hasToken ? 'Leave empty to keep the one saved.' : undefined}
        />
        <Field
          label={`${label} webhook secret`}
          type="password"
          value={secret}
          onChange={setSecret}
          autoComplete="off"
          hint="At least 32 characters; the same as in the tracker's webhook."
        />
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Saving…' : `Save ${label}`}
        </button>
        <FormFailure message={error} />
        {saved && <p role="status">Saved.</p>}
      </form>
      {stored?.hasToken && <TrackerTest kind={kind} />}
    </section>
  );
}
