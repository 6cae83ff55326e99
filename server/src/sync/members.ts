/**
 * The members of a board: everyone with a private doc, stored or resident. A member's
 * private doc is created by their first write, so this is who has written anything.
 */
import { parseRoom, privateRoomName } from '@hindsight/shared';
import type { Store } from '../storage/store.ts';
import type { RoomManager } from './roomManager.ts';

/** The member ids of a board, stored and resident ones together, each once. */
export async function boardMemberIds(
  store: Pick<Store, 'listRooms'>,
  rooms: Pick<RoomManager, 'residentNames'>,
  boardId: string,
): Promise<string[]> {
  const prefix = privateRoomName(boardId, '');
  const memberIds = new Set<string>();
  for (const name of [...(await store.listRooms(prefix)), ...rooms.residentNames()]) {
    const ref = parseRoom(name);
    if (ref?.kind === 'private' && ref.boardId === boardId) memberIds.add(ref.memberId);
  }
  return [...memberIds];
}
