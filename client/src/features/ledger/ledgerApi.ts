/**
 * The ledger over REST, with the signed-in session's cookie: a page of actions for a
 * view (`GET /api/actions`) or all of them, an action's history
 * (`GET /api/actions/:id/history`), a status change (`PATCH /api/actions/:id`), and the
 * on-time rate (`GET /api/actions/stats`).
 */
import {
  ACTION_PAGE_MAX,
  ActionHistoryResponseSchema,
  ActionStatsResponseSchema,
  LedgerActionSchema,
  type ActionHistoryResponse,
  type ActionItemStatus,
  type ActionStatsResponse,
  type LedgerAction,
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

/** `GET /api/actions/stats`: the on-time rate per severity. */
export function fetchStats(signal: AbortSignal): Promise<ActionStatsResponse> {
  return request('/api/actions/stats', { cache: 'no-store', signal }, ActionStatsResponseSchema);
}
