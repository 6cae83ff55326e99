/**
 * Who may put what into which doc, tried at the protocol level: every role against every
 * doc kind with every message that can carry content. For each cell: the close code (or
 * none), what a reader connected beforehand receives on the wire, and what a fresh reader
 * loads after a restart. One row per role; a new role or doc kind is a new row or column.
 */
import { describe, expect, it } from 'vitest';
import {
  CloseCode,
  memberIdOf,
  newMemberKey,
  privateRoomName,
  RotateLinksResponseSchema,
  roomName,
  type CreateBoardResponse,
} from '@hindsight/shared';
import { createBoard, startServer, testContext, type TestServer } from './helpers.ts';
import { syncUrl, updateCarrying, wire, WireClient } from './wire.ts';

const t = testContext();

const MESSAGES = ['update', 'sync step 2', "awareness for another's client id"] as const;
type Message = (typeof MESSAGES)[number];
const DOCS = ['board', 'facilitation', 'own private', "another's private"] as const;
type Doc = (typeof DOCS)[number];

/**
 * Applied: relayed and stored. Relayed: passed on, never stored (presence). Ignored: the
 * socket stays open, nothing relayed or stored.
 */
type Outcome = 'applied' | 'relayed' | 'ignored' | CloseCode;
type Cell = Readonly<Record<Message, Outcome>>;

const WRITES: Cell = {
  update: 'applied',
  'sync step 2': 'applied',
  "awareness for another's client id": 'ignored',
};
/**
 * A private doc has one member, its owner: a client id there is the owner's own (another
 * tab, or the same tab reconnecting), which presence is bound to, so it is relayed.
 */
const OWN_PRIVATE: Cell = { ...WRITES, "awareness for another's client id": 'relayed' };
/**
 * A reader's step 2 is its handshake: never applied, never refused (it may hold what a
 * crashed server had relayed but not stored). Any other update is a write, refused.
 */
const READS: Cell = {
  update: CloseCode.Forbidden,
  'sync step 2': 'ignored',
  "awareness for another's client id": 'ignored',
};
/** Refused when the socket opens: nothing sent on it is ever read. */
const refused = (code: CloseCode): Cell => ({
  update: code,
  'sync step 2': code,
  "awareness for another's client id": code,
});

/** The boards and links a row's credentials come from. */
interface World {
  readonly board: CreateBoardResponse;
  /** The participant link after it was replaced once; `board.tokens.participant` is the old one. */
  readonly participant: string;
  readonly other: CreateBoardResponse;
}

interface Row {
  readonly who: string;
  /** The token this role connects with; each row has a member key of its own. */
  readonly token: (world: World) => string;
  readonly docs: Readonly<Record<Doc, Cell>>;
}

const MATRIX: readonly Row[] = [
  {
    who: 'facilitator',
    token: (w) => w.board.tokens.facilitator,
    docs: {
      board: WRITES,
      facilitation: WRITES,
      'own private': OWN_PRIVATE,
      "another's private": refused(CloseCode.Forbidden),
    },
  },
  {
    who: 'participant',
    token: (w) => w.participant,
    docs: {
      board: WRITES,
      facilitation: READS,
      'own private': OWN_PRIVATE,
      "another's private": refused(CloseCode.Forbidden),
    },
  },
  {
    // The survey link is the participant link with `view=survey` in its fragment, which
    // never reaches the server: the server must treat it exactly as the participant.
    who: 'survey',
    token: (w) => w.participant,
    docs: {
      board: WRITES,
      facilitation: READS,
      'own private': OWN_PRIVATE,
      "another's private": refused(CloseCode.Forbidden),
    },
  },
  {
    who: 'observer',
    token: (w) => w.board.tokens.observer,
    docs: {
      board: READS,
      facilitation: READS,
      'own private': refused(CloseCode.Forbidden),
      "another's private": refused(CloseCode.Forbidden),
    },
  },
  {
    who: 'member of another board',
    token: (w) => w.other.tokens.participant,
    docs: {
      board: refused(CloseCode.Unauthorized),
      facilitation: refused(CloseCode.Unauthorized),
      'own private': refused(CloseCode.Unauthorized),
      "another's private": refused(CloseCode.Unauthorized),
    },
  },
  {
    who: 'revoked link',
    token: (w) => w.board.tokens.participant,
    docs: {
      board: refused(CloseCode.Unauthorized),
      facilitation: refused(CloseCode.Unauthorized),
      'own private': refused(CloseCode.Unauthorized),
      "another's private": refused(CloseCode.Unauthorized),
    },
  },
];

/** One address opens every socket here: the per-address connection rate is raised. */
const LIMITS = { connectBurst: 1000, connectsPerSecond: 1000 };

/** A room, and the credentials of someone who may read and write it. */
interface Target {
  readonly room: string;
  readonly token: string;
  readonly member?: string;
}

function targets(world: World, ownKey: string, othersKey: string): Record<Doc, Target> {
  const { board, participant } = world;
  // Presence is a member's: the facilitator's sockets carry a member key of their own.
  const facilitatorKey = newMemberKey();
  return {
    board: { room: roomName(board.id), token: board.tokens.facilitator, member: facilitatorKey },
    facilitation: {
      room: roomName(board.id, 'facilitation'),
      token: board.tokens.facilitator,
      member: facilitatorKey,
    },
    'own private': {
      room: privateRoomName(board.id, memberIdOf(ownKey)),
      token: participant,
      member: ownKey,
    },
    "another's private": {
      room: privateRoomName(board.id, memberIdOf(othersKey)),
      token: participant,
      member: othersKey,
    },
  };
}

async function replaceParticipantLink(server: TestServer, board: CreateBoardResponse) {
  const res = await server.app.inject({
    method: 'POST',
    url: `/api/boards/${board.id}/links`,
    headers: {
      authorization: `Bearer ${board.tokens.facilitator}`,
      'content-type': 'application/json',
    },
    payload: JSON.stringify({ roles: ['participant'] }),
  });
  expect(res.statusCode).toBe(200);
  return RotateLinksResponseSchema.parse(res.json()).tokens.participant!;
}

describe('permission matrix', () => {
  const rows = MATRIX.map((row) => [row.who, row] as const);
  it.each(rows)('%s: every doc kind, every message that carries content', async (_, row) => {
    let server = await t.server({ limits: LIMITS });
    const board = await createBoard(server);
    const world: World = {
      board,
      participant: await replaceParticipantLink(server, board),
      other: await createBoard(server),
    };
    const ownKey = newMemberKey();
    const docs = targets(world, ownKey, newMemberKey());
    const open = (target: Target, token = target.token, member = target.member) => {
      const socket = new WireClient(syncUrl(server.url, target.room, token, member));
      t.defer(() => socket.terminate());
      return socket;
    };
    const forged = (doc: Doc, message: Message) => `forged by ${row.who}: ${doc}, ${message}`;
    const barrier = (doc: Doc, message: Message) => `after ${row.who}: ${doc}, ${message}`;
    const payload = (message: Message, text: string, readerId: number) => {
      switch (message) {
        case 'update':
          return wire.update(updateCarrying(text));
        case 'sync step 2':
          return wire.step2(updateCarrying(text));
        case "awareness for another's client id":
          return wire.awareness(readerId, 1_000, { user: { name: text } });
      }
    };

    for (const doc of DOCS) {
      const target = docs[doc];
      // The reader is connected first and speaks for its own client id in presence.
      const reader = open(target);
      const writer = open(target);
      await Promise.all([reader.joined(), writer.joined()]);
      const readerId = 1 + Math.floor(Math.random() * 2 ** 30);
      reader.send(wire.awareness(readerId, 1, { user: { name: `reader of ${doc}` } }));
      await reader.receives(`reader of ${doc}`);

      for (const message of MESSAGES) {
        const expected = row.docs[doc][message];
        const attacker = open(target, row.token(world), ownKey);
        await attacker.opened;
        attacker.send(payload(message, forged(doc, message), readerId));
        if (typeof expected === 'number') {
          expect(await attacker.closed, `${doc}, ${message}: close code`).toBe(expected);
        } else {
          // Once the server answers the next message, it has handled the forged one.
          await attacker.roundTrip();
          expect(attacker.code, `${doc}, ${message}: stays open`).toBeNull();
        }
        // A write after the attempt: once the reader has it, it has whatever came before.
        writer.send(wire.update(updateCarrying(barrier(doc, message))));
        await reader.receives(barrier(doc, message));
        expect(reader.received(forged(doc, message)), `${doc}, ${message}: relayed`).toBe(
          expected === 'applied' || expected === 'relayed',
        );
        attacker.terminate();
      }
    }

    await server.stop();
    server = await startServer(server.storage, {}, LIMITS);
    t.defer(() => server.stop());
    for (const doc of DOCS) {
      const fresh = open(docs[doc]);
      await fresh.joined();
      await fresh.roundTrip();
      for (const message of MESSAGES) {
        expect(fresh.received(barrier(doc, message)), `${doc}, ${message}: later write kept`).toBe(
          true,
        );
        expect(fresh.received(forged(doc, message)), `${doc}, ${message}: stored`).toBe(
          row.docs[doc][message] === 'applied',
        );
      }
    }
  });
});
