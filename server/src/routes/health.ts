/**
 * Health for a load balancer or an orchestrator:
 * - `GET /healthz` (liveness): the process answers. It does not depend on the store, so
 *   a database outage or a full disk does not get every process restarted.
 * - `GET /readyz` (readiness): the store takes a write within READY_TIMEOUT_MS and DATA_DIR
 *   has its minimum free space; send the process traffic only while this is 200. A 503
 *   names the reason: `low-disk` (free space under MIN_FREE_DISK_MB) or `store` (the
 *   store did not answer, or its last write failed). Once shutdown begins (SIGTERM),
 *   Fastify answers every new request, this one included, with 503 while rooms are stored.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { StorageProblem } from '../storage/writeHealth.ts';

/** Longest a readiness probe waits for the store, ms: a hung database is "not ready". */
export const READY_TIMEOUT_MS = 2000;

/** What the 503 says, for whoever reads the probe's answer. */
const DETAIL: Record<StorageProblem, string> = {
  'low-disk': 'free space in DATA_DIR is below MIN_FREE_DISK_MB; edits and new boards are refused',
  store: 'the store cannot write; edits and new boards are refused',
};

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
    let problem: StorageProblem | null;
    try {
      problem = await withTimeout(app.storageHealth.check(), READY_TIMEOUT_MS);
    } catch {
      // A hung store is not an episode of the storage health (no write failed): said here.
      app.log.error('readiness check failed: the store did not answer');
      problem = 'store';
    }
    if (problem === null) return { status: 'ready', rooms: app.rooms.size };
    return reply
      .code(503)
      .send({ status: 'unavailable', reason: problem, detail: DETAIL[problem] });
  });
};

export default healthRoutes;
