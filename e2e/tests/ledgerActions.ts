import {
  addActionItem,
  readActionItems,
  roomName,
  type CreateBoardResponse,
} from '@hindsight/shared';
import { expect, type App } from './fixtures.ts';
import { nodeDocs } from './nodeDocs.ts';

/** Writes actions into a board from Node, in one change, as a facilitator's browser would. */
export async function writeActions(
  app: App,
  board: CreateBoardResponse,
  titles: readonly string[],
  owner: string,
): Promise<void> {
  const docs = await nodeDocs(app.url);
  try {
    const doc = await docs.open(roomName(board.id), { token: board.tokens.facilitator });
    doc.transact(() => {
      for (const title of titles) addActionItem(doc, { title, owner, due: '2026-01-15' });
    });
    const check = await docs.open(roomName(board.id), { token: board.tokens.facilitator });
    await expect
      .poll(() => readActionItems(check).filter((a) => titles.includes(a.title)).length)
      .toBe(titles.length);
  } finally {
    docs.close();
  }
}
