/**
 * Yjs clients in the test's Node process, for stories that prepare a board (cards in
 * private docs, clusters) faster than a browser could, or check a doc directly.
 *
 * Yjs, y-websocket and ws come from the server's dependencies by their ESM entry points,
 * so Yjs is the very module @hindsight/shared imports (two copies of Yjs do not mix).
 */
import { readFileSync } from 'node:fs';
import type { addCard } from '@hindsight/shared';

type Doc = Parameters<typeof addCard>[0];

interface Provider {
  readonly synced: boolean;
  once(event: 'sync', listener: () => void): void;
  destroy(): void;
}

interface SyncModules {
  readonly Doc: new () => Doc;
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
