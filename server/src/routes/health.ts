/**
 * Health for a load balancer or an orchestrator:
 * - `GET /healthz` (liveness): the process answers. It does not depend on the store, so
 *   a database outage or a full disk does not get every process restarted.
 * - `GET /readyz` (readiness): the store takes a write within READY_TIMEOUT_MS, DATA_DIR
 *   has its minimum free space, and the boards' leases (cluster/leases.ts) can be read and
 *   were renewed within a lease's time; send the process traffic only while this is 200.
 *   A 503 names the reason: `low-disk` (free space under MIN_FREE_DISK_MB), `store` (the
 *   store did not answer, or its last write failed) or `coordination` (the leases did not
 *   answer: this process cannot take boards, nor keep them) or `redis` (REDIS_URL is set
 *   and Redis does not answer: the limits are counted per process and owner notices do
 *   not arrive until it is back; boards are still served). Once shutdown begins
 *   (SIGTERM, the drain), Fastify answers every new request, this one included, with 503
 *   while rooms are stored and their leases released.
 */
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import type { StorageProblem } from '../storage/writeHealth.ts';

type Problem = StorageProblem | 'coordination' | 'redis';

/** Longest a readiness probe waits for the store, ms: a hung database is "not ready". */
export const READY_TIMEOUT_MS = 2000;

/** What the 503 says, for whoever reads the probe's answer. */
const DETAIL: Record<Problem, string> = {
  'low-disk': 'free space in DATA_DIR is below MIN_FREE_DISK_MB; edits and new boards are refused',
  store: 'the store cannot write; edits and new boards are refused',
  coordination: "the boards' leases cannot be read or renewed; boards cannot be served here",
  redis: 'Redis does not answer; sign-in and route limits are counted per process until it is back',
};

/** Whether the leases answer now and were renewed within a lease's time. */
async function coordinated(app: FastifyInstance): Promise<boolean> {
  if (!app.ownedBoards.coordinated) return false;
  try {
    await withTimeout(app.ownedBoards.ping(), READY_TIMEOUT_MS);
    return true;
  } catch {
    return false;
  }
}

/** Whether the Redis the processes share answers now; true when there is none. */
async function redisAnswers(app: FastifyInstance): Promise<boolean> {
  const { redis } = app.shared;
  if (!redis) return true;
  try {
    await withTimeout(redis.ping(), READY_TIMEOUT_MS);
    return true;
  } catch {
    return false;
  }
}

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
    let problem: Problem | null;
    try {
      problem = await withTimeout(app.storageHealth.check(), READY_TIMEOUT_MS);
    } catch {
      // A hung store is not an episode of the storage health (no write failed): said here.
      app.log.error('readiness check failed: the store did not answer');
      problem = 'store';
    }
    if (problem === null && !(await coordinated(app))) {
      app.log.error("readiness check failed: the boards' leases did not answer");
      problem = 'coordination';
    }
    if (problem === null && !(await redisAnswers(app))) {
      app.log.error('readiness check failed: Redis did not answer');
      problem = 'redis';
    }
    if (problem === null) return { status: 'ready', rooms: app.rooms.size };
    return reply
      .code(503)
      .send({ status: 'unavailable', reason: problem, detail: DETAIL[problem] });
  });
};

export default healthRoutes;
