/**
 * Yjs clients in the test's Node process, for stories that prepare a board (cards in
 * private docs, clusters) faster than a browser could, or check a doc directly.
 *
 * Yjs, y-websocket and ws come from the server's dependencies by their ESM entry points,
 * so Yjs is the very module @hindsight/shared imports (two copies of Yjs do not mix).
 */
import { readFileSync } from 'node:fs';
import {
  addCard,
  memberIdOf,
  newMemberKey,
  privateRoomName,
  readBrainstormCounts,
  roomName,
  setMemberName,
  type CreateBoardResponse,
} from '@hindsight/shared';
import { expect } from '@playwright/test';

type Doc = Parameters<typeof addCard>[0];

interface Provider {
  readonly synced: boolean;
  once(event: 'sync', listener: () => void): void;
  destroy(): void;
}

interface SyncModules {
  readonly Doc: new () => Doc;
  readonly encodeStateAsUpdate: (doc: Doc) => Uint8Array;
  readonly WebsocketProvider: new (
    url: string,
    room: string,
    doc: Doc,
    options: { params: Record<string, string>; WebSocketPolyfill: unknown; disableBc: boolean },
  ) => Provider;
  readonly WebSocket: unknown;
}

async function syncModules(): Promise<SyncModules> {
  const modules = new URL('../../server/node_modules/', import.meta.url);
  const load = async (name: string) => {
    const dir = new URL(`${name}/`, modules);
    const pkg = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as {
      exports: { '.': { import: string } };
    };
    return (await import(new URL(pkg.exports['.'].import, dir).href)) as Record<string, unknown>;
  };
  const [Y, yws, ws] = await Promise.all([load('yjs'), load('y-websocket'), load('ws')]);
  return {
    Doc: (Y as { Doc: SyncModules['Doc'] }).Doc,
    encodeStateAsUpdate: (Y as Pick<SyncModules, 'encodeStateAsUpdate'>).encodeStateAsUpdate,
    WebsocketProvider: yws.WebsocketProvider as SyncModules['WebsocketProvider'],
    WebSocket: ws.default,
  };
}

export interface NodeDocs {
  /** Opens a room (with its query parameters: token, member) and waits until synced. */
  open(room: string, params: Record<string, string>): Promise<Doc>;
  /** Disconnects every doc opened. */
  close(): void;
}

export async function nodeDocs(serverUrl: string): Promise<NodeDocs> {
  const { Doc, WebsocketProvider, WebSocket } = await syncModules();
  const providers: Provider[] = [];
  return {
    async open(room, params) {
      const doc = new Doc();
      const provider = new WebsocketProvider(
        `${serverUrl.replace(/^http/, 'ws')}/sync`,
        room,
        doc,
        {
          params,
          WebSocketPolyfill: WebSocket,
          disableBc: true,
        },
      );
      providers.push(provider);
      if (!provider.synced) await new Promise<void>((done) => provider.once('sync', done));
      return doc;
    },
    close() {
      for (const provider of providers.splice(0)) provider.destroy();
    },
  };
}

/** A sync update message (type 0, step "update") carrying `update`, as y-websocket frames it. */
function updateMessage(update: Uint8Array): Uint8Array {
  const length: number[] = [];
  let n = update.length;
  while (n > 0x7f) {
    length.push(0x80 | (n & 0x7f));
    n >>>= 7;
  }
  length.push(n);
  return Uint8Array.from([0, 2, ...length, ...update]);
}

/**
 * Writes text into a room in changes of about `chunk` bytes, one after the other, until
 * the server refuses one; resolves with the close code. Used to bring a board to its size
 * limit faster than a browser could (a raw socket: a provider would send it all again).
 */
export async function fillUntilRefused(
  serverUrl: string,
  room: string,
  token: string,
  chunk: number,
): Promise<number> {
  const { Doc, encodeStateAsUpdate, WebSocket } = await syncModules();
  type Socket = {
    on(event: 'open' | 'message', listener: () => void): void;
    on(event: 'close', listener: (code: number) => void): void;
    send(data: Uint8Array, done: () => void): void;
    readonly readyState: number;
  };
  const Ws = WebSocket as new (url: string) => Socket;
  const ws = new Ws(`${serverUrl.replace(/^http/, 'ws')}/sync/${room}?token=${token}`);
  const closed = new Promise<number>((done) => ws.on('close', done));
  await new Promise<void>((done) => ws.on('open', done));
  while (ws.readyState === 1) {
    const doc = new Doc() as unknown as {
      getText(name: string): { insert(at: number, text: string): void };
    };
    // eslint-disable-next-line no-restricted-syntax -- filler, not the board's layout
    doc.getText('filler').insert(0, 'x'.repeat(chunk));
    await new Promise<void>((done) =>
      ws.send(updateMessage(encodeStateAsUpdate(doc as unknown as Doc)), done),
    );
    // Paced below the message rate, so that few changes are in flight when one is refused
    // (those after it are dropped unread either way).
    await new Promise((done) => setTimeout(done, 5));
  }
  return closed;
}

/** A card as a person writes it in the brainstorm: a column id of the template and a text. */
export interface CardInput {
  readonly column: string;
  readonly text: string;
}

/**
 * Cards written from Node, each person in a private doc of their own under their name
 * with the participant link's token, as their browser writes them in the brainstorm (the
 * server cannot tell the difference); resolves once the server counts them all. For
 * stories about what comes after the brainstorm: brainstorm.spec.ts types cards through
 * the page.
 */
export async function writeCards(
  serverUrl: string,
  board: CreateBoardResponse,
  byPerson: Readonly<Record<string, readonly CardInput[]>>,
): Promise<void> {
  const docs = await nodeDocs(serverUrl);
  try {
    for (const [name, cards] of Object.entries(byPerson)) {
      const key = newMemberKey();
      const doc = await docs.open(privateRoomName(board.id, memberIdOf(key)), {
        token: board.tokens.participant,
        member: key,
      });
      setMemberName(doc, name);
      for (const card of cards) addCard(doc, card);
    }
    const facilitation = await docs.open(roomName(board.id, 'facilitation'), {
      token: board.tokens.facilitator,
    });
    const total = Object.values(byPerson).reduce((sum, cards) => sum + cards.length, 0);
    await expect.poll(() => readBrainstormCounts(facilitation).cards).toBe(total);
  } finally {
    docs.close();
  }
}
