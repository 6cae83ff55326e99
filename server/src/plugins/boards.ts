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
  boardOpenAction,
  may,
} from '@hindsight/shared';
import { hashToken, newToken, roleForToken } from '../auth/tokens.ts';
import type { BoardCreatorRef } from '../storage/boardIndex.ts';
import type { BoardRecord, NewDoc } from '../storage/store.ts';
import { grantedRole, isBoardGrant } from '../workspace/boardGrants.ts';
import { sessions } from '../workspace/sessions.ts';

/** The signed-in person behind a board access, when the request carried their session. */
export interface AccessPerson {
  readonly id: string;
  /** The account name: what presence and attendance show, whatever the page claims. */
  readonly name: string;
  /** SHA-256 of the session's cookie token, to check later that the session still lives. */
  readonly sessionHash: string;
  /** True when the access came from the workspace (a grant), not from a board link. */
  readonly viaWorkspace: boolean;
}

export type Access =
  | {
      readonly ok: true;
      readonly board: BoardRecord;
      readonly role: Role;
      readonly person: AccessPerson | null;
    }
  | { readonly ok: false; readonly reason: 'unknown-board' | 'unauthorized' | 'access-ended' };

export interface BoardService {
  create(input: {
    title: string;
    template?: string | undefined;
    createdBy?: BoardCreatorRef | null;
  }): Promise<{
    board: BoardRecord;
    tokens: Record<Role, string>;
  }>;
  /**
   * Checks a token (a link's, or a workspace grant with the session it was made for)
   * against a board. A missing token is simply unauthorized. A live session cookie names
   * the person, link or not.
   */
  access(
    boardId: string,
    token: string | undefined,
    sessionToken?: string | undefined,
  ): Promise<Access>;
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
    const resolveSession = sessions(app.workspace.store).resolve;
    const boards: BoardService = {
      async create({ title, template = DEFAULT_TEMPLATE.id, createdBy = null }) {
        const board: BoardRecord = {
          id: randomId(16),
          title,
          template,
          createdAt: Date.now(),
          createdBy,
        };
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
      async access(boardId, token, sessionToken) {
        const board = await store.getBoard(boardId);
        if (!board) return { ok: false, reason: 'unknown-board' };
        if (!token) return { ok: false, reason: 'unauthorized' };
        const live = sessionToken ? await resolveSession(sessionToken) : null;
        const personOf = (viaWorkspace: boolean): AccessPerson | null =>
          live && {
            id: live.person.id,
            name: live.person.name,
            sessionHash: live.session.hash,
            viaWorkspace,
          };
        if (isBoardGrant(token)) {
          const role = sessionToken ? grantedRole(token, sessionToken, boardId) : null;
          if (!role) return { ok: false, reason: 'unauthorized' };
          // A grant made for this browser, whose session ended or whose role no longer allows it.
          if (!live || !may({ kind: 'person', role: live.person.role }, boardOpenAction(role))) {
            return { ok: false, reason: 'access-ended' };
          }
          return { ok: true, board, role, person: personOf(true) };
        }
        const role = roleForToken(token, await store.getTokens(boardId));
        return role
          ? { ok: true, board, role, person: personOf(false) }
          : { ok: false, reason: 'unauthorized' };
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
  { name: 'boards', dependencies: ['store', 'workspace'] },
);
