/**
 * Resident rooms. On shutdown every peer is told the server is restarting (1012) and
 * every room is stored before the store closes.
 */
import fp from 'fastify-plugin';
import { migrateDoc, parseRoom } from '@hindsight/shared';
import { RoomManager } from '../sync/roomManager.ts';

declare module 'fastify' {
  interface FastifyInstance {
    rooms: RoomManager;
  }
}

export interface RoomsPluginOptions {
  /** How long an unused room stays in memory, ms. */
  readonly idleMs?: number;
  /** Log rows after which a room is compacted into a snapshot. */
  readonly compactAfter?: number;
}

export default fp<RoomsPluginOptions>(
  async (app, { idleMs = 30_000, compactAfter = 500 }) => {
    const rooms = new RoomManager({
      store: app.store,
      log: app.log.child({ component: 'rooms' }),
      idleMs,
      compactAfter,
    });
    rooms.addHooks({
      afterLoad: (room) => {
        if (parseRoom(room.name)?.kind !== 'board') return;
        const steps = migrateDoc(room.doc);
        if (steps.length > 0) app.log.info({ room: room.name, steps }, 'migrated board doc');
      },
    });
    app.decorate('rooms', rooms);
    app.addHook('preClose', async () => rooms.closeAll());
  },
  { name: 'rooms', dependencies: ['store'] },
);
