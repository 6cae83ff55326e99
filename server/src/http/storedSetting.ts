import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';

/**
 * A workspace setting stored under `key` (`workspace_settings`), or `fallback` when none
 * is stored or the stored value no longer passes `schema`.
 */
export async function storedSetting<T>(
  app: FastifyInstance,
  key: string,
  schema: z.ZodType<T>,
  fallback: T,
): Promise<T> {
  const stored = schema.safeParse(await app.store.readSetting(key));
  return stored.success ? stored.data : fallback;
}
