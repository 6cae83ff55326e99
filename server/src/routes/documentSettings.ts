/**
 * The workspace's document settings: `GET` and `PUT /api/documents/settings` (rule
 * `documents.settings`, admins) read and replace the template a postmortem's document
 * follows when its board chose none (shared entities/documentTemplate.ts).
 */
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import {
  DEFAULT_DOCUMENT_SETTINGS,
  DocumentSettingsSchema,
  type DocumentSettings,
} from '@hindsight/shared';
import { sendInvalid } from '../http/apiError.ts';
import { authorize } from '../http/authorize.ts';
import { changedBy } from '../http/changedBy.ts';
import { storedSetting } from '../http/storedSetting.ts';

/** The settings' key in `workspace_settings`. */
const KEY = 'documents';

/** The stored settings, or the defaults: a value no longer valid reads as the defaults. */
export function documentSettings(app: FastifyInstance): Promise<DocumentSettings> {
  return storedSetting(app, KEY, DocumentSettingsSchema, DEFAULT_DOCUMENT_SETTINGS);
}

const documentSettingsRoutes: FastifyPluginAsync = async (app) => {
  const rule = { preHandler: authorize(app, 'documents.settings') };
  app.get('/api/documents/settings', rule, async () => documentSettings(app));

  app.put('/api/documents/settings', rule, async (request, reply) => {
    const parsed = DocumentSettingsSchema.safeParse(request.body ?? {});
    if (!parsed.success) return sendInvalid(reply, parsed.error);
    await app.store.writeSetting(KEY, parsed.data, Date.now(), changedBy(request.principal));
    return parsed.data;
  });
};

export default documentSettingsRoutes;
