/**
 * Resident rooms. Each room is brought to the current layout of its doc kind when it
 * loads (shared doc/migrations.ts), from the version the store recorded beside it. On
 * shutdown every peer is told the server is restarting (1012) and every room is stored
 * before the store closes.
 */
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import {
  migrateDoc,
  parseRoom,
  pendingMigrations,
  roomName,
  storedLayoutVersion,
  type MigrationContext,
} from '@hindsight/shared';
import { OwnedBoards } from '../cluster/ownedBoards.ts';
import { ConnectionRegistry } from '../sync/connections.ts';
import type { SyncLimits } from '../sync/limits.ts';
import { RoomManager } from '../sync/roomManager.ts';
import { WritesWaiting } from '../sync/writesWaiting.ts';

declare module 'fastify' {
  interface FastifyInstance {
    rooms: RoomManager;
    /** The boards this process holds the leases of (cluster/ownedBoards.ts). */
    ownedBoards: OwnedBoards;
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
  /** How long a board's lease lasts unrenewed, and how often it is renewed, ms. */
  readonly leaseTtlMs?: number;
  readonly leaseRenewMs?: number;
}

/** The address this process listens on, for other processes on the same machine. */
function listenAddress(app: FastifyInstance): string {
  const address = app.server.address();
  if (typeof address !== 'object' || address === null) return '';
  const wildcard = address.address === '0.0.0.0' || address.address === '::';
  const host = wildcard ? '127.0.0.1' : address.address;
  return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
}

export default fp<
  RoomsPluginOptions & { readonly limits?: SyncLimits; readonly internalUrl?: string | undefined }
>(
  async (
    app,
    {
      idleMs = 30_000,
      compactAfter = 500,
      maxRooms = 5000,
      limits,
      internalUrl,
      leaseTtlMs,
      leaseRenewMs,
    },
  ) => {
    const ownership = new OwnedBoards({
      leases: app.store.leases,
      notices: app.shared.notices,
      log: app.log.child({ component: 'leases' }),
      address: internalUrl,
      ttlMs: leaseTtlMs,
      renewEveryMs: leaseRenewMs,
    });
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
      ownership,
    });
    waiting.start();
    ownership.start();
    rooms.addHooks({
      afterLoad: async (room) => {
        const ref = parseRoom(room.name);
        // A visitor stores nothing: the board's owner migrates its docs.
        if (!ref || room.isVisitor) return;
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
    app.decorate('ownedBoards', ownership);
    app.addHook('onListen', async () => ownership.listening(listenAddress(app)));
    app.decorate('connections', new ConnectionRegistry());
    app.addHook('preClose', async () => {
      waiting.stop();
      // Every room is stored and its board's lease released, for the next owner.
      await rooms.closeAll();
      ownership.stop();
    });
  },
  { name: 'rooms', dependencies: ['store', 'shared'] },
);
