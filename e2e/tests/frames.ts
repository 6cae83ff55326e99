/**
 * What a browser received on its websockets, recorded and decoded, to check anonymity
 * from the bytes a participant actually gets (DESIGN.md, "Anonymity is enforced"): the
 * y-websocket protocol (message type, then a sync or awareness payload), Yjs updates
 * down to the client id that created each item, and awareness states.
 */
import type { Page } from '@playwright/test';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

/** One websocket frame a page received. */
export interface Frame {
  /** The socket's URL: which room it came from (its query holds the token). */
  readonly url: string;
  readonly bytes: Uint8Array;
}

/** y-websocket message types (y-websocket's `messageSync`, `messageAwareness`). */
const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
/** y-protocols sync message types. */
const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/**
 * Records every frame `page` receives on any websocket, from now on. Call it before the
 * page navigates, so the first sync is in it too.
 */
export function recordFrames(page: Page): Frame[] {
  const frames: Frame[] = [];
  page.on('websocket', (socket) => {
    const url = socket.url();
    socket.on('framereceived', ({ payload }) => {
      const bytes =
        typeof payload === 'string' ? new TextEncoder().encode(payload) : new Uint8Array(payload);
      frames.push({ url, bytes });
    });
  });
  return frames;
}

/** The frames whose raw bytes hold `text` encoded as UTF-8 (Yjs writes strings so). */
export function framesHolding(frames: readonly Frame[], text: string): Frame[] {
  const needle = Buffer.from(text, 'utf8');
  return frames.filter((frame) => Buffer.from(frame.bytes).includes(needle));
}

export interface AwarenessEntry {
  readonly clientId: number;
  readonly clock: number;
  /** The published state; null when the client left. */
  readonly state: unknown;
}

export interface DecodedFrame {
  /** Yjs updates (V1) from sync step 2 and update messages. */
  readonly updates: Uint8Array[];
  readonly awareness: AwarenessEntry[];
}

/** Decodes the y-websocket messages of one frame (usually one). */
export function decodeFrame(frame: Frame): DecodedFrame {
  const updates: Uint8Array[] = [];
  const awareness: AwarenessEntry[] = [];
  const decoder = decoding.createDecoder(frame.bytes);
  while (decoding.hasContent(decoder)) {
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_SYNC) {
      const step = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (step === SYNC_STEP_2 || step === SYNC_UPDATE) updates.push(payload);
      else if (step !== SYNC_STEP_1) throw new Error(`unknown sync message ${step}`);
    } else if (type === MESSAGE_AWARENESS) {
      const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
      const count = decoding.readVarUint(update);
      for (let i = 0; i < count; i++) {
        const clientId = decoding.readVarUint(update);
        const clock = decoding.readVarUint(update);
        const state: unknown = JSON.parse(decoding.readVarString(update));
        awareness.push({ clientId, clock, state });
      }
    } else {
      // Auth and query-awareness messages carry nothing about cards or people.
      break;
    }
  }
  return { updates, awareness };
}

/** One item of a Yjs update: who created it, and what it holds as text. */
export interface DecodedItem {
  readonly client: number;
  readonly clock: number;
  /** The item's content as text: a string's characters, or JSON of other values. */
  readonly text: string;
}

function contentText(content: Y.Item['content']): string {
  if (content instanceof Y.ContentString) return content.str;
  if (content instanceof Y.ContentAny || content instanceof Y.ContentJSON)
    return JSON.stringify(content.getContent());
  if (content instanceof Y.ContentBinary) return Buffer.from(content.content).toString('utf8');
  if (content instanceof Y.ContentEmbed) return JSON.stringify(content.embed);
  // Types, formats, deleted ranges and subdocs hold no text of their own.
  return '';
}

/** Every item the updates create, with its creator's client id. */
export function decodeItems(updates: readonly Uint8Array[]): DecodedItem[] {
  const items: DecodedItem[] = [];
  for (const update of updates) {
    for (const struct of Y.decodeUpdate(update).structs) {
      if (!(struct instanceof Y.Item)) continue; // GC and Skip structs hold nothing
      items.push({
        client: struct.id.client,
        clock: struct.id.clock,
        text: contentText(struct.content),
      });
    }
  }
  return items;
}

/**
 * Awareness client id → the display name its state published (`state.user.name`), from
 * every awareness message received: the client ids a person is tied to.
 */
export function namedClients(decoded: readonly DecodedFrame[]): Map<number, string> {
  const names = new Map<number, string>();
  for (const { awareness } of decoded) {
    for (const { clientId, state } of awareness) {
      const name = (state as { user?: { name?: unknown } } | null)?.user?.name;
      if (typeof name === 'string') names.set(clientId, name);
    }
  }
  return names;
}
