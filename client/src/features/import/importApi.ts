/** `POST /api/postmortems/import`: a JSON export file's text, sent as it is. */
import { ImportResponseSchema, type ImportResponse } from '@hindsight/shared';
import { request } from '../../lib/http.ts';
import { withCsrf } from '../../lib/session.ts';

export function importPostmortem(text: string): Promise<ImportResponse> {
  return request(
    '/api/postmortems/import',
    withCsrf({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: text }),
    ImportResponseSchema,
  );
}
