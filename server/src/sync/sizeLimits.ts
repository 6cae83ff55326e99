/**
 * Size limits per update, per doc and per board (docs/SECURITY.md, "A board has a size
 * limit"). A doc's size is what the room counts (room.ts `docBytes`): close from above,
 * exact after each compaction. A board's size is the sum of its docs: those in memory as
 * their rooms count them, the others as stored (read once, when the board's first room
 * loads after a start); a doc keeps its last size here after it unloads, since it cannot
 * grow while unloaded.
 *
 * Compaction and a joiner's full state cost time in proportion to the doc, so the doc
 * limit also bounds those.
 */
import { parseRoom } from '@hindsight/shared';
import type { SyncLimits } from './limits.ts';

export type SizeLimits = Pick<SyncLimits, 'maxUpdateBytes' | 'maxDocBytes' | 'maxBoardBytes'>;

/**
 * Why a write of `bytes` is refused, or null when it fits. A change that adds nothing
 * (it only deletes) is held to the update limit alone: deleting is how a full doc is
 * made smaller again. Pure.
 */
export function sizeRefusal(
  bytes: number,
  docBytes: number,
  boardBytes: number,
  limits: SizeLimits,
  adds = true,
): string | null {
  if (bytes > limits.maxUpdateBytes) return 'the change is larger than one change may be';
  if (!adds) return null;
  if (docBytes + bytes > limits.maxDocBytes) return 'the document is full';
  if (boardBytes + bytes > limits.maxBoardBytes) return 'the board is full';
  return null;
}

/** The board a room belongs to. */
const boardOf = (room: string): string => parseRoom(room)?.boardId ?? room;

/** The size of every doc by room name, summed by board. */
export class BoardSizes {
  private readonly byBoard = new Map<string, Map<string, number>>();
  /** Boards whose stored docs are counted, or being counted. */
  private readonly counted = new Map<string, Promise<void>>();

  set(room: string, bytes: number): void {
    const boardId = boardOf(room);
    let docs = this.byBoard.get(boardId);
    if (!docs) {
      docs = new Map();
      this.byBoard.set(boardId, docs);
    }
    docs.set(room, bytes);
  }

  /**
   * Counts the stored docs of the room's board, once per board: `read` gives the stored
   * size of each of its docs by room. A doc this process has counted already keeps its
   * figure. A failed read is tried again by the next call.
   */
  countStored(
    room: string,
    read: (boardId: string) => Promise<Map<string, number>>,
  ): Promise<void> {
    const boardId = boardOf(room);
    let counting = this.counted.get(boardId);
    if (!counting) {
      counting = read(boardId).then(
        (stored) => {
          const known = this.byBoard.get(boardId);
          for (const [name, bytes] of stored) if (!known?.has(name)) this.set(name, bytes);
        },
        (err: unknown) => {
          this.counted.delete(boardId);
          throw err;
        },
      );
      this.counted.set(boardId, counting);
    }
    return counting;
  }

  /** The bytes of every doc of the room's board. */
  boardBytes(room: string): number {
    const docs = this.byBoard.get(boardOf(room));
    let sum = 0;
    for (const bytes of docs?.values() ?? []) sum += bytes;
    return sum;
  }
}
