/**
 * The boards service: creates boards with their three role tokens, and answers which
 * role a token grants on a board.
 */
import fp from 'fastify-plugin';
import * as Y from 'yjs';
import {
  initFacilitation,
  templateById,
  randomId,
  ROLES,
  roomName,
  SCHEMA_VERSIONS,
  type DocKind,
  type Role,
  DEFAULT_TEMPLATE,
} from '@hindsight/shared';
import { hashToken, newToken, roleForToken } from '../auth/tokens.ts';
import type { BoardRecord, NewDoc } from '../storage/store.ts';

export type Access =
  | { readonly ok: true; readonly board: BoardRecord; readonly role: Role }
  | { readonly ok: false; readonly reason: 'unknown-board' | 'unauthorized' };

export interface BoardService {
  create(input: { title: string; template?: string | undefined }): Promise<{
    board: BoardRecord;
    tokens: Record<Role, string>;
  }>;
  /** Checks a token against a board. A missing token is simply unauthorized. */
  access(boardId: string, token: string | undefined): Promise<Access>;
  /** Replaces the tokens of those roles; the old ones stop working at once. */
  rotate(boardId: string, roles: readonly Role[]): Promise<Partial<Record<Role, string>>>;
}

declare module 'fastify' {
  interface FastifyInstance {
    boards: BoardService;
  }
}

/** Origin of the server's own writes to a new board's docs. */
const SERVER_ORIGIN = Symbol('hindsight:server');

/** A new doc of the current layout, filled by `fill` and encoded as one update. */
function newDoc(kind: DocKind, fill?: (doc: Y.Doc) => void): NewDoc {
  const doc = new Y.Doc();
  fill?.(doc);
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return { state, schemaVersion: SCHEMA_VERSIONS[kind] };
}

export default fp(
  async (app) => {
    const { store } = app;
    const boards: BoardService = {
      async create({ title, template = DEFAULT_TEMPLATE.id }) {
        const board: BoardRecord = { id: randomId(16), title, template, createdAt: Date.now() };
        const tokens = Object.fromEntries(ROLES.map((role) => [role, newToken()])) as Record<
          Role,
          string
        >;
        // The title, template and creation time are the board row; the docs start at the
        // current layout, recorded beside them.
        const initial = new Map([
          [roomName(board.id), newDoc('board')],
          [
            roomName(board.id, 'facilitation'),
            newDoc('facilitation', (doc) =>
              initFacilitation(doc, templateById(board.template), SERVER_ORIGIN),
            ),
          ],
        ]);
        await store.createBoard(
          board,
          ROLES.map((role) => ({ role, hash: hashToken(tokens[role]) })),
          initial,
        );
        return { board, tokens };
      },
      async access(boardId, token) {
        const board = await store.getBoard(boardId);
        if (!board) return { ok: false, reason: 'unknown-board' };
        const role = token ? roleForToken(token, await store.getTokens(boardId)) : null;
        return role ? { ok: true, board, role } : { ok: false, reason: 'unauthorized' };
      },
      async rotate(boardId, roles) {
        const tokens: Partial<Record<Role, string>> = {};
        for (const role of roles) {
          const token = newToken();
          await store.setToken(boardId, { role, hash: hashToken(token) });
          tokens[role] = token;
        }
        return tokens;
      },
    };
    app.decorate('boards', boards);
  },
  { name: 'boards', dependencies: ['store'] },
);
