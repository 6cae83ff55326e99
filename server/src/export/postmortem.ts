/**
 * The postmortem document of a board, built on the server: from the board's two shared
 * docs (never a private doc), holding their rooms just long enough to read them, the
 * board's own record and the attendance the server recorded. A version's preview passes
 * the version's board doc instead of the live one.
 */
import type { FastifyInstance } from 'fastify';
import type * as Y from 'yjs';
import { postmortemFromDocs, ROLES, roomName, type PostmortemDocument } from '@hindsight/shared';
import { documentSettings } from '../routes/documentSettings.ts';
import type { BoardRecord } from '../storage/store.ts';

export async function postmortemOf(
  app: FastifyInstance,
  board: BoardRecord,
  now: number,
  boardDoc?: Y.Doc,
): Promise<PostmortemDocument> {
  const { id: boardId, title, template, createdAt } = board;
  const attendees = await app.store.listAttendees(boardId);
  const { defaultTemplate } = await documentSettings(app);
  const participants = ROLES.map((role) => ({
    role,
    names: attendees.filter((a) => a.role === role).map((a) => a.name),
  }));
  const names = [roomName(boardId, 'facilitation'), ...(boardDoc ? [] : [roomName(boardId)])];
  return app.rooms.withRooms(names, ([facilitation, live]) =>
    postmortemFromDocs(boardDoc ?? live!.doc, facilitation!.doc, {
      boardId,
      meta: { title, template, createdAt },
      now,
      participants,
      defaultDocumentTemplate: defaultTemplate,
    }),
  );
}
