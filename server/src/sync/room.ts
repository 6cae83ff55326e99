/**
 * A resident room: one Y.Doc with its awareness, the peers connected to it, and the
 * persistence of its updates.
 *
 * Persistence, then broadcast: every update is applied in memory, queued, and appended
 * to the store in one transaction per event-loop turn (merged into one row); once that
 * append has succeeded, the turn's updates go to the peers as one message
 * (docs/BENCHMARKS.md shows why one), and while an append has failed a sync request is
 * answered only once a retry has stored it. So nothing a peer was sent is unstored: a crash
 * loses at most updates nobody else was shown, which their writer still holds and sends
 * again. An append that fails holds its relay until a retry stores it. The log is
 * compacted into a snapshot once it holds `compactAfter` rows, and when the room unloads:
 * the snapshot is the doc's whole state, encoded off the event loop when the doc is large
 * (sync/docState.ts).
 */
import { randomBytes } from 'node:crypto';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { FastifyBaseLogger } from 'fastify';
import { CloseCode, parseRoom, presenceIdMessage, writesWaitingMessage } from '@hindsight/shared';
import type { Store } from '../storage/store.ts';
import { StaleLeaseError, type Fence } from '../cluster/leases.ts';
import { addsItems, changesDoc } from './docChange.ts';
import { DocState, WORKER_FROM_BYTES, type StateEncoder } from './docState.ts';
import { DEFAULT_SYNC_LIMITS, type SyncLimits } from './limits.ts';
import { PeerError, type Peer } from './peer.ts';
import { presenceRefusal } from './presenceLimits.ts';
import { nameKey, nameOf, stampPresence } from './presence.ts';
import { BoardSizes, sizeRefusal } from './sizeLimits.ts';
import {
  decodeAwarenessEntries,
  encodeAwareness,
  encodeAwarenessEntries,
  encodeSyncStep1,
  encodeUpdate,
  MessageType,
  SyncStep,
  type AwarenessEntry,
} from './protocol.ts';
import { SyncAnswers } from './syncAnswers.ts';
import { holdsOnlyData } from './plainData.ts';

/** Origin of updates read back from the store: already persisted, not broadcast. */
const LOAD_ORIGIN = Symbol('hindsight:load');
/** Delay before retrying a failed append, ms. */
const RETRY_MS = 1000;
/**
 * Client ids kept reserved for one member once introduced (a tab's id lives as long as
 * the tab; each reload makes a new one). Past it the oldest id no connection holds is
 * forgotten, so a member's reservations stay bounded.
 */
export const MAX_CLIENT_IDS_PER_MEMBER = 16;
/**
 * The least time between two recounts of a full doc's size after deletions, ms: each is
 * a compaction, whose cost the doc limit bounds.
 */
const RECOUNT_EVERY_MS = 2000;
/** Stands for "several origins" among the updates of one turn. */
const MIXED_ORIGINS = Symbol('hindsight:mixed');

/** One turn's doc updates, merged, and who sent them (not sent back to them). */
interface Batch {
  readonly update: Uint8Array;
  readonly from: unknown;
}

/** What the awareness 'update' event reports: client ids by kind of change. */
interface AwarenessChanges {
  readonly added: number[];
  readonly updated: number[];
  readonly removed: number[];
}

export interface RoomOptions {
  readonly store: Store;
  readonly log: FastifyBaseLogger;
  /** Log rows after which the room is compacted into a snapshot. */
  readonly compactAfter: number;
  /**
   * Encodes a large doc's whole state (sync/stateEncoder.ts: in a worker thread); in the
   * event loop when absent.
   */
  readonly encodeState?: StateEncoder;
  /** The sync endpoint's limits (presence and sizes); the defaults when absent. */
  readonly limits?: SyncLimits;
  /** Doc sizes by board, shared by every room; a room of its own when absent. */
  readonly sizes?: BoardSizes;
  /**
   * Runs once after load, before anyone is sent a byte, e.g. migrations; its writes are
   * persisted. A rejection fails the load.
   */
  readonly afterLoad?: (room: Room) => void | Promise<void>;
  /**
   * False while the store cannot take writes (storage/storageHealth.ts): a peer's update
   * that would change the doc is then refused, not applied, so nobody is shown what could
   * not be stored. Always true when absent.
   */
  readonly canStore?: () => boolean;
  /** Runs after an update from a peer was applied (not after the server's own writes). */
  readonly afterPeerUpdate?: (room: Room) => void;
  /**
   * True while the server's own writes wait for the store (sync/writesWaiting.ts): a
   * facilitator who joins the facilitation doc is told at once. False when absent.
   */
  readonly writesWaiting?: () => boolean;
  /** Runs after a peer's presence states were accepted (JSON text; "null" when leaving). */
  readonly afterPresence?: (room: Room, peer: Peer, states: readonly string[]) => void;
  /**
   * Runs when the store refused a write because another process took the board's lease
   * over: the room must stop serving (its peers reconnect to the new owner).
   */
  readonly onTakenOver?: (room: Room) => void;
}

/**
 * How a room stands towards its board's lease (cluster/leases.ts): its writes carry the
 * `fence` of the lease this process holds; a `visitor` loaded while another process owns
 * the board serves server-side readers and writers only, and sends peers to reconnect
 * (they are then forwarded to the owner). Neither, when boards have no owners (tests).
 */
export type RoomLease = { readonly fence: Fence } | { readonly visitor: true } | null;

export class Room {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  /** Peers and the awareness client ids each one speaks for now. */
  private readonly peers = new Map<Peer, Set<number>>();
  /**
   * Which member each client id belongs to, for the life of the room: a connection that
   * drops does not free its person's id for another member to take.
   */
  private readonly awarenessOwner = new Map<number, string>();
  /** The client ids of each member, oldest first (at most MAX_CLIENT_IDS_PER_MEMBER). */
  private readonly memberClientIds = new Map<string, number[]>();
  /**
   * Each member's presence id here, random, while one of its connections is (shared
   * protocol/presenceId.ts): its tabs show as one person, and it says nothing else.
   */
  private readonly presenceIds = new Map<string, string>();
  /** Turns' updates waiting for their append; each is relayed once it is stored. */
  private pending: Batch[] = [];
  /** This turn's doc updates, not sent yet, and their origin (or {@link MIXED_ORIGINS}). */
  private outgoing: Uint8Array[] = [];
  private outgoingFrom: unknown = null;
  /** An append failed and its updates wait for a retry; cleared when one succeeds. */
  private appendFailed = false;
  /** Sync requests waiting for a failed append's retry (see {@link answerHeld}). */
  private heldAnswers: { readonly peer: Peer; readonly stateVector: Uint8Array }[] = [];
  private flushScheduled = false;
  private persisting: Promise<void> = Promise.resolve();
  /** An append is queued behind the one in flight and will take what is pending. */
  private appendWaiting = false;
  private logRows = 0;
  /**
   * Every stored update of this room numbered up to here is in the doc: what was loaded,
   * then this room's own appends while nobody else appends to the room. Compaction folds
   * the log up to here only, so it never drops a row whose content the doc lacks.
   */
  private seenSeq = 0;
  /** Another writer appended to this room's log since it loaded. */
  private sharedLog = false;
  private closed = false;
  /**
   * The layout version of the doc (shared doc/migrations.ts), as recorded in the store
   * and then as the migrations leave it; written with every snapshot. Null until known.
   */
  schemaVersion: number | null = null;
  /** The doc's whole state, as the updates that made it (encoded off the event loop). */
  private readonly state: DocState;
  /** Answers sync requests at a bounded cost. */
  readonly syncAnswers: SyncAnswers;
  /**
   * The doc's size in bytes, close from above: what was loaded, plus every update since,
   * set to the exact figure at each compaction.
   */
  private bytes = 0;
  private readonly sizes: BoardSizes;
  /** A recount of the doc's size is due (see {@link recountSoon}), and when the last was. */
  private recountTimer: NodeJS.Timeout | undefined;
  private lastRecount = 0;
  /** Deletions near the limit were applied since the size was last counted exactly. */
  private uncounted = false;
  /** When the append in flight started, ms since the epoch; null when none is. */
  private appendStarted: number | null = null;

  private constructor(
    readonly name: string,
    private readonly options: RoomOptions,
    /** The lease this room's writes carry, if any. */
    readonly lease: RoomLease,
  ) {
    this.sizes = options.sizes ?? new BoardSizes();
    this.state = new DocState(this.doc, options.encodeState);
    this.syncAnswers = new SyncAnswers(this.doc, this.state);
    // The server is not a participant: it publishes no awareness state of its own.
    this.awareness.setLocalState(null);
    this.awareness.on('update', (changes: AwarenessChanges) => this.onAwarenessUpdate(changes));
  }

  /** Loads a room's stored state; the doc is complete before anyone is sent a byte. */
  static async load(name: string, options: RoomOptions, lease: RoomLease = null): Promise<Room> {
    const room = new Room(name, options, lease);
    // The board's other docs count towards its size whether or not they are in memory.
    await room.sizes.countStored(name, (boardId) => options.store.roomSizes(boardId));
    const stored = await options.store.loadDoc(name);
    const rows = stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates;
    room.doc.transact(() => {
      for (const update of rows) Y.applyUpdate(room.doc, update);
    }, LOAD_ORIGIN);
    for (const update of rows) room.state.add(update);
    // Listened to only now: Yjs encodes a transaction's update only for a listener, and
    // the load's would be the whole doc, which the state already holds as its rows.
    room.doc.on('update', (update: Uint8Array, origin: unknown) =>
      room.onDocUpdate(update, origin),
    );
    room.setDocBytes(room.state.bytes);
    room.seenSeq = stored.lastSeq;
    room.logRows = stored.updates.length;
    room.schemaVersion = stored.schemaVersion;
    try {
      await options.afterLoad?.(room);
      // A migrated doc is stored with its new version before anyone sees it.
      if (room.schemaVersion !== stored.schemaVersion) await room.flushAndCompact();
    } catch (err) {
      room.discard();
      throw err;
    }
    return room;
  }

  /** Updates applied here and not stored yet (queued, in flight or waiting for a retry). */
  get hasUnstored(): boolean {
    return this.outgoing.length > 0 || this.pending.length > 0 || this.appendWaiting;
  }

  /** True when the doc holds nothing: no item was ever written to it. */
  get isEmpty(): boolean {
    return this.doc.store.clients.size === 0;
  }

  /** The doc's size in bytes as the size limits count it. */
  get docBytes(): number {
    return this.bytes;
  }

  /**
   * Why a change of `bytes` may not be written into this doc (the doc and board size
   * limits, and for a peer's update the update limit too), or null when it fits. A change
   * that `adds` nothing, only deletes, is held to the update limit alone.
   */
  sizeRefusal(bytes: number, writer: 'peer' | 'server' = 'peer', adds = true): string | null {
    const limits = this.options.limits ?? DEFAULT_SYNC_LIMITS;
    const checked = writer === 'peer' ? limits : { ...limits, maxUpdateBytes: Infinity };
    return sizeRefusal(bytes, this.bytes, this.sizes.boardBytes(this.name), checked, adds);
  }

  private setDocBytes(bytes: number): void {
    this.bytes = bytes;
    this.sizes.set(this.name, bytes);
  }

  get peerCount(): number {
    return this.peers.size;
  }

  /**
   * The fence of this process's lease on the board, which every write of the board's
   * data made for this room carries (its docs, versions, attendance); none for a visitor.
   */
  get fence(): Fence | undefined {
    return this.lease && 'fence' in this.lease ? this.lease.fence : undefined;
  }

  /** Whether another process owned the board when this room loaded. */
  get isVisitor(): boolean {
    return this.lease !== null && 'visitor' in this.lease;
  }

  /** The connection an update came from, when `origin` is one of this room's peers. */
  peerOf(origin: unknown): Peer | null {
    return this.peers.has(origin as Peer) ? (origin as Peer) : null;
  }

  /**
   * Adds a peer and starts the sync handshake with it. A visitor room sends the peer to
   * reconnect instead: the board's owner serves its peers.
   */
  join(peer: Peer): void {
    if (this.isVisitor) {
      peer.close(CloseCode.Restarting, 'this board is served by another process; reconnect');
      return;
    }
    this.peers.set(peer, new Set());
    // The board doc's presence is the avatar row: the browser learns its own person there.
    if (peer.memberId !== null && parseRoom(this.name)?.kind === 'board')
      peer.send(presenceIdMessage(this.presenceIdOf(peer.memberId)));
    peer.send(encodeSyncStep1(this.doc));
    const states = [...this.awareness.getStates().keys()];
    if (states.length > 0) peer.send(encodeAwareness(this.awareness, states));
    if (this.options.writesWaiting?.()) this.tellFacilitator(peer, true);
  }

  /** How long the append in flight has been running at `now`, ms; 0 when none is. */
  appendingFor(now: number): number {
    return this.appendStarted === null ? 0 : now - this.appendStarted;
  }

  /** Tells the facilitators in this room, if it is a facilitation doc, whether writes wait. */
  tellFacilitators(waiting: boolean): void {
    for (const peer of this.peers.keys()) this.tellFacilitator(peer, waiting);
  }

  private tellFacilitator(peer: Peer, waiting: boolean): void {
    if (peer.role !== 'facilitator' || parseRoom(this.name)?.kind !== 'facilitation') return;
    peer.send(writesWaitingMessage(waiting));
  }

  /**
   * Removes a peer and the presence it spoke for (unless another connection of the same
   * member speaks for it now). The ids stay reserved to their member.
   */
  leave(peer: Peer): void {
    const owned = this.peers.get(peer);
    if (!owned) return;
    this.peers.delete(peer);
    this.heldAnswers = this.heldAnswers.filter((held) => held.peer !== peer);
    const gone = [...owned].filter((id) => !this.isSpokenFor(id));
    awarenessProtocol.removeAwarenessStates(this.awareness, gone, null);
    if (peer.memberId !== null) this.forgetIdleIds(peer.memberId);
    const { memberId } = peer;
    if (memberId !== null && ![...this.peers.keys()].some((p) => p.memberId === memberId))
      this.presenceIds.delete(memberId);
  }

  private presenceIdOf(memberId: string): string {
    let id = this.presenceIds.get(memberId);
    if (id === undefined) {
      id = randomBytes(12).toString('base64url');
      this.presenceIds.set(memberId, id);
    }
    return id;
  }

  private isSpokenFor(clientId: number): boolean {
    for (const ids of this.peers.values()) if (ids.has(clientId)) return true;
    return false;
  }

  /**
   * Handles one message from a peer. Throws a {@link PeerError} for a message the peer
   * may not send or that cannot be decoded; nothing of it has been applied then.
   */
  receive(peer: Peer, message: Uint8Array): void {
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MessageType.Sync:
        return this.receiveSync(peer, decoder);
      case MessageType.Awareness:
        return this.receiveAwareness(peer, decoding.readVarUint8Array(decoder));
      case MessageType.QueryAwareness:
        peer.send(encodeAwareness(this.awareness, [...this.awareness.getStates().keys()]));
        return;
      case MessageType.Auth:
        return; // The token is checked on connect; auth messages carry nothing we use.
      default:
        throw new PeerError(CloseCode.Malformed, `unknown message type ${type}`);
    }
  }

  private receiveSync(peer: Peer, decoder: decoding.Decoder): void {
    const step = decoding.readVarUint(decoder);
    if (step === SyncStep.Step1) {
      const stateVector = decoding.readVarUint8Array(decoder);
      try {
        Y.decodeStateVector(stateVector);
      } catch {
        throw new PeerError(CloseCode.Malformed, 'the state vector could not be decoded');
      }
      // The answer is read from the doc: while an append has failed and its updates wait
      // for a retry, it waits too, so nobody is sent what the store has not kept.
      if (this.appendFailed) this.heldAnswers.push({ peer, stateVector });
      else this.answerSync(peer, stateVector);
      return;
    }
    if (step !== SyncStep.Step2 && step !== SyncStep.Update) {
      throw new PeerError(CloseCode.Malformed, `unknown sync step ${step}`);
    }
    const update = decoding.readVarUint8Array(decoder);
    if (!peer.canWrite) {
      // A read-only client answers our step 1 with a step 2 as part of the handshake.
      // Nothing in it is applied. It may hold what this server relayed but had not stored
      // when it crashed: ignoring it keeps that reader connected (the writers push their
      // own content again). An update sent after the handshake is a write, and refused.
      if (step === SyncStep.Step2) return;
      throw new PeerError(CloseCode.Forbidden, 'this role may not change this document');
    }
    // The update limit first, before anything of it is read.
    const tooLarge = this.sizeRefusal(update.length, 'peer', false);
    if (tooLarge) throw new PeerError(CloseCode.BoardFull, tooLarge);
    if (this.options.canStore?.() === false && this.wouldChange(update)) {
      throw new PeerError(CloseCode.SavingPaused, 'the server cannot store changes right now');
    }
    let decoded;
    try {
      // Yjs integrates an update's items before it reads the deletions that follow them,
      // so an update cut short there would be half applied: it is read whole first.
      decoded = Y.decodeUpdate(update);
    } catch {
      throw new PeerError(CloseCode.Malformed, 'the update could not be decoded');
    }
    if (!holdsOnlyData(decoded.structs)) {
      throw new PeerError(CloseCode.Malformed, 'the update holds a value that is not data');
    }
    // A full doc still takes deletions: that is how its facilitator makes room again.
    const adds = addsItems(this.doc, decoded.structs);
    let full = this.sizeRefusal(update.length, 'peer', adds);
    // Deletions not yet recounted may have made the room this change needs: a facilitator
    // who deletes to make room and writes at once must not be refused on the old count.
    if (full && this.uncounted && this.recountInHand()) {
      full = this.sizeRefusal(update.length, 'peer', adds);
    }
    if (full) throw new PeerError(CloseCode.BoardFull, full);
    // Near its limit (a change of the largest size would not fit), a deletion is counted.
    const limits = this.options.limits ?? DEFAULT_SYNC_LIMITS;
    const recount = !adds && this.sizeRefusal(limits.maxUpdateBytes) !== null;
    try {
      Y.applyUpdate(this.doc, update, peer);
    } catch {
      throw new PeerError(CloseCode.Malformed, 'the update could not be decoded');
    }
    if (recount) {
      this.uncounted = true;
      this.recountSoon();
    }
  }

  /**
   * Counts a small doc's size exactly, now: its encode is done in hand (a few ms, see
   * sync/docState.ts). A large doc's is left to {@link recountSoon}, off the event loop.
   * Whether the count was made.
   */
  private recountInHand(): boolean {
    if (this.state.bytes >= WORKER_FROM_BYTES) return false;
    void this.state.encode();
    this.setDocBytes(this.state.bytes);
    this.uncounted = false;
    return true;
  }

  /**
   * Compacts the room soon, at most once per {@link RECOUNT_EVERY_MS}: a doc's size is
   * counted from above (each deletion adds its own bytes), so after deletions on a doc
   * near its limit only the compacted snapshot's size shows the room they made.
   */
  private recountSoon(): void {
    if (this.recountTimer !== undefined || this.closed) return;
    const wait = Math.max(0, this.lastRecount + RECOUNT_EVERY_MS - Date.now());
    this.recountTimer = setTimeout(() => {
      this.recountTimer = undefined;
      if (this.closed) return;
      this.lastRecount = Date.now();
      void this.flush();
      this.persisting = this.persisting
        .then(() => this.compact())
        .catch((err: unknown) =>
          this.options.log.warn({ err, room: this.name }, 'could not compact the room'),
        );
    }, wait);
    this.recountTimer.unref();
  }

  /** Sends the answer once it is ready (a large doc's snapshot may be being encoded). */
  private answerSync(peer: Peer, stateVector: Uint8Array): void {
    this.syncAnswers.answer(stateVector, this.docBytes).then(
      (messages) => {
        if (this.peers.has(peer)) for (const message of messages) peer.send(message);
      },
      (err: unknown) =>
        this.options.log.error({ err, room: this.name }, 'could not answer a sync request'),
    );
  }

  /** Answers the sync requests held while an append had failed, once one has succeeded. */
  private answerHeld(): void {
    if (this.appendFailed || this.heldAnswers.length === 0) return;
    const held = this.heldAnswers;
    this.heldAnswers = [];
    for (const { peer, stateVector } of held) {
      if (this.peers.has(peer)) this.answerSync(peer, stateVector);
    }
  }

  private wouldChange(update: Uint8Array): boolean {
    try {
      return changesDoc(this.doc, update);
    } catch {
      throw new PeerError(CloseCode.Malformed, 'the update could not be decoded');
    }
  }

  private receiveAwareness(peer: Peer, update: Uint8Array): void {
    let entries;
    try {
      entries = decodeAwarenessEntries(update);
    } catch {
      throw new PeerError(CloseCode.Malformed, 'the awareness update could not be decoded');
    }
    const owned = this.peers.get(peer);
    const { memberId } = peer;
    // Presence is a member's: a connection without a member key has none.
    if (!owned || memberId === null) return;
    // Other members' ids are left out before the limits count: a y-websocket client
    // sends back every presence change it receives, so a joiner echoes everyone's.
    const own = entries.filter((e) => {
      const owner = this.awarenessOwner.get(e.clientId);
      return owner === undefined || owner === memberId;
    });
    const refused = presenceRefusal(own, owned, this.options.limits ?? DEFAULT_SYNC_LIMITS);
    if (refused) throw new PeerError(refused.code, refused.reason);
    const allowed: AwarenessEntry[] = [];
    let taken: Set<string> | null = null;
    for (const e of own) {
      if (!this.speaksFor(owned, memberId, e.clientId)) continue;
      taken ??= this.namesOfOthers(memberId);
      try {
        allowed.push({
          ...e,
          state: stampPresence(
            e.state,
            peer.role,
            taken,
            peer.person?.name ?? null,
            this.presenceIdOf(memberId),
          ),
        });
      } catch {
        throw new PeerError(CloseCode.Malformed, 'the awareness state is not JSON');
      }
    }
    if (allowed.length === 0) return;
    awarenessProtocol.applyAwarenessUpdate(this.awareness, encodeAwarenessEntries(allowed), peer);
    this.options.afterPresence?.(
      this,
      peer,
      allowed.map((e) => e.state),
    );
  }

  /**
   * Whether a connection of `memberId` that speaks for `owned` may speak for `clientId`:
   * an id belongs to the member that introduced it (presenceLimits.ts bounds how many one
   * connection introduces).
   */
  private speaksFor(owned: Set<number>, memberId: string, clientId: number): boolean {
    if (owned.has(clientId)) return true;
    const owner = this.awarenessOwner.get(clientId);
    if (owner !== undefined && owner !== memberId) return false;
    if (owner === undefined) this.reserve(memberId, clientId);
    owned.add(clientId);
    return true;
  }

  /** Reserves a client id to a member, forgetting its oldest idle one past the limit. */
  private reserve(memberId: string, clientId: number): void {
    this.awarenessOwner.set(clientId, memberId);
    const ids = this.memberClientIds.get(memberId) ?? [];
    ids.push(clientId);
    this.memberClientIds.set(memberId, ids);
    this.forgetIdleIds(memberId);
  }

  /** Forgets a member's oldest ids that no connection speaks for, down to the limit. */
  private forgetIdleIds(memberId: string): void {
    const ids = this.memberClientIds.get(memberId);
    if (!ids || ids.length <= MAX_CLIENT_IDS_PER_MEMBER) return;
    const idle = ids.filter((id) => !this.isSpokenFor(id));
    const forget = new Set(idle.slice(0, ids.length - MAX_CLIENT_IDS_PER_MEMBER));
    for (const id of forget) this.awarenessOwner.delete(id);
    this.memberClientIds.set(
      memberId,
      ids.filter((id) => !forget.has(id)),
    );
  }

  /** The name keys shown in presence by members other than `memberId`. */
  private namesOfOthers(memberId: string): Set<string> {
    const names = new Set<string>();
    this.awareness.getStates().forEach((state, clientId) => {
      const name = nameOf(state);
      if (name !== null && this.awarenessOwner.get(clientId) !== memberId) names.add(nameKey(name));
    });
    return names;
  }

  private onDocUpdate(update: Uint8Array, origin: unknown): void {
    this.state.add(update);
    this.setDocBytes(this.bytes + update.length);
    const same = this.outgoing.length === 0 || this.outgoingFrom === origin;
    this.outgoingFrom = same ? origin : MIXED_ORIGINS;
    this.outgoing.push(update);
    this.scheduleFlush();
    if (this.peers.has(origin as Peer)) this.options.afterPeerUpdate?.(this);
  }

  private onAwarenessUpdate({ added, updated, removed }: AwarenessChanges): void {
    const changed = [...added, ...updated, ...removed];
    if (changed.length === 0 || this.peers.size === 0) return;
    const message = encodeAwareness(this.awareness, changed);
    for (const peer of this.peers.keys()) peer.send(message);
  }

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => {
      this.flushScheduled = false;
      void this.flush();
    });
  }

  /** Queues this turn's doc updates for the store, merged into one batch. */
  private endTurn(): void {
    if (this.outgoing.length === 0) return;
    const batch = this.outgoing;
    const from = this.outgoingFrom;
    this.outgoing = [];
    this.outgoingFrom = null;
    this.pending.push({ update: batch.length === 1 ? batch[0]! : Y.mergeUpdates(batch), from });
  }

  /**
   * Sends stored batches to every peer, one message per turn: updates read from many
   * sockets in one turn cost one write per peer, not one per update. A peer is not sent
   * back what it alone sent that turn.
   */
  private relay(batches: readonly Batch[]): void {
    for (const { update, from } of batches) {
      const message = encodeUpdate(update);
      for (const peer of this.peers.keys()) if (peer !== from) peer.send(message);
    }
  }

  /**
   * Appends what is queued, then relays it; resolves when it, and every earlier write, is
   * stored. While an append is in flight, at most one more waits behind it and takes, as
   * one row, everything queued by the time it starts: a store slower than the turns (a
   * networked database) gets fewer, larger appends instead of a growing line of small ones.
   */
  flush(): Promise<void> {
    this.endTurn();
    if (this.pending.length > 0 && !this.appendWaiting) {
      this.appendWaiting = true;
      this.persisting = this.persisting.then(() => {
        this.appendWaiting = false;
        const batches = this.pending;
        this.pending = [];
        if (batches.length === 0) return;
        return this.append(batches);
      });
    }
    return this.persisting;
  }

  private async append(batches: Batch[]): Promise<void> {
    const { store, log, compactAfter } = this.options;
    const update =
      batches.length === 1 ? batches[0]!.update : Y.mergeUpdates(batches.map((b) => b.update));
    this.appendStarted = Date.now();
    try {
      const seq = await store.appendUpdates(this.name, [update], this.fence);
      this.appendStarted = null;
      this.appendFailed = false;
      this.logRows += 1;
      if (seq === this.seenSeq + 1) this.seenSeq = seq;
      else if (!this.sharedLog) {
        this.sharedLog = true;
        log.warn({ room: this.name }, 'another process appends to this room; its rows are kept');
      }
    } catch (err) {
      this.appendStarted = null;
      if (err instanceof StaleLeaseError) {
        // Never stored, never relayed: their writers still hold them, for the new owner.
        this.takenOver();
        return;
      }
      this.appendFailed = true;
      // The storage health logs the episode once; this room only retries.
      log.debug({ err, room: this.name }, 'could not store an update; retrying');
      // Keep the batches, unsent: they go first in the next append.
      this.pending.unshift(...batches);
      if (!this.closed) setTimeout(() => void this.flush(), RETRY_MS).unref();
      return;
    }
    this.relay(batches);
    this.answerHeld();
    if (this.logRows >= compactAfter) {
      // A failed compaction loses nothing: the log rows stay until the next one.
      await this.compact().catch((err: unknown) =>
        log.warn({ err, room: this.name }, 'could not compact the room'),
      );
    }
  }

  /**
   * The doc's whole state as it is at this call (a v1 update), encoded off the event loop
   * when large: what is applied later is not in it.
   */
  async encodedState(): Promise<Uint8Array> {
    return (await this.state.encode()).state;
  }

  private async compact(): Promise<void> {
    // Every stored row up to here is in the snapshot, whatever is appended from now on.
    const upto = this.seenSeq;
    const { state, at } = await this.state.encode();
    this.setDocBytes(this.state.bytes);
    if (at === this.state.changes) this.uncounted = false;
    try {
      await this.options.store.writeSnapshot(
        this.name,
        state,
        upto,
        this.schemaVersion,
        this.fence,
      );
    } catch (err) {
      if (err instanceof StaleLeaseError) this.takenOver();
      throw err;
    }
    this.logRows = 0;
  }

  /** The store refused a write: another process owns the board now. Stops serving. */
  private takenOver(): void {
    if (this.closed) return;
    this.options.log.warn({ room: this.name }, 'another process took this board over');
    this.options.onTakenOver?.(this);
  }

  /**
   * Stops serving without storing anything (the store would refuse it): peers are sent to
   * reconnect, to the board's new owner, and push what was not stored there.
   */
  abandon(): void {
    if (this.closed) return;
    for (const peer of [...this.peers.keys()]) {
      this.leave(peer);
      peer.close(CloseCode.Restarting, 'this board moved to another process; reconnect');
    }
    this.discard();
  }

  /** Stores what is queued, then the whole doc as a snapshot with its version. */
  private async flushAndCompact(): Promise<void> {
    await this.flush();
    this.persisting = this.persisting.then(() => this.compact());
    await this.persisting;
  }

  /** Frees a room that failed to load; nothing of it is stored. */
  private discard(): void {
    this.closed = true;
    clearTimeout(this.recountTimer);
    this.outgoing = [];
    this.pending = [];
    this.heldAnswers = [];
    this.syncAnswers.drop();
    this.awareness.destroy();
    this.doc.destroy();
  }

  /** Disconnects everyone, stores everything and frees the doc. */
  async close(code: number, reason: string): Promise<void> {
    for (const peer of [...this.peers.keys()]) {
      this.leave(peer);
      peer.close(code, reason);
    }
    await this.flush();
    // Taken over while storing: abandoned, nothing more of it is stored.
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.recountTimer);
    // The snapshot holds the whole doc, so it also covers an append that failed. Refused
    // under a lease taken over, it is the new owner's to store.
    if (this.logRows > 0 || this.pending.length > 0) {
      this.persisting = this.persisting.then(() => this.compact());
      await this.persisting.catch((err: unknown) => {
        if (!(err instanceof StaleLeaseError)) throw err;
      });
      this.pending = [];
    }
    this.heldAnswers = [];
    this.syncAnswers.drop();
    this.awareness.destroy();
    this.doc.destroy();
  }
}
