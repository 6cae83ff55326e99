/**
 * The anonymous brainstorm of an open board (DESIGN.md, "Anonymity is enforced"). A writer
 * (facilitator or participant) has a private doc, in the room named after the hash of
 * this browser's member key, which only they and the server receive: their cards and
 * their display name live there. Everyone reads the counts and the revealed cards from
 * the facilitation doc, which the server fills under its own client id.
 *
 * Creating it has no side effects outside memory; `open()` reads (or makes) the member
 * key, connects the private doc and bridges, until the returned function is called.
 */
import {
  canWrite,
  DisplayNameSchema,
  memberIdOf,
  privateRoomName,
  setMemberName,
  type Role,
} from '@hindsight/shared';
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { BrainstormSession } from '../state/brainstormCommands.ts';
import { createBrainstormStore } from '../state/brainstormStore.ts';
import { identityStore } from '../state/identityStore.ts';
import { memberKeyFor } from '../state/memberKey.ts';
import { bindBrainstorm } from './brainstormBridge.ts';
import { createBrainstormCommands } from './brainstormCommands.ts';
import { bindConnectionFacts } from './connectionFacts.ts';
import { openDocConnection, type DocConnection } from './docConnection.ts';
import { createTypingSignal, publishTyping } from './typingSignal.ts';

export interface OpenableBrainstorm extends BrainstormSession {
  /** This person's private doc (null for observers); other private-doc features use it too. */
  readonly privateDoc: Y.Doc | null;
  /** Connects the private doc and bridges everything; returns the function that stops. */
  open(links: { readonly board: DocConnection; readonly facilitation: DocConnection }): () => void;
}

export function createBrainstormSession(
  init: { readonly boardId: string; readonly role: Role },
  token: string,
): OpenableBrainstorm {
  const writer = canWrite(init.role, 'private');
  const store = createBrainstormStore(writer);
  const privateDoc = writer ? new Y.Doc() : null;
  /** Marks this tab's profile writes. */
  const origin = { source: 'hindsight:private' };
  let awareness: Awareness | null = null;
  const typing = createTypingSignal((on) => {
    if (awareness) publishTyping(awareness, on);
  });
  const commands = privateDoc ? createBrainstormCommands(privateDoc, typing) : null;

  return {
    store,
    commands,
    privateDoc,
    open({ board, facilitation }) {
      awareness = board.awareness;
      const stops: (() => void)[] = [
        bindBrainstorm(
          { facilitation: facilitation.doc, privateDoc, awareness: board.awareness },
          store,
        ),
        // Nobody is "writing" once the cards are out (a new card then shows at once).
        store.subscribe((next, prev) => {
          if (next.revealed && !prev.revealed) typing.stop();
        }),
      ];

      let connection: DocConnection | null = null;
      if (privateDoc) {
        const key = memberKeyFor(init.boardId);
        const room = privateRoomName(init.boardId, memberIdOf(key));
        connection = openDocConnection(privateDoc, room, token, { member: key });
        stops.push(bindConnectionFacts(connection, store));

        // The display name goes into the private doc, where the server reads it on
        // named-card boards only. Written after the sync, so it is never a concurrent
        // write against the stored name.
        const writeName = () => {
          const parsed = DisplayNameSchema.safeParse(identityStore.getState().name ?? '');
          if (parsed.success && connection?.provider.synced)
            setMemberName(privateDoc, parsed.data, origin);
        };
        const onSync = (synced: boolean) => synced && writeName();
        connection.provider.on('sync', onSync);
        stops.push(() => connection?.provider.off('sync', onSync));
        stops.push(identityStore.subscribe(writeName));
        writeName();
      }

      return () => {
        typing.stop();
        for (const stop of stops.splice(0).reverse()) stop();
        connection?.close();
        if (awareness === board.awareness) awareness = null;
      };
    },
  };
}
