/** The reference server ships no types; these are the two exports the bench uses. */
declare module '@y/websocket-server/utils' {
  import type { IncomingMessage } from 'node:http';
  import type { WebSocket } from 'ws';

  export const docs: Map<string, unknown>;
  export function setupWSConnection(conn: WebSocket, req: IncomingMessage): void;
}
