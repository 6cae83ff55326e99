/**
 * The ledger over REST, with the signed-in session's cookie: a page of actions for a
 * view (`GET /api/actions`) or all of them, an action's history
 * (`GET /api/actions/:id/history`), a status change (`PATCH /api/actions/:id`), and the
 * on-time rate (`GET /api/actions/stats`), and the postmortems to narrow the view to
 * (`GET /api/postmortems?q=`).
 */
import {
  ACTION_PAGE_MAX,
  ActionHistoryResponseSchema,
  ActionStatsResponseSchema,
  LedgerActionSchema,
  PostmortemListResponseSchema,
  type ActionHistoryResponse,
  type ActionItemStatus,
  type ActionStatsResponse,
  type LedgerAction,
  type PostmortemListItem,
} from '@hindsight/shared';
import { z } from 'zod';
import { request } from '../../lib/http.ts';
import { withCsrf } from '../../lib/session.ts';
import { apiQuery, type LedgerView } from './ledgerView.ts';

/** Actions per page of the ledger; "Load more" adds the next. */
export const LEDGER_PAGE = 100;

const ListSchema = z.object({
  items: z.array(LedgerActionSchema),
  nextCursor: z.string().nullable(),
});

/** One page of the actions `view` selects; `cursor` is the page before's `nextCursor`. */
export function fetchActions(
  view: LedgerView,
  cursor: string | null,
  signal: AbortSignal,
  limit = LEDGER_PAGE,
): Promise<z.infer<typeof ListSchema>> {
  const query = apiQuery(view, Date.now(), cursor);
  return request(
    `/api/actions?${query}${query ? '&' : ''}limit=${limit}`,
    { cache: 'no-store', signal },
    ListSchema,
  );
}

/** Every action `view` selects, page after page (for the CSV and "select all"). */
export async function fetchAllActions(
  view: LedgerView,
  signal: AbortSignal,
): Promise<LedgerAction[]> {
  const all: LedgerAction[] = [];
  let cursor: string | null = null;
  do {
    const page = await fetchActions(view, cursor, signal, ACTION_PAGE_MAX);
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return all;
}

/** An action's changes, oldest first. */
export function fetchHistory(
  action: LedgerAction,
  signal: AbortSignal,
): Promise<ActionHistoryResponse> {
  return request(
    `/api/actions/${action.id}/history`,
    { cache: 'no-store', signal },
    ActionHistoryResponseSchema,
  );
}

export function changeStatus(
  action: LedgerAction,
  status: ActionItemStatus,
  reason: string,
): Promise<LedgerAction> {
  return patchAction(action, {
    status,
    expectedStatus: action.status,
    ...(reason.trim() ? { reason: reason.trim() } : {}),
  });
}

/** `PATCH /api/actions/:id` with the session's CSRF token; answers the changed action. */
function patchAction(action: LedgerAction, body: object): Promise<LedgerAction> {
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

/**
 * A new owner: a workspace person by id (the server sets their name), or a typed name,
 * which names nobody to remind; null takes the owner away.
 */
export type NewOwner = { readonly ownerPersonId: string } | { readonly owner: string | null };

export function changeOwner(action: LedgerAction, owner: NewOwner): Promise<LedgerAction> {
  return patchAction(action, owner);
}

/** Postmortems whose title or text match `q` (the library's search), the best first. */
export async function searchPostmortems(
  q: string,
  signal: AbortSignal,
): Promise<PostmortemListItem[]> {
  const query = new URLSearchParams({ limit: '8' });
  if (q.trim()) query.set('q', q.trim());
  const body = await request(
    `/api/postmortems?${query.toString()}`,
    { cache: 'no-store', signal },
    PostmortemListResponseSchema,
  );
  return body.items;
}

/** `GET /api/actions/stats`: the on-time rate per severity. */
export function fetchStats(signal: AbortSignal): Promise<ActionStatsResponse> {
  return request('/api/actions/stats', { cache: 'no-store', signal }, ActionStatsResponseSchema);
}
