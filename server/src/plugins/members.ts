/** The board members registry (sync/members.ts), one per server. */
import fp from 'fastify-plugin';
import { MemberRegistry } from '../sync/members.ts';

declare module 'fastify' {
  interface FastifyInstance {
    members: MemberRegistry;
  }
}

export interface MembersPluginOptions {
  /** Members per role and board at most. */
  readonly perRole?: number;
}

export default fp<MembersPluginOptions>(
  async (app, { perRole }) => {
    app.decorate('members', new MemberRegistry(app.store, perRole));
  },
  { name: 'members', dependencies: ['store'] },
);
