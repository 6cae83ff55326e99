/**
 * `POST /api/postmortems/import` (rule `boards.create`: a signed-in member, or a `write`
 * token): the JSON export of a postmortem becomes a new workspace board. The body is read
 * as text so that a syntax error is told by line and column; the document is checked
 * against the export's schema (issues by path), then written once into fresh docs, where
 * the entities' own rules may refuse a value (an issue by path, nothing created), and
 * only then into the new board's docs. At most {@link IMPORT_MAX_BYTES} (413 above).
 */
import type { FastifyError, FastifyPluginAsync } from 'fastify';
import * as Y from 'yjs';
import {
  BoardTitleSchema,
  IMPORT_MAX_BYTES,
  initFacilitation,
  publishedPath,
  readImportFile,
  roomName,
  templateById,
  writePostmortem,
  type ImportIssue,
  type ImportResponse,
  withLines,
} from '@hindsight/shared';
import { errorHandler, sendError } from '../http/apiError.ts';
import { authorize } from '../http/authorize.ts';
import { refusedForStorage } from '../http/storageGuard.ts';
import { creatorOf } from './boards.ts';

/** Imports one address may make per minute. */
const IMPORT_RATE = { max: 30, timeWindow: '1 minute' };

/** Origin of the import's writes into the new board's docs. */
const IMPORT_ORIGIN = Symbol('hindsight:import');

const MIB = IMPORT_MAX_BYTES / (1024 * 1024);

/** Where an issue is: its path and its line in the file (`timeline.events[3].at, line 41`). */
const placeOf = (i: ImportIssue) =>
  [i.path, i.line === undefined ? '' : `line ${i.line}`].filter(Boolean).join(', ');

function invalidDocument(text: string, found: readonly ImportIssue[]) {
  const issues = withLines(text, found);
  return {
    error: 'invalid_document',
    message: issues.map((i) => (placeOf(i) ? `${placeOf(i)}: ${i.message}` : i.message)).join('; '),
    issues,
  };
}

const postmortemImportRoutes: FastifyPluginAsync = async (app) => {
  // This plugin's routes only: the body arrives as text, up to the import's own limit.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'string', bodyLimit: IMPORT_MAX_BYTES },
    (_request, body, done) => done(null, body),
  );
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.statusCode !== 413) return errorHandler(error, request, reply);
    return sendError(reply, 413, {
      error: 'payload_too_large',
      message: `The file is larger than ${MIB} MiB, the most an import takes.`,
    });
  });

  app.post(
    '/api/postmortems/import',
    {
      bodyLimit: IMPORT_MAX_BYTES,
      config: { rateLimit: IMPORT_RATE },
      preHandler: authorize(app, 'boards.create'),
    },
    async (request, reply) => {
      const text = typeof request.body === 'string' ? request.body : '';
      const reading = readImportFile(text);
      if (!reading.ok && reading.kind === 'syntax') {
        const message = `Line ${reading.line}, column ${reading.column}: ${reading.message}`;
        return sendError(reply, 400, {
          error: 'invalid_json',
          message: `This file is not valid JSON. ${message}`,
          issues: [{ path: '', message }],
        });
      }
      if (!reading.ok) return sendError(reply, 400, invalidDocument(text, reading.issues));
      const { document } = reading;
      const title = BoardTitleSchema.safeParse(document.title);
      if (!title.success) {
        return sendError(
          reply,
          400,
          invalidDocument(
            text,
            title.error.issues.map((i) => ({ path: 'title', message: i.message })),
          ),
        );
      }
      const template = templateById(document.board.template);

      // A dry run into fresh docs: a value an entity refuses creates nothing.
      const board = new Y.Doc();
      const facilitation = new Y.Doc();
      initFacilitation(facilitation, template);
      const write = (importedId: (n: number) => string) => ({
        origin: IMPORT_ORIGIN,
        template,
        importedId,
      });
      const dryRun = writePostmortem(
        board,
        facilitation,
        document,
        write((n) => `DryRun${String(n).padStart(10, '0')}`),
      );
      board.destroy();
      facilitation.destroy();
      if (!dryRun.ok) return sendError(reply, 400, invalidDocument(text, dryRun.issues));

      if (await refusedForStorage(app, reply)) return reply;
      const created = await app.boards.create({
        title: title.data,
        template: template.id,
        createdBy: creatorOf(request.principal),
      });
      const id = created.board.id;
      const importedId = app.brainstorm.importedCardId(id);
      await app.rooms.withRooms([roomName(id), roomName(id, 'facilitation')], ([live, fac]) => {
        writePostmortem(live!.doc, fac!.doc, document, write(importedId));
      });
      // Who took part, as the file lists them: names by role, never tied to a card.
      for (const group of document.participants ?? []) {
        for (const name of group.names) await app.store.recordAttendee(id, group.role, name);
      }
      request.log.info({ board: id }, 'postmortem imported');
      const body: ImportResponse = {
        id,
        path: publishedPath(id),
        notImported: [...dryRun.notImported],
      };
      return reply.code(201).send(body);
    },
  );
};

export default postmortemImportRoutes;
