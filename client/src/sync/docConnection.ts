/**
 * One doc's link to the server: the websocket provider that syncs the doc with its room,
 * and the awareness that carries presence. A board has several (board doc, facilitation
 * doc); nothing outside src/sync/ sees these.
 */
import { CloseCode, isFatalClose, parseRoom, SCHEMA_VERSIONS } from '@hindsight/shared';
import { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';

/** The sync endpoint on the origin that served the page (`/sync/<room>`). */
export function syncBaseUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sync`;
}

export interface DocConnection {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  readonly awareness: Awareness;
  /** Leaves the room: tells peers we left and closes the socket. The doc stays usable. */
  close(): void;
}

/**
 * Connects `doc` to the sync room `room` with the board token, and `params` besides (a
 * private doc's `member` key). The layout version this code expects of the doc goes
 * along, so a page left open across an update is told to reload instead of writing an
 * old layout into a new doc.
 */
export function openDocConnection(
  doc: Y.Doc,
  room: string,
  token: string,
  params: Readonly<Record<string, string>> = {},
): DocConnection {
  // Its local state starts as `{}`: that says nothing about the person, and its periodic
  // renewal is what keeps a quiet room's connection from looking dead to the provider.
  const awareness = new Awareness(doc);
  const kind = parseRoom(room)?.kind;
  const schema: Record<string, string> = kind ? { schema: String(SCHEMA_VERSIONS[kind]) } : {};
  const provider = new WebsocketProvider(syncBaseUrl(window.location), room, doc, {
    awareness,
    params: { ...params, ...schema, token },
    // Every tab talks to the server, which checks its token; tabs do not relay to each
    // other, so an observer's tab can never pass updates on through a participant's.
    disableBc: true,
    // Reconnect after anything but a close the shared protocol calls fatal (1012 restart,
    // 4500 server error, dropped networks...). The bridge explains the fatal ones, and
    // reconnects after 4507 (saving paused) and 4430 (too many connections) itself, later
    // than the provider would.
    shouldReconnect: (event) =>
      !isFatalClose(event.code) &&
      event.code !== CloseCode.SavingPaused &&
      event.code !== CloseCode.TooManyConnections,
  });
  const leave = () => awareness.setLocalState(null);
  window.addEventListener('pagehide', leave);
  return {
    doc,
    provider,
    awareness,
    close() {
      window.removeEventListener('pagehide', leave);
      provider.destroy();
      awareness.destroy();
    },
  };
}
