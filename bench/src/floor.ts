/**
 * The floor: a bare `ws` relay that carries the same bytes as a y-websocket server and
 * does no Yjs work. It relays sync updates and awareness to the other peers of a room,
 * keeps the last state a client pushed unprompted (a sync step 2) as opaque bytes, and
 * answers a sync step 1 with those bytes. Whatever a real server does beyond this is
 * its own cost.
 */
import { createServer, type Server } from 'node:http';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';

/** y-websocket framing: [0 = sync, step] where step 0 = step 1, 1 = step 2, 2 = update. */
const SYNC = 0;
const STEP1 = 0;
const STEP2 = 1;
/** A sync step 2 carrying an empty update: what an empty server answers. */
const EMPTY_STEP2 = Uint8Array.of(SYNC, STEP2, 2, 0, 0);

interface FloorRoom {
  readonly peers: Set<WebSocket>;
  state: Uint8Array;
}

export interface Floor {
  readonly server: Server;
  roomCount(): number;
}

function toBuffer(data: RawData): Buffer {
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.isBuffer(data) ? data : Buffer.from(data);
}

export function startFloor(): Floor {
  const rooms = new Map<string, FloorRoom>();
  const server = createServer((_req, res) => res.writeHead(404).end());
  const wss = new WebSocketServer({ server });
  wss.on('connection', (ws, req) => {
    const name = (req.url ?? '/').split('?')[0]!;
    let room = rooms.get(name);
    if (!room) {
      room = { peers: new Set(), state: EMPTY_STEP2 };
      rooms.set(name, room);
    }
    const own = room;
    own.peers.add(ws);
    ws.on('message', (data) => {
      const bytes = toBuffer(data);
      if (bytes[0] === SYNC && bytes[1] === STEP1) {
        ws.send(own.state);
        return;
      }
      if (bytes[0] === SYNC && bytes[1] === STEP2) {
        own.state = bytes;
        return;
      }
      for (const peer of own.peers) if (peer !== ws) peer.send(bytes);
    });
    ws.on('close', () => {
      own.peers.delete(ws);
      if (own.peers.size === 0) rooms.delete(name);
    });
    ws.on('error', () => undefined);
  });
  return { server, roomCount: () => rooms.size };
}
