/**
 * Resident rooms. Each room is brought to the current layout of its doc kind when it
 * loads (shared doc/migrations.ts), from the version the store recorded beside it. On
 * shutdown every peer is told the server is restarting (1012) and every room is stored
 * before the store closes.
 */
import fp from 'fastify-plugin';
import {
  migrateDoc,
  parseRoom,
  pendingMigrations,
  roomName,
  storedLayoutVersion,
  type MigrationContext,
} from '@hindsight/shared';
import { ConnectionRegistry } from '../sync/connections.ts';
import type { SyncLimits } from '../sync/limits.ts';
import { RoomManager } from '../sync/roomManager.ts';
import { WritesWaiting } from '../sync/writesWaiting.ts';

declare module 'fastify' {
  interface FastifyInstance {
    rooms: RoomManager;
    /** Open sync connections by board and role (for link rotation). */
    connections: ConnectionRegistry;
  }
}

export interface RoomsPluginOptions {
  /** How long an unused room stays in memory, ms. */
  readonly idleMs?: number;
  /** Log rows after which a room is compacted into a snapshot. */
  readonly compactAfter?: number;
  /** Rooms kept in memory at most; beyond it the least recently used idle ones unload. */
  readonly maxRooms?: number;
}

export default fp<RoomsPluginOptions & { readonly limits?: SyncLimits }>(
  async (app, { idleMs = 30_000, compactAfter = 500, maxRooms = 5000, limits }) => {
    // The facilitators are told while the server's own writes wait for the store.
    const waiting: WritesWaiting = new WritesWaiting(
      () => ({
        writable: app.storageHealth.writable,
        longestAppendMs: rooms.longestAppendMs(Date.now()),
      }),
      (now) => rooms.tellFacilitators(now),
    );
    const rooms = new RoomManager({
      store: app.store,
      log: app.log.child({ component: 'rooms' }),
      idleMs,
      compactAfter,
      maxRooms,
      canStore: () => app.storageHealth.writable,
      writesWaiting: () => waiting.now,
      limits,
    });
    waiting.start();
    rooms.addHooks({
      afterLoad: async (room) => {
        const ref = parseRoom(room.name);
        if (!ref) return;
        const from = storedLayoutVersion(ref.kind, room.schemaVersion, room.isEmpty);
        const migrate = (context: MigrationContext) => {
          const { version, steps } = migrateDoc(ref.kind, room.doc, from, context);
          room.schemaVersion = version;
          if (steps.length > 0)
            app.log.info({ room: room.name, steps }, `migrated ${ref.kind} doc`);
        };
        // Steps that move state out of the board doc read it; its own steps never need
        // another doc, so loading it here cannot wait on this room.
        const needsBoard =
          ref.kind !== 'board' && pendingMigrations(ref.kind, from).some((m) => m.needsBoard);
        if (!needsBoard) return migrate({});
        await rooms.withRooms([roomName(ref.boardId)], ([board]) => migrate({ board: board!.doc }));
      },
    });
    app.storageHealth.retriesWaiting = () => rooms.hasUnstored();
    app.decorate('rooms', rooms);
    app.decorate('connections', new ConnectionRegistry());
    app.addHook('preClose', async () => {
      waiting.stop();
      await rooms.closeAll();
    });
  },
  { name: 'rooms', dependencies: ['store'] },
);
