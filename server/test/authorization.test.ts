/**
 * Every route's authorisation, as one table: a row per route, a column per kind of
 * caller. A route registered without a row fails the first test, so none can be added
 * without deciding who may call it. The rows are in authorization/, by area.
 */
import { describe, expect, it } from 'vitest';
import type { RouteKey } from '../src/app.ts';
import { testContext } from './helpers.ts';
import { ACCOUNT_ROUTES } from './authorization/accountRoutes.ts';
import { BOARD_ROUTES } from './authorization/boardRoutes.ts';
import { PUBLISHED_ROUTES } from './authorization/publishedRoutes.ts';
import { REMINDER_ROUTES } from './authorization/reminderRoutes.ts';
import { CALLERS, socketOutcome, world, type Caller, type Row } from './authorization/callers.ts';
import { TRACKER_ROUTES } from './authorization/trackerRoutes.ts';
import { WORKSPACE_ROUTES } from './authorization/workspaceRoutes.ts';

const t = testContext();

const TABLE: Record<RouteKey, Row> = {
  ...BOARD_ROUTES,
  ...WORKSPACE_ROUTES,
  ...ACCOUNT_ROUTES,
  ...PUBLISHED_ROUTES,
  ...TRACKER_ROUTES,
  ...REMINDER_ROUTES,
};

describe('route authorisation', () => {
  it('has a row for every route the app serves', async () => {
    const { app } = await t.server();
    expect([...app.routeKeys].sort()).toEqual(Object.keys(TABLE).sort());
  });

  it.each(Object.entries(TABLE))('%s', async (key, row) => {
    const w = await world(await t.server());
    const seen: Partial<Record<Caller, number>> = {};
    for (const caller of CALLERS) {
      const secret = w.secrets[caller];
      if (key === 'GET /sync/*') {
        seen[caller] = await socketOutcome(w, secret);
        continue;
      }
      const request = await row.request(w);
      const res = await w.server.app.inject({
        ...request,
        headers: {
          ...(request.headers as Record<string, string>),
          ...(secret ? { authorization: `Bearer ${secret}` } : {}),
          ...w.sessions[caller],
        },
      });
      seen[caller] = res.statusCode;
    }
    expect(seen).toEqual(row.expect);
  });
});
