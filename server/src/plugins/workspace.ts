/**
 * The workspace: its store (people, sessions, invitations, API tokens) and the services
 * routes use. The store is closed on shutdown.
 */
import fp from 'fastify-plugin';
import { openWorkspaceStore } from '../storage/openWorkspaceStore.ts';
import type { WorkspaceStore } from '../storage/workspaceStore.ts';
import '../http/authorize.ts';
import { apiTokens, type ApiTokens } from '../workspace/apiTokens.ts';

export interface Workspace {
  readonly store: WorkspaceStore;
  readonly tokens: ApiTokens;
}

declare module 'fastify' {
  interface FastifyInstance {
    workspace: Workspace;
  }
}

export interface WorkspacePluginOptions {
  readonly dataDir: string;
  readonly databaseUrl?: string | undefined;
}

export default fp<WorkspacePluginOptions>(
  async (app, location) => {
    const store = await openWorkspaceStore(location);
    app.decorate('workspace', { store, tokens: apiTokens(store) });
    app.decorateRequest('principal', null as never);
    app.addHook('onClose', async () => store.close());
  },
  { name: 'workspace' },
);
