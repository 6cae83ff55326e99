/** Liveness and readiness in one: 200 when the store answers. */
import type { FastifyPluginAsync } from 'fastify';

const healthRoutes: FastifyPluginAsync = async (app) => {
  app.get('/healthz', async (_request, reply) => {
    try {
      await app.store.getBoard('healthcheck');
      return { status: 'ok', rooms: app.rooms.size };
    } catch (err) {
      app.log.error({ err }, 'health check failed');
      return reply.code(503).send({ status: 'unavailable' });
    }
  });
};

export default healthRoutes;
