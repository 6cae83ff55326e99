/**
 * Health for a load balancer or an orchestrator:
 * - `GET /healthz` (liveness): the process answers. It does not depend on the store, so
 *   a database outage does not get every process restarted.
 * - `GET /readyz` (readiness): the store answers within READY_TIMEOUT_MS; send the process
 *   traffic only while this is 200. Once shutdown begins (SIGTERM), Fastify answers every
 *   new request, this one included, with 503 while the rooms are stored.
 */
import type { FastifyPluginAsync } from 'fastify';

/** Longest a readiness probe waits for the store, ms: a hung database is "not ready". */
export const READY_TIMEOUT_MS = 2000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

const healthRoutes: FastifyPluginAsync = async (app) => {
  app.get('/healthz', async () => ({ status: 'ok' }));

  app.get('/readyz', async (_request, reply) => {
    try {
      await withTimeout(app.store.getBoard('readyz'), READY_TIMEOUT_MS);
      return { status: 'ready', rooms: app.rooms.size };
    } catch (err) {
      app.log.error({ err }, 'readiness check failed: the store did not answer');
      return reply.code(503).send({ status: 'unavailable', reason: 'store' });
    }
  });
};

export default healthRoutes;
