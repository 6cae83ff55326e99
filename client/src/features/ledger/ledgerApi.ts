/**
 * The ledger over REST, with the signed-in session's cookie: one page of actions for a
 * view (`GET /api/actions`), and a status change (`PATCH /api/actions/:id`).
 */
import { LedgerActionSchema, type ActionItemStatus, type LedgerAction } from '@hindsight/shared';
import { z } from 'zod';
import { request } from '../../lib/http.ts';
import { withCsrf } from '../../lib/session.ts';
import { apiQuery, type LedgerView } from './ledgerView.ts';

/** The most actions the page shows at once; the CSV holds the same. */
export const LEDGER_PAGE = 200;

const ListSchema = z.object({
  items: z.array(LedgerActionSchema),
  nextCursor: z.string().nullable(),
});

export function fetchActions(
  view: LedgerView,
  signal: AbortSignal,
): Promise<z.infer<typeof ListSchema>> {
  const query = apiQuery(view, Date.now(), null);
  return request(
    `/api/actions?${query}${query ? '&' : ''}limit=${LEDGER_PAGE}`,
    { cache: 'no-store', signal },
    ListSchema,
  );
}

export function changeStatus(
  action: LedgerAction,
  status: ActionItemStatus,
  reason: string,
): Promise<LedgerAction> {
  const body = {
    status,
    expectedStatus: action.status,
    ...(reason.trim() ? { reason: reason.trim() } : {}),
  };
  return request(
    `/api/actions/${action.id}`,
    withCsrf({
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
    LedgerActionSchema,
  );
}
