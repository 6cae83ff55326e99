/**
 * Size limits per update, per doc and per board (docs/SECURITY.md, "A board has a size
 * limit"). A doc's size is what the room counts (room.ts `docBytes`): close from above,
 * exact after each compaction. A board's size is the sum of its docs this process has
 * loaded since it started; a doc keeps its last size here after it unloads, since it
 * cannot grow while unloaded.
 *
 * Compaction and a joiner's full state cost time in proportion to the doc, so the doc
 * limit also bounds those.
 */
import { parseRoom } from '@hindsight/shared';
import type { SyncLimits } from './limits.ts';

export type SizeLimits = Pick<SyncLimits, 'maxUpdateBytes' | 'maxDocBytes' | 'maxBoardBytes'>;

/** Why a write of `bytes` is refused, or null when it fits. Pure. */
export function sizeRefusal(
  bytes: number,
  docBytes: number,
  boardBytes: number,
  limits: SizeLimits,
): string | null {
  if (bytes > limits.maxUpdateBytes) return 'the change is larger than one change may be';
  if (docBytes + bytes > limits.maxDocBytes) return 'the document is full';
  if (boardBytes + bytes > limits.maxBoardBytes) return 'the board is full';
  return null;
}

/** The size of every doc by room name, summed by board. */
export class BoardSizes {
  private readonly byBoard = new Map<string, Map<string, number>>();

  set(room: string, bytes: number): void {
    const boardId = parseRoom(room)?.boardId ?? room;
    let docs = this.byBoard.get(boardId);
    if (!docs) {
      docs = new Map();
      this.byBoard.set(boardId, docs);
    }
    docs.set(room, bytes);
  }

  /** The bytes of every doc of the room's board. */
  boardBytes(room: string): number {
    const docs = this.byBoard.get(parseRoom(room)?.boardId ?? room);
    let sum = 0;
    for (const bytes of docs?.values() ?? []) sum += bytes;
    return sum;
  }
}
