/**
 * What the server publishes from members' private docs (DESIGN.md, "Anonymity is
 * enforced"): the anonymous brainstorm and the dot-vote tally.
 *
 * Whenever a member's private doc or the facilitation doc changes, the board's cards
 * are mirrored into the facilitation doc by `mirrorBrainstorm`: counts before the
 * reveal, the cards themselves after it, written by the server under its own client id
 * and keyed by an HMAC of the author's card id that no client can compute. When the
 * facilitator closes voting, the ballots are tallied once (`tallyVotes`), a grace period
 * after the server sees the close so that dots still on their way count, and only the
 * totals are written; a ballot changed later counts for nothing. An imported
 * postmortem's cards, which no private doc backs, are kept only when their id is the
 * server's keyed id for them (`importedCardId`).
 */
import { createHmac, randomBytes } from 'node:crypto';
import fp from 'fastify-plugin';
import type * as Y from 'yjs';
import {
  mirrorBrainstorm,
  type Ballot,
  type MemberCards,
  type VoteLimits,
  parseRoom,
  privateRoomName,
  readCards,
  readMemberName,
  readClusters,
  readPlan,
  readRevealedCards,
  readSession,
  readVotes,
  readVoting,
  recordTally,
  tallyVotes,
  mayReveal,
  roomName,
  templateById,
  DEFAULT_TEMPLATE,
  withdrawEarlyReveal,
} from '@hindsight/shared';
import { BoardQueue } from '../sync/boardQueue.ts';
import { MemberDocCache } from '../sync/memberDocCache.ts';
import type { Room } from '../sync/room.ts';

/** Changes within this window are mirrored together, ms. */
const DEBOUNCE_MS = 100;
/** How long after voting closes the ballots are counted, so dots in flight count, ms. */
export const VOTE_GRACE_MS = 1500;
/** Boards remembered as anonymity-locked per process; past it, the store answers again. */
const LOCKED_BOARDS_MAX = 10_000;
/** Origin of the server's writes to the facilitation doc. */
const MIRROR_ORIGIN = Symbol('hindsight:brainstorm');

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function toBase62(bytes: Buffer, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += BASE62[bytes[i]! % 62];
  return out;
}

/** Voting has closed and no tally is recorded yet. */
function awaitsTally(facilitation: Y.Doc): boolean {
  const voting = readVoting(facilitation);
  return voting.status === 'closed' && Object.keys(voting.tally).length === 0;
}

/** Tallies the ballots once, when voting has closed and no tally is recorded yet. */
function tallyIfClosed(
  boardDoc: Y.Doc,
  facilitation: Y.Doc,
  ballots: Ballot[],
  limits: VoteLimits,
): void {
  if (!awaitsTally(facilitation)) return;
  const cardIds = readRevealedCards(facilitation).map((c) => c.id);
  const clusterIds = readClusters(boardDoc, cardIds).clusters.map((c) => c.id);
  recordTally(facilitation, tallyVotes(ballots, limits, clusterIds), MIRROR_ORIGIN);
}

/** Uniform in [0, 1) from the operating system's CSPRNG. */
function secureRandom(): number {
  return randomBytes(4).readUInt32BE() / 2 ** 32;
}

export interface BrainstormService {
  /**
   * Mirrors a board now (after pending changes); resolves when written in the doc, or put
   * off until the store takes writes again.
   */
  mirror(boardId: string): Promise<void>;
  /**
   * Counts the ballots of a closed vote now rather than when its grace period ends;
   * resolves once the tally is in the doc. Does nothing when no tally is due.
   */
  countVotes(boardId: string): Promise<void>;
  /**
   * The keyed id of an imported postmortem's `n`th card on a board (writeImportedCards):
   * the mirror keeps exactly these among the cards no private doc backs. No client can
   * compute one, so none can slip a card in as imported.
   */
  importedCardId(boardId: string): (n: number) => string;
}

export interface BrainstormPluginOptions {
  /** How long after the server sees voting close the ballots are counted, ms. */
  readonly voteGraceMs?: number;
}

declare module 'fastify' {
  interface FastifyInstance {
    brainstorm: BrainstormService;
  }
}

export default fp<BrainstormPluginOptions>(
  async (app, { voteGraceMs = VOTE_GRACE_MS }) => {
    const { rooms, store } = app;
    const secret = await store.secret('revealed-card-ids');
    /** Boards with a mirror due shortly (debounced changes). */
    const timers = new Map<string, NodeJS.Timeout>();
    /** Boards whose vote closed: the ballots are counted when the grace period ends. */
    const graces = new Map<string, NodeJS.Timeout>();
    const queue = new BoardQueue(app.log, 'could not mirror the brainstorm');
    /**
     * Boards this process knows are anonymous for good: set in the same turn as the card
     * write that locks them, before the store has recorded it.
     */
    const lockedBoards = new Set<string>();

    const lockAnonymity = (boardId: string): Promise<void> => {
      if (lockedBoards.size >= LOCKED_BOARDS_MAX) lockedBoards.clear(); // the store remembers
      lockedBoards.add(boardId);
      return store.lockAnonymity(boardId);
    };

    /**
     * The anonymity lock is taken when a card is written while the plan says cards are
     * anonymous, reading the plan in the same turn as the write: a facilitator who turns
     * named cards on a moment later cannot put names on it. When the facilitation doc is
     * not in memory, nobody is changing it; the plan is read before any mirror runs.
     */
    const lockOnCard = (boardId: string, privateDoc: Y.Doc): void => {
      if (lockedBoards.has(boardId) || readCards(privateDoc).length === 0) return;
      const facilitationName = roomName(boardId, 'facilitation');
      const lockUnlessNamed = (facilitation: Y.Doc) =>
        readPlan(facilitation, DEFAULT_TEMPLATE).namedCards ? undefined : lockAnonymity(boardId);
      const resident = rooms.resident(facilitationName);
      if (resident) {
        lockUnlessNamed(resident.doc)?.catch((err: unknown) =>
          app.storageHealth.logWriteFailure(app.log, err, 'could not record the anonymity lock'),
        );
        return;
      }
      void queue.run(boardId, () =>
        rooms.withRooms([facilitationName], ([facilitation]) => lockUnlessNamed(facilitation!.doc)),
      );
    };

    const publicIdFor = (boardId: string) => (memberId: string, cardId: string) =>
      toBase62(
        createHmac('sha256', secret).update(`${boardId}/${memberId}/${cardId}`).digest(),
        16,
      );

    const importedCardId = (boardId: string) => (n: number) =>
      toBase62(createHmac('sha256', secret).update(`imported:${boardId}/${n}`).digest(), 16);

    /**
     * Each counted member's name and cards as last read from their private doc: a mirror
     * reads only the private docs that changed since (all of them on a board's first
     * mirror, and when ballots are counted).
     */
    const cache = new MemberDocCache<MemberCards>();

    /**
     * Boards whose projection waits for the store to take writes, and whether it counts
     * the votes: the server writes no reveal or tally it could not store (a half-written
     * projection would be shown and then lost). It runs once writes work again.
     */
    const waiting = new Map<string, boolean>();
    let closing = false;
    const waitForStore = (boardId: string, countVotes: boolean): void => {
      const already = waiting.get(boardId);
      waiting.set(boardId, countVotes || already === true);
      if (already !== undefined) return;
      app.log.debug({ board: boardId }, 'brainstorm: the projection waits for the store');
      void app.storageHealth.whenWritable().then(() => {
        const count = waiting.get(boardId);
        waiting.delete(boardId);
        if (closing || count === undefined) return;
        void (count ? countVotesNow(boardId) : mirror(boardId));
      });
    };

    /** Mirrors the brainstorm; with `countVotes`, also tallies a closed vote first. */
    async function mirrorNow(boardId: string, countVotes: boolean): Promise<void> {
      if (!app.storageHealth.writable) return waitForStore(boardId, countVotes);
      const memberList = await app.members.ballotIds(boardId);
      if (countVotes) cache.forget(boardId);
      const toRead = cache.toRead(boardId, memberList);
      const board = await store.getBoard(boardId);
      const locked = lockedBoards.has(boardId) || (await store.isAnonymityLocked(boardId));
      const names = [
        roomName(boardId),
        roomName(boardId, 'facilitation'),
        ...toRead.map((id) => privateRoomName(boardId, id)),
      ];
      try {
        await rooms.withRooms(names, async ([boardRoom, facilitation, ...privates]) => {
          // The store may have failed while the docs loaded: nothing is written then.
          if (!app.storageHealth.writable) return waitForStore(boardId, countVotes);
          const read = new Map(
            privates.map((room, i): [string, MemberCards] => [
              toRead[i]!,
              { memberId: toRead[i]!, name: readMemberName(room.doc), cards: readCards(room.doc) },
            ]),
          );
          const members = cache.store(boardId, memberList, read);
          const plan = readPlan(facilitation!.doc, templateById(board?.template));
          if (countVotes) {
            tallyIfClosed(
              boardRoom!.doc,
              facilitation!.doc,
              privates.map((room) => readVotes(room.doc)),
              plan.voteLimits,
            );
          }
          // Cards written while the board was anonymous stay anonymous for good: turning
          // named cards on afterwards must not put names on them.
          const anonymous = locked || (!plan.namedCards && members.some((m) => m.cards.length > 0));
          if (anonymous && !locked) await lockAnonymity(boardId);
          const session = readSession(facilitation!.doc);
          mirrorBrainstorm(
            facilitation!.doc,
            members,
            {
              revealed: session.revealed && mayReveal(session),
              namedCards: plan.namedCards && !anonymous,
              publicId: publicIdFor(boardId),
              random: secureRandom,
              importedId: importedCardId(boardId),
            },
            MIRROR_ORIGIN,
          );
        });
      } catch (err) {
        cache.forget(boardId); // what this mirror was to read is read again next time
        throw err;
      }
    }

    function mirror(boardId: string): Promise<void> {
      clearTimeout(timers.get(boardId));
      timers.delete(boardId);
      return queue.run(boardId, () => mirrorNow(boardId, false));
    }

    function countVotesNow(boardId: string): Promise<void> {
      clearTimeout(graces.get(boardId));
      graces.delete(boardId);
      return queue.run(boardId, () => mirrorNow(boardId, true));
    }

    const schedule = (room: Room) => {
      const ref = parseRoom(room.name);
      if (!ref || ref.kind === 'board') return;
      const { boardId } = ref;
      if (ref.kind === 'private') {
        lockOnCard(boardId, room.doc);
        cache.changed(boardId, ref.memberId);
      }
      if (ref.kind === 'facilitation') {
        // A reveal written before the session started is refused, before anything reads it.
        if (app.storageHealth.writable) withdrawEarlyReveal(room.doc, MIRROR_ORIGIN);
        // Dots cast just before the close may still be on their way: the ballots are
        // counted a grace period after the server first sees the vote closed, whatever
        // else is mirrored meanwhile. Reopening the vote calls the count off.
        const due = awaitsTally(room.doc);
        if (due && !graces.has(boardId)) {
          graces.set(
            boardId,
            setTimeout(() => void countVotesNow(boardId), voteGraceMs),
          );
        } else if (!due && graces.has(boardId)) {
          clearTimeout(graces.get(boardId));
          graces.delete(boardId);
        }
      }
      if (!timers.has(boardId)) {
        timers.set(
          boardId,
          setTimeout(() => void mirror(boardId), DEBOUNCE_MS),
        );
      }
    };
    rooms.addHooks({
      afterPeerUpdate: schedule,
      // A mirror cut short by a shutdown is redone when the board is next opened.
      afterLoad: (room) => {
        if (parseRoom(room.name)?.kind === 'facilitation') schedule(room);
      },
      // A board whose facilitation doc leaves memory is read whole on its next mirror.
      beforeUnload: (room) => {
        const ref = parseRoom(room.name);
        if (ref?.kind === 'facilitation') cache.forget(ref.boardId);
      },
    });
    app.addHook('preClose', async () => {
      closing = true;
      for (const timer of [...timers.values(), ...graces.values()]) clearTimeout(timer);
      timers.clear();
      graces.clear();
      await queue.drain();
    });
    app.decorate('brainstorm', { mirror, countVotes: countVotesNow, importedCardId });
  },
  { name: 'brainstorm', dependencies: ['store', 'rooms', 'members'] },
);
