/** The document template page's REST calls (`GET`/`PUT /api/documents/settings`), with the session cookie. */
import { DocumentSettingsSchema, type DocumentSettings } from '@hindsight/shared';
import { request } from '../../../lib/http.ts';
import { withCsrf } from '../../../lib/session.ts';

export function fetchDocumentSettings(signal: AbortSignal): Promise<DocumentSettings> {
  return request('/api/documents/settings', { cache: 'no-store', signal }, DocumentSettingsSchema);
}

export function saveDocumentSettings(settings: DocumentSettings): Promise<DocumentSettings> {
  return request(
    '/api/documents/settings',
    withCsrf({
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(settings),
    }),
    DocumentSettingsSchema,
  );
}
