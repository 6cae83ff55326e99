/**
 * The workspace's action settings and figures: `GET /api/actions/settings` (rule
 * `actions.list`) answers the due-date policy and whether postmortems close by
 * themselves, `PUT /api/actions/settings` (rule `actions.settings`, admins) replaces them,
 * and `GET /api/actions/stats` (rule `actions.list`) answers the on-time rate per severity
 * from the ledger's rows (shared actions/onTime.ts).
 */
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import {
  ActionSettingsSchema,
  DEFAULT_ACTION_SETTINGS,
  onTimeRates,
  type ActionSettings,
  type ActionStatsResponse,
} from '@hindsight/shared';
import { sendInvalid } from '../http/apiError.ts';
import { authorize } from '../http/authorize.ts';
import { changedBy } from '../http/changedBy.ts';
import { storedSetting } from '../http/storedSetting.ts';
import { utcToday } from '../ledger/ledgerStore.ts';

/** The settings' key in `workspace_settings`. */
const KEY = 'actions';

/** The stored settings, or the defaults: a value no longer valid reads as the defaults. */
export function actionSettings(app: FastifyInstance): Promise<ActionSettings> {
  return storedSetting(app, KEY, ActionSettingsSchema, DEFAULT_ACTION_SETTINGS);
}

const actionSettingsRoutes: FastifyPluginAsync = async (app) => {
  app.get('/api/actions/settings', { preHandler: authorize(app, 'actions.list') }, async () =>
    actionSettings(app),
  );

  app.put(
    '/api/actions/settings',
    { preHandler: authorize(app, 'actions.settings') },
    async (request, reply) => {
      const parsed = ActionSettingsSchema.safeParse(request.body ?? {});
      if (!parsed.success) return sendInvalid(reply, parsed.error);
      await app.store.writeSetting(KEY, parsed.data, Date.now(), changedBy(request.principal));
      return parsed.data;
    },
  );

  app.get('/api/actions/stats', { preHandler: authorize(app, 'actions.list') }, async () => {
    const today = utcToday();
    const body: ActionStatsResponse = {
      today,
      rates: onTimeRates(await app.store.actionFacts(), today),
    };
    return body;
  });
};

export default actionSettingsRoutes;
