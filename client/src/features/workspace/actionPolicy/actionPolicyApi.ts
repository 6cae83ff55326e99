/** The action policy page's REST calls (`GET`/`PUT /api/actions/settings`), with the session cookie. */
import { ActionSettingsSchema, type ActionSettings } from '@hindsight/shared';
import { request } from '../../../lib/http.ts';
import { withCsrf } from '../../../lib/session.ts';

export function fetchActionSettings(signal: AbortSignal): Promise<ActionSettings> {
  return request('/api/actions/settings', { cache: 'no-store', signal }, ActionSettingsSchema);
}

export function saveActionSettings(settings: ActionSettings): Promise<ActionSettings> {
  return request(
    '/api/actions/settings',
    withCsrf({
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(settings),
    }),
    ActionSettingsSchema,
  );
}
