/**
 * A board's members for its facilitator (shared api/members.ts): who joined, who wrote
 * and voted, who is here; and removing a stray, whose key is then refused (4410), whose
 * open sockets are closed, and whose private doc stops counting.
 */
import type { FastifyPluginAsync } from 'fastify';
import {
  CloseCode,
  MemberIdSchema,
  privateRoomName,
  readCards,
  readMemberName,
  readVotes,
  type BoardMembersResponse,
} from '@hindsight/shared';
import { sendError } from '../http/apiError.ts';
import { facilitatorAccess } from '../http/boardAccess.ts';

const membersRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Params: { id: string } }>('/api/boards/:id/members', async (request, reply) => {
    const access = await facilitatorAccess(app, request.params.id, request, reply, 'see members');
    if (!access) return reply;
    const boardId = access.board.id;
    const members = (await app.members.list(boardId)).filter((m) => !m.removed);
    const withDocs = new Set(await app.members.ballotIds(boardId));
    const present = app.connections.presentMembers(boardId);
    const docIds = members.filter((m) => withDocs.has(m.memberId)).map((m) => m.memberId);
    const activity = await app.rooms.withRooms(
      docIds.map((id) => privateRoomName(boardId, id)),
      (rooms) =>
        new Map(
          rooms.map((room, i) => [
            docIds[i]!,
            {
              name: readMemberName(room.doc),
              wrote: readCards(room.doc).length > 0,
              voted: readVotes(room.doc).size > 0,
            },
          ]),
        ),
    );
    const body: BoardMembersResponse = {
      perRole: app.members.perRole,
      members: members.map((m) => ({
        id: m.memberId,
        role: m.role,
        name: m.name ?? activity.get(m.memberId)?.name ?? null,
        joinedAt: m.joinedAt,
        wrote: activity.get(m.memberId)?.wrote ?? false,
        voted: activity.get(m.memberId)?.voted ?? false,
        present: present.has(m.memberId),
      })),
    };
    return body;
  });

  app.delete<{ Params: { id: string; memberId: string } }>(
    '/api/boards/:id/members/:memberId',
    async (request, reply) => {
      const access = await facilitatorAccess(
        app,
        request.params.id,
        request,
        reply,
        'remove members',
      );
      if (!access) return reply;
      const boardId = access.board.id;
      const memberId = MemberIdSchema.safeParse(request.params.memberId);
      if (!memberId.success || !(await app.members.remove(boardId, memberId.data))) {
        return sendError(reply, 404, { error: 'not_found', message: 'No such member.' });
      }
      const closed = app.connections.closeMember(
        boardId,
        memberId.data,
        CloseCode.MemberRemoved,
        'removed by the facilitator',
      );
      // Its cards and dots leave the brainstorm now, not at the next change.
      await app.brainstorm.mirror(boardId);
      request.log.info({ board: boardId, closed }, 'member removed');
      return reply.code(204).send();
    },
  );
};

export default membersRoutes;
