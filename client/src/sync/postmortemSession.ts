/**
 * The discussion, actions, owner, follow-up and status of an open board: a store, the
 * commands on the board doc, and (for the facilitator) the discussion focus on the
 * facilitation doc. Creating it has no side effects outside memory; `open()` bridges
 * the docs to the store until the returned function is called. The docs themselves are
 * connected by the board session.
 */
import { canWrite, type Role } from '@hindsight/shared';
import type * as Y from 'yjs';
import type { PostmortemSession } from '../state/postmortemCommands.ts';
import { createPostmortemStore } from '../state/postmortemStore.ts';
import { bindPostmortem } from './postmortemBridge.ts';
import { createPostmortemCommands, createPostmortemFacilitation } from './postmortemCommands.ts';

export interface OpenablePostmortem extends PostmortemSession {
  /** Bridges the docs to the store; returns the function that unwires them. */
  open(): () => void;
}

export function createPostmortemSession(init: {
  readonly role: Role;
  readonly board: Y.Doc;
  readonly facilitation: Y.Doc;
  /** This member's private doc; null for observers. */
  readonly privateDoc: Y.Doc | null;
  readonly serverNow: () => number;
}): OpenablePostmortem {
  const store = createPostmortemStore();
  return {
    store,
    commands: createPostmortemCommands(init.board, init.privateDoc, init.facilitation),
    facilitation: canWrite(init.role, 'facilitation')
      ? createPostmortemFacilitation(init.facilitation, init.serverNow)
      : null,
    open: () => bindPostmortem({ board: init.board, facilitation: init.facilitation }, store),
  };
}
