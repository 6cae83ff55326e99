/**
 * A postmortem's closing from the ledger, with the session's cookie: where it stands and
 * whether the signed-in person may close it (`GET /api/boards/:id/closing`), and the close
 * (`POST /api/boards/:id/close`; the server decides who may, shared actions/closing.ts).
 */
import { ClosingResponseSchema, type ClosingResponse } from '@hindsight/shared';
import { request } from '../../lib/http.ts';
import { withCsrf } from '../../lib/session.ts';

const path = (boardId: string, what: 'closing' | 'close') =>
  `/api/boards/${encodeURIComponent(boardId)}/${what}`;

export function fetchClosing(boardId: string, signal: AbortSignal): Promise<ClosingResponse> {
  return request(path(boardId, 'closing'), { cache: 'no-store', signal }, ClosingResponseSchema);
}

export function closePostmortem(boardId: string): Promise<ClosingResponse> {
  return request(
    path(boardId, 'close'),
    withCsrf({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }),
    ClosingResponseSchema,
  );
}
