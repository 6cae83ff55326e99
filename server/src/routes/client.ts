/**
 * Serves the built client, with a fallback to index.html for the app's own routes so a
 * board link opened directly (or reloaded) works.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyPluginAsync } from 'fastify';
import fastifyStatic from '@fastify/static';
import { sendError } from '../http/apiError.ts';

export interface ClientRoutesOptions {
  readonly staticDir: string;
}

const clientRoutes: FastifyPluginAsync<ClientRoutesOptions> = async (app, { staticDir }) => {
  const built = existsSync(join(staticDir, 'index.html'));
  if (!built) {
    app.log.warn({ staticDir }, 'the client is not built: run `pnpm build` to serve the app');
  } else {
    await app.register(fastifyStatic, {
      root: staticDir,
      wildcard: false,
      index: false,
      // Hashed assets can be cached for good; index.html must always be fresh.
      setHeaders: (res, path) => {
        res.header(
          'cache-control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }

  app.setNotFoundHandler((request, reply) => {
    const isPage =
      request.method === 'GET' &&
      !request.url.startsWith('/api/') &&
      !request.url.startsWith('/sync/') &&
      (request.headers.accept ?? '').includes('text/html');
    if (isPage && built) return reply.header('cache-control', 'no-cache').sendFile('index.html');
    return sendError(reply, 404, {
      error: 'not_found',
      message: `No route for ${request.method} ${request.url.split('?')[0]}`,
    });
  });
};

export default clientRoutes;
