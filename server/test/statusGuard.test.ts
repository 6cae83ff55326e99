/**
 * Only the facilitator or a postmortem owner moves the postmortem status (issue #21,
 * shared entities/statusWorkflow.ts): a participant's hand-made update of the board doc
 * that changes it is put back by the server, for everyone, the writer included.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  facilitationMap,
  memberIdOf,
  newMemberKey,
  postmortemMap,
  privateRoomName,
  readPostmortemStatus,
  roomName,
  setMemberName,
  type CreateBoardResponse,
} from '@hindsight/shared';
import { createBoard, synced, testContext, WAIT_MS, type TestServer } from './helpers.ts';

const t = testContext();

/** A participant's board doc, from a browser registered as a member named `name`. */
async function participantNamed(server: TestServer, board: CreateBoardResponse, name: string) {
  const key = newMemberKey();
  const token = board.tokens.participant;
  const own = t.client(server, privateRoomName(board.id, memberIdOf(key)), token, key);
  await synced(own);
  setMemberName(own.doc, name);
  const doc = t.client(server, roomName(board.id), token, key);
  await synced(doc);
  return doc;
}

/** What the server holds, once it holds it. */
async function storedStatus(server: TestServer, board: CreateBoardResponse, status: string) {
  await server.app.rooms.withRooms([roomName(board.id)], ([room]) =>
    vi.waitFor(() => expect(readPostmortemStatus(room!.doc)).toBe(status), { timeout: WAIT_MS }),
  );
}

describe('a crafted update cannot move the postmortem status', () => {
  it('from a participant who is not an owner: the server puts it back, for them too', async () => {
    const server = await t.server();
    const board = await createBoard(server);
    const mallory = await participantNamed(server, board, 'Mallory');
    postmortemMap(mallory.doc).set('status', 'closed');
    // Her own doc reads it back once the server's repair reached her.
    await vi.waitFor(() => expect(readPostmortemStatus(mallory.doc)).toBe('draft'), {
      timeout: WAIT_MS,
    });
    await storedStatus(server, board, 'draft');
    // A connection with no member key at all: the same.
    const anonymous = t.client(server, roomName(board.id), board.tokens.participant);
    await synced(anonymous);
    postmortemMap(anonymous.doc).set('status', 'in review');
    await vi.waitFor(() => expect(readPostmortemStatus(anonymous.doc)).toBe('draft'), {
      timeout: WAIT_MS,
    });
  });

  it('but a postmortem owner and the facilitator move it, and a stranger cannot undo theirs', async () => {
    const server = await t.server();
    const board = await createBoard(server);
    const facilitator = t.client(server, roomName(board.id), board.tokens.facilitator);
    const facilitation = t.client(
      server,
      roomName(board.id, 'facilitation'),
      board.tokens.facilitator,
    );
    await Promise.all([synced(facilitator), synced(facilitation)]);
    postmortemMap(facilitator.doc).set('status', 'in review');
    await storedStatus(server, board, 'in review');

    facilitationMap(facilitation.doc).set('owners', ['Dana Kim']);
    const dana = await participantNamed(server, board, 'Dana Kim');
    await vi.waitFor(() => expect(facilitationMap(facilitation.doc).get('owners')).toBeTruthy());
    postmortemMap(dana.doc).set('status', 'actions open');
    await storedStatus(server, board, 'actions open');

    const mallory = await participantNamed(server, board, 'Mallory');
    postmortemMap(mallory.doc).set('status', 'draft');
    await vi.waitFor(() => expect(readPostmortemStatus(mallory.doc)).toBe('actions open'), {
      timeout: WAIT_MS,
    });
    await storedStatus(server, board, 'actions open');
    await vi.waitFor(() => expect(readPostmortemStatus(facilitator.doc)).toBe('actions open'), {
      timeout: WAIT_MS,
    });
  });
});
