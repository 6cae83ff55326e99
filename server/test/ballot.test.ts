/**
 * One person, one ballot (issue 22, finding 4): a link mints member keys at will, but
 * the server registers a limited number of members per board and role, counts only
 * those, and the facilitator sees and removes strays.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  addCard,
  BoardMembersResponseSchema,
  CloseCode,
  memberIdOf,
  newMemberKey,
  privateRoomName,
  readBrainstormCounts,
  roomName,
  setMemberName,
  type CreateBoardResponse,
} from '@hindsight/shared';
import {
  closeCodeOf,
  createBoard,
  synced,
  type TestServer,
  testContext,
  WAIT_MS,
} from './helpers.ts';

const t = testContext();
const PER_ROLE = 3;

const privateUrl = (server: TestServer, board: CreateBoardResponse, key: string) =>
  `${server.url.replace(/^http/, 'ws')}/sync/${privateRoomName(board.id, memberIdOf(key))}?token=${board.tokens.participant}&member=${key}`;

/** A member writing one card in its private doc. */
async function writer(server: TestServer, board: CreateBoardResponse, key: string, name: string) {
  const client = t.client(
    server,
    privateRoomName(board.id, memberIdOf(key)),
    board.tokens.participant,
    key,
  );
  await synced(client);
  setMemberName(client.doc, name);
  addCard(client.doc, { text: `Card from ${name}`, column: 'went-wrong' });
  return client;
}

async function members(server: TestServer, board: CreateBoardResponse) {
  const res = await fetch(`${server.url}/api/boards/${board.id}/members`, {
    headers: { authorization: `Bearer ${board.tokens.facilitator}` },
  });
  expect(res.status).toBe(200);
  return BoardMembersResponseSchema.parse(await res.json());
}

describe('one person, one ballot', () => {
  it('refuses member keys past the limit with 4409, and counts only registered members', async () => {
    const server = await t.server({ members: { perRole: PER_ROLE } });
    const board = await createBoard(server);
    const facilitation = t.client(
      server,
      roomName(board.id, 'facilitation'),
      board.tokens.observer,
    );
    await synced(facilitation);
    for (let i = 0; i < PER_ROLE; i++) await writer(server, board, newMemberKey(), `Person ${i}`);
    // The same link minting more keys: each is refused, whatever it would write.
    for (let i = 0; i < 5; i++) {
      expect(await closeCodeOf(privateUrl(server, board, newMemberKey()), WAIT_MS)).toBe(
        CloseCode.MemberLimit,
      );
    }
    await vi.waitFor(() =>
      expect(readBrainstormCounts(facilitation.doc)).toEqual({ cards: PER_ROLE, people: PER_ROLE }),
    );
    const listed = await members(server, board);
    expect(listed.members).toHaveLength(PER_ROLE);
    expect(listed.members.every((m) => m.wrote && !m.voted)).toBe(true);
    expect(listed.perRole).toBe(PER_ROLE);
  });

  it('lets the facilitator remove a stray: its key is refused with 4410 and its cards stop counting', async () => {
    const server = await t.server({ members: { perRole: PER_ROLE } });
    const board = await createBoard(server);
    const facilitation = t.client(
      server,
      roomName(board.id, 'facilitation'),
      board.tokens.observer,
    );
    await synced(facilitation);
    await writer(server, board, newMemberKey(), 'Honest');
    const strayKey = newMemberKey();
    const stray = await writer(server, board, strayKey, 'Stray');
    await vi.waitFor(() => expect(readBrainstormCounts(facilitation.doc).people).toBe(2));

    const strayId = memberIdOf(strayKey);
    const closed = new Promise<number>((resolve) =>
      stray.provider.ws?.addEventListener('close', (event) => resolve(event.code)),
    );
    const res = await fetch(`${server.url}/api/boards/${board.id}/members/${strayId}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${board.tokens.facilitator}` },
    });
    expect(res.status).toBe(204);
    expect(await closed).toBe(CloseCode.MemberRemoved);
    expect(readBrainstormCounts(facilitation.doc)).toEqual({ cards: 1, people: 1 });
    expect(await closeCodeOf(privateUrl(server, board, strayKey), WAIT_MS)).toBe(
      CloseCode.MemberRemoved,
    );
    expect((await members(server, board)).members.map((m) => m.name)).toEqual(['Honest']);
    // A removed member's slot stays taken: removing is not a way to mint more.
    const listed = await server.app.members.list(board.id);
    expect(listed.filter((m) => m.removed).map((m) => m.memberId)).toEqual([strayId]);
  });
});
