/**
 * One board doc's link to the server: the websocket provider that syncs the doc with its
 * room, and the awareness that carries presence. Nothing outside src/sync/ sees these.
 */
import { isFatalClose, roomName } from '@hindsight/shared';
import { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';

/** The sync endpoint on the origin that served the page (`/sync/<room>`). */
export function syncBaseUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sync`;
}

export interface BoardConnection {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  readonly awareness: Awareness;
  /** Leaves the board: tells peers we left and closes the socket. The doc stays usable. */
  close(): void;
}

export function openBoardConnection(doc: Y.Doc, boardId: string, token: string): BoardConnection {
  const awareness = new Awareness(doc);
  const provider = new WebsocketProvider(syncBaseUrl(window.location), roomName(boardId), doc, {
    awareness,
    params: { token },
    // Every tab talks to the server, which checks its token; tabs do not relay to each
    // other, so an observer's tab can never pass updates on through a participant's.
    disableBc: true,
    // Reconnect after anything but a close the shared protocol calls fatal (1012 restart,
    // 4500 server error, dropped networks...). The bridge explains the fatal ones.
    shouldReconnect: (event) => !isFatalClose(event.code),
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
