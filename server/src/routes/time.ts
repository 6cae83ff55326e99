/**
 * The server's clock, for clients to measure their offset from it: every browser shows
 * the same countdown because they all count on this clock (shared/session/clock.ts).
 */
import type { FastifyPluginAsync } from 'fastify';

const timeRoutes: FastifyPluginAsync = async (app) => {
  app.get('/api/time', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    return { now: Date.now() };
  });
};

export default timeRoutes;
