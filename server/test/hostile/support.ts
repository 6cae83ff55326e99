/**
 * What the hostile participant tests share: every reader of the three doc kinds, waiting
 * until the server holds what a client wrote, the exports, and a named private doc.
 */
import { expect, vi } from 'vitest';
import * as Y from 'yjs';
import {
  auditBoardDoc,
  DEFAULT_TEMPLATE,
  digestDoc,
  discussionsMap,
  memberIdOf,
  newMemberKey,
  postmortemFromDocs,
  privateRoomName,
  readActionItems,
  readBrainstormCounts,
  readCards,
  readClusters,
  readConfirmations,
  readDiscussion,
  readDiscussionFocus,
  readDocumentTemplate,
  readFindings,
  readFollowUp,
  readIncident,
  readMemberName,
  readOwnerClaims,
  readPlan,
  readPostmortemOwner,
  readPostmortemStatus,
  readProposals,
  readRevealedCards,
  readSession,
  readSurveyNotes,
  readTimeline,
  readVotes,
  readVoting,
  setMemberName,
  type CreateBoardResponse,
} from '@hindsight/shared';
import { synced, type TestContext, type TestServer } from '../helpers.ts';

const FORMATS = ['markdown', 'html', 'json'] as const;

/** Every shared reader of the three doc kinds; throws only if one of them does. */
export function readEverything(
  board: Y.Doc,
  facilitation: Y.Doc,
  privates: readonly Y.Doc[],
): void {
  const revealed = readRevealedCards(facilitation);
  const { clusters } = readClusters(
    board,
    revealed.map((c) => c.id),
  );
  for (const cluster of clusters) readDiscussion(board, cluster.id);
  for (const id of discussionsMap(board).keys()) readDiscussion(board, id);
  readIncident(board);
  readTimeline(board);
  readProposals(board, facilitation);
  readSurveyNotes(board);
  readActionItems(board, facilitation);
  readFollowUp(board);
  readPostmortemStatus(board);
  readCards(board);
  readFindings(board);
  auditBoardDoc(board);
  digestDoc(board);
  readPlan(facilitation, DEFAULT_TEMPLATE);
  readSession(facilitation);
  readBrainstormCounts(facilitation);
  readVoting(facilitation);
  readPostmortemOwner(facilitation);
  readConfirmations(facilitation);
  readDiscussionFocus(facilitation);
  readDocumentTemplate(facilitation);
  postmortemFromDocs(board, facilitation, {
    boardId: 'board',
    meta: { title: 'Checkout 5xx', template: DEFAULT_TEMPLATE.id, createdAt: 0 },
    now: Date.now(),
  });
  for (const doc of privates) {
    readCards(doc);
    readVotes(doc);
    readOwnerClaims(doc);
    readMemberName(doc);
  }
}

/**
 * Once `server` holds everything `client` has written, or has refused the client (whose
 * later writes it then never takes).
 */
export async function holds(
  server: TestServer,
  room: string,
  client: Y.Doc,
  refused = () => false,
): Promise<void> {
  const mine = Y.decodeStateVector(Y.encodeStateVector(client));
  await server.app.rooms.withRooms([room], ([r]) =>
    vi.waitFor(
      () => {
        if (refused()) return;
        const theirs = Y.decodeStateVector(Y.encodeStateVector(r!.doc));
        for (const [id, clock] of mine) expect(theirs.get(id) ?? 0).toBeGreaterThanOrEqual(clock);
      },
      { timeout: 60_000 },
    ),
  );
}

/** Every export format renders for an observer. */
export async function exportsRender(server: TestServer, board: CreateBoardResponse): Promise<void> {
  for (const format of FORMATS) {
    const res = await fetch(`${server.url}/api/boards/${board.id}/export?format=${format}`, {
      headers: { authorization: `Bearer ${board.tokens.observer}` },
    });
    expect(res.status, `export as ${format}`).toBe(200);
    expect((await res.text()).length).toBeGreaterThan(0);
  }
}

/** A participant's private doc with a name, and the key that opens it again. */
export async function member(
  t: TestContext,
  server: TestServer,
  board: CreateBoardResponse,
  name: string,
) {
  const key = newMemberKey();
  const room = privateRoomName(board.id, memberIdOf(key));
  const client = t.client(server, room, board.tokens.participant, key);
  await synced(client);
  setMemberName(client.doc, name);
  return { key, room, client };
}
