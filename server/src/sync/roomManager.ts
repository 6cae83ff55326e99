/**
 * Keeps rooms resident while someone uses them: loads a room once however many peers ask
 * at the same time, and unloads it (stored and compacted) after it has been idle.
 */
import type { FastifyBaseLogger } from 'fastify';
import { CloseCode, parseRoom } from '@hindsight/shared';
import { BoardElsewhereError } from '../cluster/forwardRequest.ts';
import type { OwnedBoards } from '../cluster/ownedBoards.ts';
import type { Store } from '../storage/store.ts';
import type { SyncLimits } from './limits.ts';
import type { Peer } from './peer.ts';
import { Room, type RoomLease, type RoomOptions } from './room.ts';
import { BoardSizes } from './sizeLimits.ts';
import { stateEncoderPool } from './stateEncoder.ts';

/** A room could not be loaded (store, stored content or migration); nothing was served. */
export class RoomLoadError extends Error {
  /** What a REST route that needed the room answers (the error handler reads it). */
  readonly statusCode = 503;

  constructor(
    readonly room: string,
    options: { cause: unknown },
  ) {
    super(`room ${room} could not be loaded`, options);
    this.name = 'RoomLoadError';
  }
}

/**
 * A room was asked for while the server shuts down: the work that wanted it is not done
 * now, and is redone when its board is next opened.
 */
export class ShuttingDownError extends Error {
  constructor() {
    super('the server is shutting down');
    this.name = 'ShuttingDownError';
  }
}

export interface RoomManagerOptions {
  readonly store: Store;
  readonly log: FastifyBaseLogger;
  /** How long a room with no peers stays in memory, ms. */
  readonly idleMs: number;
  /** Log rows after which a room is compacted. */
  readonly compactAfter: number;
  /** False while the store cannot take writes; rooms then refuse peers' changes. */
  readonly canStore?: () => boolean;
  /** True while the server's own writes wait for the store (see RoomOptions). */
  readonly writesWaiting?: () => boolean;
  /** Resident rooms at most; past it, idle rooms unload least recently used first. */
  readonly maxRooms: number;
  /** The sync endpoint's limits, for every room. */
  readonly limits?: SyncLimits;
  /**
   * The boards this process owns: a room loads under its board's lease, or as a visitor
   * when another process holds it. Rooms have no leases when absent.
   */
  readonly ownership?: OwnedBoards;
}

/** The board a room belongs to, or null for a name that is no board's room. */
const boardOf = (name: string): string | null => parseRoom(name)?.boardId ?? null;

/**
 * Extension points for features that react to rooms (hocuspocus-style hooks). A hook
 * that throws after a peer's change is logged and does not touch the peer's connection.
 */
export interface RoomHooks {
  /**
   * After a room's stored state is loaded, before anyone is sent a byte. Writes are
   * stored. Hooks run one after the other; a rejection fails the load.
   */
  afterLoad?(room: Room): void | Promise<void>;
  /** After a peer's update was applied to a room (the server's own writes do not count). */
  afterPeerUpdate?(room: Room): void;
  /** After a peer's presence states (awareness JSON) were accepted. */
  afterPresence?(room: Room, peer: Peer, states: readonly string[]): void;
  /** Before a room unloads (idle, evicted or shutdown), while its doc is still whole. */
  beforeUnload?(room: Room): void | Promise<void>;
}

/** Resolves in a later turn of the event loop, after the I/O waiting now. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class RoomManager {
  private readonly rooms = new Map<string, Promise<Room>>();
  /** The rooms of {@link rooms} that have loaded. */
  private readonly loaded = new Map<string, Room>();
  /** Holders per room: peers connected or connecting. A room with holders stays. */
  private readonly holds = new Map<string, number>();
  private readonly unloading = new Map<string, Promise<void>>();
  /**
   * Rooms unloading that are not stored and closed yet: their board's lease is kept for
   * their last writes (a room leaves {@link rooms} as its unload starts).
   */
  private readonly storing = new Set<string>();
  /** Writes of a board's owner that its lease is kept for (see {@link keepLeaseFor}). */
  private readonly leaseWrites = new Map<string, Set<Promise<unknown>>>();
  /** Lease releases waiting for those writes; shutdown waits for them. */
  private readonly releasing = new Set<Promise<void>>();
  private readonly idleTimers = new Map<string, NodeJS.Timeout>();
  private readonly hooks: RoomHooks[] = [];
  private closing = false;
  /** Every doc's size by board, for the board size limit. */
  readonly sizes = new BoardSizes();
  /** Encodes large docs' whole states in a worker thread, for every room. */
  private readonly encoder = stateEncoderPool();

  /** One options object for every room: a room holds no closures of its own. */
  private readonly roomOptions: RoomOptions;

  constructor(private readonly options: RoomManagerOptions) {
    const { store, log, compactAfter, canStore, limits, writesWaiting } = options;
    const hooks = this.hooks;
    this.roomOptions = {
      store,
      log,
      compactAfter,
      encodeState: this.encoder.encode,
      canStore,
      writesWaiting,
      limits,
      sizes: this.sizes,
      afterLoad: async (room) => {
        for (const h of hooks) await h.afterLoad?.(room);
      },
      afterPeerUpdate: (room) => {
        for (const h of hooks) this.guard(room, 'afterPeerUpdate', () => h.afterPeerUpdate?.(room));
      },
      afterPresence: (room, peer, states) => {
        for (const h of hooks) {
          this.guard(room, 'afterPresence', () => h.afterPresence?.(room, peer, states));
        }
      },
      onTakenOver: (room) => {
        const boardId = boardOf(room.name);
        if (boardId !== null) this.abandonBoard(boardId);
      },
    };
    if (options.ownership) options.ownership.onLost = (boardId) => this.abandonBoard(boardId);
  }

  /** Loads a room under its board's lease (see {@link RoomManagerOptions.ownership}). */
  private async load(name: string): Promise<Room> {
    const { ownership } = this.options;
    const boardId = boardOf(name);
    let lease: RoomLease = null;
    if (ownership && boardId !== null) {
      const fence = await ownership.hold(boardId);
      lease = fence ? { fence } : { visitor: true };
    }
    return Room.load(name, this.roomOptions, lease);
  }

  /**
   * Another process took the board over: its rooms here stop serving at once, storing
   * nothing (the store would refuse it), and their peers reconnect to the new owner.
   */
  private abandonBoard(boardId: string): void {
    this.options.ownership?.forget(boardId);
    for (const [name, room] of [...this.loaded]) {
      if (boardOf(name) !== boardId) continue;
      this.loaded.delete(name);
      this.rooms.delete(name);
      clearTimeout(this.idleTimers.get(name));
      this.idleTimers.delete(name);
      room.abandon();
    }
  }

  /** Whether a room of the board is resident, loading, or unloading and not yet stored. */
  private boardInUse(boardId: string): boolean {
    for (const name of [...this.rooms.keys(), ...this.storing])
      if (boardOf(name) === boardId) return true;
    return false;
  }

  /**
   * Keeps the board's lease, once its rooms have unloaded, until `write` settles: a write
   * the owner makes as a room goes (the history's last version) is stored under the lease,
   * never refused because the next process took the board meanwhile.
   */
  keepLeaseFor(boardId: string, write: Promise<unknown>): void {
    let writes = this.leaseWrites.get(boardId);
    if (!writes) this.leaseWrites.set(boardId, (writes = new Set()));
    const kept = write.catch(() => undefined);
    writes.add(kept);
    void kept.then(() => {
      writes.delete(kept);
      if (writes.size === 0 && this.leaseWrites.get(boardId) === writes)
        this.leaseWrites.delete(boardId);
    });
  }

  /**
   * Releases the board's lease once none of its rooms is resident, loading or being stored,
   * and the writes kept for it have settled. Not part of a room's unload: a kept write may
   * itself wait for the board's room, which then loads again under the same lease.
   */
  private releaseBoard(name: string): void {
    const boardId = boardOf(name);
    const { ownership } = this.options;
    if (!ownership || boardId === null || this.boardInUse(boardId)) return;
    const release = (async () => {
      const writes = this.leaseWrites.get(boardId);
      if (writes) await Promise.all(writes);
      if (!this.boardInUse(boardId)) await ownership.release(boardId);
    })();
    this.releasing.add(release);
    void release.finally(() => this.releasing.delete(release));
  }

  /**
   * Runs a hook that follows a peer's change. The change is applied (and relayed) by then,
   * and the peer did nothing wrong: a hook that throws is the server's bug, so it is
   * logged, the other hooks still run, and the peer's connection stays open.
   */
  private guard(room: Room, hook: keyof RoomHooks, run: () => void): void {
    try {
      run();
    } catch (err) {
      this.options.log.error({ err, room: room.name, hook }, 'a room hook failed');
    }
  }

  /** Registers hooks; every room runs them from now on (afterLoad: rooms loaded from now on). */
  addHooks(hooks: RoomHooks): void {
    this.hooks.push(hooks);
  }

  /** Names of the rooms in memory. */
  residentNames(): string[] {
    return [...this.rooms.keys()];
  }

  /** True while some room holds updates it has not stored (a failed append waits for a retry). */
  hasUnstored(): boolean {
    for (const room of this.loaded.values()) if (room.hasUnstored) return true;
    return false;
  }

  /** The longest time an append of a loaded room has been running at `now`, ms. */
  longestAppendMs(now: number): number {
    let longest = 0;
    for (const room of this.loaded.values()) longest = Math.max(longest, room.appendingFor(now));
    return longest;
  }

  /** Tells the facilitators of every loaded board whether the server's writes wait. */
  tellFacilitators(waiting: boolean): void {
    for (const room of this.loaded.values()) room.tellFacilitators(waiting);
  }

  /**
   * The room of that name if it is loaded, now: for rules that must read another doc in
   * the same turn as the change that triggers them (nothing can change in between).
   */
  resident(name: string): Room | undefined {
    return this.loaded.get(name);
  }

  /** Resident room names, for health and tests. */
  get size(): number {
    return this.rooms.size;
  }

  /** Takes a hold on a room and loads it if needed. Pair every call with {@link release}. */
  async acquire(name: string): Promise<Room> {
    if (this.closing) throw new ShuttingDownError();
    this.holds.set(name, (this.holds.get(name) ?? 0) + 1);
    clearTimeout(this.idleTimers.get(name));
    this.idleTimers.delete(name);
    try {
      await this.unloading.get(name);
      let room = this.rooms.get(name);
      if (!room) {
        room = this.load(name).catch((cause: unknown) => {
          throw new RoomLoadError(name, { cause });
        });
        this.rooms.set(name, room);
        room.then(
          (loaded) => this.loaded.set(name, loaded),
          () => {
            this.rooms.delete(name);
            this.releaseBoard(name);
          },
        );
        this.evictIdle();
      }
      return await room;
    } catch (err) {
      this.release(name);
      throw err;
    }
  }

  /**
   * Holds the named rooms (loading them as needed) while `fn` runs, then releases them:
   * for server-side readers and writers such as the export and the brainstorm mirror.
   * A board another process owns is refused ({@link BoardElsewhereError}): its docs are
   * read and written at its owner (a REST request is answered there, cluster/forwardRequest.ts).
   */
  async withRooms<T>(names: readonly string[], fn: (rooms: Room[]) => T | Promise<T>): Promise<T> {
    const held: string[] = [];
    try {
      const rooms: Room[] = [];
      for (const name of names) {
        const room = await this.acquire(name);
        held.push(name);
        if (room.isVisitor) throw new BoardElsewhereError(boardOf(name) ?? name);
        rooms.push(room);
      }
      return await fn(rooms);
    } finally {
      for (const name of held) this.release(name);
    }
  }

  /** Drops a hold; the last one starts the idle countdown. */
  release(name: string): void {
    const left = (this.holds.get(name) ?? 1) - 1;
    if (left > 0) {
      this.holds.set(name, left);
      return;
    }
    this.holds.delete(name);
    if (!this.rooms.has(name)) return;
    // A visitor is not kept: once the owner is gone, this process should take the board.
    this.armIdle(name, this.loaded.get(name)?.isVisitor ? 0 : this.options.idleMs);
  }

  private armIdle(name: string, ms = this.options.idleMs): void {
    const timer = setTimeout(() => void this.unload(name), ms);
    timer.unref();
    this.idleTimers.set(name, timer);
  }

  /**
   * Unloads idle rooms (no holders), oldest release first, while over the cap. Rooms in
   * use are never evicted, so the cap can be exceeded by rooms people are in.
   */
  private evictIdle(): void {
    // Map order is insertion order: idle timers are added at release, so oldest first.
    for (const name of this.idleTimers.keys()) {
      if (this.rooms.size <= this.options.maxRooms) return;
      clearTimeout(this.idleTimers.get(name));
      void this.unload(name);
    }
  }

  private async unload(name: string): Promise<void> {
    this.idleTimers.delete(name);
    const loading = this.rooms.get(name);
    if (!loading || this.holds.has(name)) return;
    this.rooms.delete(name);
    this.storing.add(name);
    const done = loading
      .then(async (room) => {
        // A room holding updates the store refused stays, retrying, until they are stored:
        // unloading would drop what its peers were shown. Shutdown stores what it can.
        if (!this.closing) {
          await room.flush();
          if (room.hasUnstored) {
            this.rooms.set(name, loading);
            this.storing.delete(name);
            if (!this.holds.has(name)) this.armIdle(name);
            return;
          }
        }
        const waits = this.hooks.map((hooks) =>
          Promise.resolve()
            .then(() => hooks.beforeUnload?.(room))
            .catch((err: unknown) =>
              this.options.log.error({ err, room: name }, 'a hook failed before unload'),
            ),
        );
        await Promise.all(waits);
        // A turn of its own for the close, which compacts: the hooks may have encoded the
        // doc too (a version), and two whole-doc encodes in one turn hold the server twice
        // as long.
        await nextTurn();
        this.loaded.delete(name);
        await room.close(CloseCode.Restarting, 'room unloaded');
        // The last room of its board to be stored releases the lease.
        this.storing.delete(name);
        this.releaseBoard(name);
      })
      .catch((err: unknown) =>
        this.options.log.error({ err, room: name }, 'could not unload the room'),
      )
      .finally(() => {
        this.storing.delete(name);
        this.unloading.delete(name);
      });
    this.unloading.set(name, done);
    await done;
  }

  /** Stores and closes every room; for shutdown. */
  async closeAll(): Promise<void> {
    this.closing = true;
    for (const timer of this.idleTimers.values()) clearTimeout(timer);
    this.idleTimers.clear();
    const names = [...this.rooms.keys()];
    this.holds.clear();
    await Promise.all(names.map((name) => this.unload(name)));
    await Promise.all(this.unloading.values());
    // Every lease is released for the next process, after the writes kept for it.
    await Promise.all(this.releasing);
    await this.encoder.close();
  }
}
