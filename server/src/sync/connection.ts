/**
 * One sync connection, from its upgrade to its close.
 *
 * The message listener is attached first, in the constructor, and buffers what arrives
 * while the token is checked and the room loads; the room's stored state is complete
 * before the first sync message is sent. Refusals are close codes (shared CloseCode),
 * which a browser can read.
 *
 * A class rather than closures because a server holds thousands of these: its methods
 * live once on the prototype, and an instance is its fields and three small listeners.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { RawData, WebSocket } from 'ws';
import {
  canRead,
  canWrite,
  CloseCode,
  MemberKeySchema,
  memberIdOf,
  parseRoom,
  SCHEMA_VERSIONS,
  type Role,
  type RoomRef,
} from '@hindsight/shared';
import type { AccessPerson, BoardService } from '../plugins/boards.ts';
import { ConnectionBudget, fitsThisTurn } from './budget.ts';
import type { ConnectionRegistry } from './connections.ts';
import type { MemberRegistry } from './members.ts';
import { fullBucket, take, type Bucket, type SyncLimits } from './limits.ts';
import { PeerError, type Peer } from './peer.ts';
import type { Room } from './room.ts';
import { RoomLoadError, type RoomManager } from './roomManager.ts';

/** Messages a connection may send before its room is ready; more is abuse. */
const MAX_EARLY_MESSAGES = 64;

/** What a connection is given of its upgrade request. */
export interface ConnectionRequest {
  /** The room path after `/sync/`. */
  readonly room: string;
  readonly token: string | undefined;
  /** The session cookie's token, if the browser is signed in; never kept. */
  readonly session: string | undefined;
  readonly member: string | undefined;
  /** The doc layout version the page's code expects; absent for clients that do not say. */
  readonly schema: string | undefined;
  /** The request id, for the log. */
  readonly reqId: string;
}

/** The server's parts a connection uses, shared by all of them. */
export interface ConnectionServices {
  readonly limits: SyncLimits;
  readonly boards: Pick<BoardService, 'access'>;
  readonly rooms: RoomManager;
  readonly connections: ConnectionRegistry;
  readonly members: Pick<MemberRegistry, 'admit'>;
  readonly log: FastifyBaseLogger;
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  return data instanceof ArrayBuffer
    ? new Uint8Array(data)
    : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/** The public id of a well-formed member key; null for none or a malformed one. */
function memberIdFor(memberKey: string | undefined): string | null {
  return MemberKeySchema.safeParse(memberKey).success ? memberIdOf(memberKey!) : null;
}

/** A private doc opens only with its member's key; other docs with any role that reads them. */
function mayOpen(ref: RoomRef, role: Role, memberId: string | null): boolean {
  if (!canRead(role, ref.kind)) return false;
  return ref.kind !== 'private' || memberId === ref.memberId;
}

export class SyncConnection implements Peer {
  /** Set from the token before the connection joins a room; nothing reads them earlier. */
  role: Role = 'observer';
  canWrite = false;
  memberId: string | null = null;
  /** The signed-in person behind the connection, if any (boards plugin). */
  person: AccessPerson | null = null;
  /** False once closing: later messages are ignored, even those already received. */
  private live = true;
  private readonly rate: Bucket;
  private readonly budget: ConnectionBudget;
  /** Messages waiting for a later turn (budget.ts `TURN_BYTES`), and this turn's bytes. */
  private backlog: Uint8Array[] = [];
  private turnBytes = 0;
  private turnScheduled = false;
  /** Messages received before the room was ready; null once it is. */
  private early: Uint8Array[] | null = [];
  private room: Room | null = null;
  private boardId: string | null = null;
  /** The room path and the request id; the token and member key are not kept. */
  private roomName: string;
  private readonly reqId: string;

  constructor(
    private readonly socket: WebSocket,
    request: ConnectionRequest,
    private readonly services: ConnectionServices,
  ) {
    this.roomName = request.room;
    this.reqId = request.reqId;
    const now = Date.now();
    this.rate = fullBucket(services.limits.messageBurst, now);
    this.budget = new ConnectionBudget(services.limits, now);
    socket.on('message', (data, isBinary) => this.onMessage(data, isBinary));
    socket.on('error', (err) => this.log().warn({ err }, 'websocket error'));
    socket.on('close', () => this.onClose());
    this.open(request).catch((err: unknown) => {
      this.log().error({ err }, 'could not open the room');
      // A room that cannot load will not load on the next try either: the browser keeps
      // what it has, read-only, instead of reconnecting in a loop.
      if (err instanceof RoomLoadError)
        this.close(CloseCode.Unavailable, 'could not load the room');
      else this.close(CloseCode.ServerError, 'could not open the room');
    });
  }

  send(message: Uint8Array): void {
    const { socket } = this;
    if (socket.readyState !== socket.OPEN) return;
    // A client that stops reading is cut off rather than buffered without bound.
    if (socket.bufferedAmount > this.services.limits.maxBufferedBytes) {
      this.close(CloseCode.SlowConsumer, 'not reading fast enough');
      // It will not read the close frame soon either: free its buffers shortly.
      setTimeout(() => socket.terminate(), this.services.limits.slowConsumerGraceMs).unref();
      return;
    }
    socket.send(message);
  }

  /**
   * Closes the connection. Nothing it sent is handled from here on, not even messages
   * already read from the socket: a connection refused for the work it causes must not
   * keep causing it until the close handshake ends.
   */
  close(code: number, reason: string): void {
    this.live = false;
    this.early = null;
    this.backlog = [];
    const { socket } = this;
    if (socket.readyState === socket.OPEN || socket.readyState === socket.CONNECTING) {
      socket.close(code, reason);
    }
    // Read again, so that the client's close frame is seen; nothing else is handled.
    if (socket.isPaused) socket.resume();
  }

  /** Checks the token and the room, then joins it and replays what arrived meanwhile. */
  private async open({ token, session, member, schema }: ConnectionRequest): Promise<void> {
    const { roomName, services } = this;
    const ref = parseRoom(roomName);
    if (!ref) return this.close(CloseCode.BadRoom, 'not a room of this server');
    const access = await services.boards.access(ref.boardId, token, session);
    if (!access.ok) {
      if (access.reason === 'unknown-board')
        return this.close(CloseCode.UnknownBoard, 'unknown board');
      if (access.reason === 'access-ended')
        return this.close(CloseCode.AccessEnded, 'workspace access ended');
      return this.close(CloseCode.Unauthorized, 'invalid token');
    }
    const memberId = memberIdFor(member);
    if (!mayOpen(ref, access.role, memberId)) {
      return this.close(CloseCode.Forbidden, 'not your document');
    }
    if (schema !== undefined && schema !== String(SCHEMA_VERSIONS[ref.kind])) {
      return this.close(CloseCode.VersionMismatch, 'another layout version');
    }
    if (memberId !== null) {
      let admission;
      try {
        admission = await services.members.admit(ref.boardId, memberId, access.role);
      } catch {
        // The store cannot register the member now (the storage health has logged it):
        // the client reconnects later, as after any write the store could not take.
        return this.close(CloseCode.SavingPaused, 'cannot register the member now');
      }
      if (admission === 'full') return this.close(CloseCode.MemberLimit, 'the board is full');
      if (admission === 'removed') return this.close(CloseCode.MemberRemoved, 'removed');
    }
    if (!this.live) return;
    this.role = access.role;
    this.memberId = memberId;
    this.person = access.person;
    this.canWrite = canWrite(access.role, ref.kind);
    this.boardId = ref.boardId;
    services.connections.add(ref.boardId, this);
    const room = await services.rooms.acquire(roomName);
    if (!this.live) return services.rooms.release(roomName);
    this.room = room;
    this.roomName = room.name; // one string per room, not a slice of each request's URL
    room.join(this);
    const early = this.early ?? [];
    this.early = null;
    for (const message of early) this.handle(room, message);
  }

  private onMessage(data: RawData, isBinary: boolean): void {
    if (!this.live) return;
    const { limits } = this.services;
    if (!take(this.rate, limits.messageBurst, limits.messagesPerSecond, Date.now())) {
      return this.close(CloseCode.TooManyMessages, 'too many messages');
    }
    if (!isBinary) return this.close(CloseCode.Malformed, 'binary frames only');
    const message = toBytes(data);
    if (this.room) this.handle(this.room, message);
    else if (this.early!.length < MAX_EARLY_MESSAGES) this.early!.push(message);
    else this.close(CloseCode.Malformed, 'too many messages before sync');
  }

  /** Delivers a message in this turn if the turn's bytes allow, else after what waits. */
  private handle(room: Room, message: Uint8Array): void {
    if (!this.live) return;
    if (fitsThisTurn(this.turnBytes, this.backlog.length)) {
      this.turnBytes += message.length;
      this.deliver(room, message);
    } else {
      this.backlog.push(message);
      this.socket.pause();
    }
    this.scheduleTurn();
  }

  private scheduleTurn(): void {
    if (this.turnScheduled) return;
    this.turnScheduled = true;
    setImmediate(() => this.nextTurn());
  }

  /** A new turn: delivers what waited, up to the turn's bytes; reads again once it is all done. */
  private nextTurn(): void {
    this.turnScheduled = false;
    this.turnBytes = 0;
    const room = this.room;
    if (!room || !this.live) {
      this.backlog = [];
      return;
    }
    if (this.backlog.length === 0) return;
    while (this.backlog.length > 0 && fitsThisTurn(this.turnBytes, 0) && this.live) {
      const message = this.backlog.shift()!;
      this.turnBytes += message.length;
      this.deliver(room, message);
    }
    if (this.backlog.length === 0 && this.live) this.socket.resume();
    this.scheduleTurn();
  }

  private deliver(room: Room, message: Uint8Array): void {
    const refused = this.budget.admit(message, room.peerCount - 1, Date.now());
    if (refused) {
      this.log().warn({ role: this.role, ...refused }, 'closing connection');
      return this.close(refused.code, refused.reason);
    }
    try {
      room.receive(this, message);
    } catch (err) {
      const code = err instanceof PeerError ? err.code : CloseCode.Malformed;
      const reason = (err as Error).message;
      // A paused store is logged once by the storage health, not once per writer.
      const level = code === CloseCode.SavingPaused ? 'debug' : 'warn';
      this.log()[level]({ role: this.role, code, reason }, 'closing connection');
      this.close(code, err instanceof PeerError ? reason : 'malformed message');
    }
  }

  private onClose(): void {
    this.live = false;
    this.early = null;
    this.backlog = [];
    if (this.boardId) this.services.connections.remove(this.boardId, this);
    if (this.room) {
      this.room.leave(this);
      this.services.rooms.release(this.roomName);
      this.room = null;
    }
  }

  /** A logger that names this connection's request and room; made only when something is logged. */
  private log(): FastifyBaseLogger {
    return this.services.log.child({ reqId: this.reqId, room: this.roomName });
  }
}
