import type { ChannelTestResponse, ReminderChannel } from '@hindsight/shared';
import { useState } from 'react';
import { ApiRequestError } from '../../../lib/http.ts';
import { FORMAT_LABELS } from './remindersText.ts';
import { removeChannel, testChannel } from './remindersApi.ts';

/** A team channel: its name, format and host, a test message and its removal. */
export function ChannelRow({
  channel,
  onChanged,
}: {
  channel: ReminderChannel;
  onChanged(): void;
}) {
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<string | null>(null);
  const run = async (action: () => Promise<string | null>) => {
    setBusy(true);
    setSaid(null);
    try {
      setSaid(await action());
    } catch (e) {
      setSaid(e instanceof ApiRequestError ? e.message : 'Something went wrong. Try again.');
    } finally {
      setBusy(false);
      onChanged();
    }
  };
  const tested = (r: ChannelTestResponse) =>
    r.outcome === 'sent'
      ? 'Test message sent.'
      : `The test message was not taken (${r.detail ?? 'no answer'})${r.outcome === 'retried' ? '; it will be tried again' : ''}.`;

  return (
    <li className="people-list__row">
      <div>
        <strong>{channel.name}</strong>{' '}
        <span className="people-page__hint">
          {FORMAT_LABELS[channel.format]} · {channel.host}
        </span>
        {said && (
          <p className="people-page__hint" role="status">
            {said}
          </p>
        )}
      </div>
      <div>
        <button
          type="button"
          className="button button--ghost button--small"
          disabled={busy}
          onClick={() => void run(async () => tested(await testChannel(channel.id)))}
          aria-label={`Send test to ${channel.name}`}
        >
          Send test
        </button>
        <button
          type="button"
          className="button button--ghost button--small"
          disabled={busy}
          onClick={() => void run(async () => (await removeChannel(channel.id), null))}
          aria-label={`Remove ${channel.name}`}
        >
          Remove
        </button>
      </div>
    </li>
  );
}
