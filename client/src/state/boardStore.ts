/**
 * The per-board store: what components read about one open board. The sync bridge
 * (src/sync/bridge.ts) is its only writer for document and presence state.
 *
 * Scopes: the title and template are the server's board row (from `GET
 * /api/boards/:id`); `peers` mirror **presence**; the connection facts are **session**
 * state of this tab.
 */
import type { DocumentTemplate, Role, UnreadablePart } from '@hindsight/shared';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ConnectionFacts } from '../lib/connectionView.ts';

/** Someone on the board, from their awareness state. */
export interface Peer {
  /** Yjs client id of their tab; a person with two tabs appears twice. */
  readonly clientId: number;
  readonly name: string;
  readonly color: string;
  /** True for this tab. */
  readonly isSelf: boolean;
  /** The role they say they have; null when they did not say. Only for display and counts. */
  readonly role: Role | null;
  /** The phase they marked "I'm done" for, if any. */
  readonly ready: string | null;
  /**
   * Who they are across tabs: the presence id the server stamps on its member's states
   * (shared protocol/presenceId.ts), and tells this tab for its own; null until known.
   */
  readonly person: string | null;
}

export interface BoardState extends ConnectionFacts {
  readonly boardId: string;
  /** What this tab's token allows, from `GET /api/boards/:id`. */
  readonly role: Role;
  /** The board's title and template, from the server's board row (no doc holds them). */
  readonly meta: { readonly title: string; readonly template: string };
  /** The workspace's document template, which the board follows until it chooses one. */
  readonly defaultDocumentTemplate: DocumentTemplate;
  readonly peers: readonly Peer[];
  /**
   * What the board doc's readers had to leave out, part by part (shared doc/audit.ts);
   * counted for the facilitator only, empty for everyone else.
   */
  readonly unreadable: readonly UnreadablePart[];
  /** A passing problem to tell the person about (not fatal). */
  readonly notice: string | null;
}

export type BoardStore = StoreApi<BoardState>;

export interface BoardStoreInit {
  readonly boardId: string;
  readonly role: Role;
  readonly title: string;
  readonly template: string;
  readonly defaultDocumentTemplate?: DocumentTemplate;
}

export function createBoardStore(init: BoardStoreInit): BoardStore {
  return createStore<BoardState>()(() => ({
    boardId: init.boardId,
    role: init.role,
    meta: { title: init.title, template: init.template },
    defaultDocumentTemplate: init.defaultDocumentTemplate ?? 'default',
    peers: [],
    unreadable: [],
    notice: null,
    status: 'connecting',
    synced: false,
    everSynced: false,
    online: typeof navigator === 'undefined' ? true : navigator.onLine,
    fatal: null,
    fatalCode: null,
    savingPaused: false,
  }));
}
