/**
 * Board documents for the scenarios, written through shared's commands as the client
 * writes them: cards of a few hundred characters, then edits of one card.
 */
import * as Y from 'yjs';
import { addCard, editCard } from '@hindsight/shared';

const COLUMNS = ['went-well', 'went-wrong', 'to-try'] as const;
const WORDS =
  'timeout retry queue deploy rollback alert pager cache shard replica latency quota'.split(' ');

/** Deterministic card text of about `length` characters. */
function text(seed: number, length: number): string {
  let s = '';
  for (let i = seed; s.length < length; i += 7) s += `${WORDS[i % WORDS.length]} ${i} `;
  return s.slice(0, length).trim();
}

/** A board doc whose encoded state is at least `bytes` long, and that encoded state. */
export function boardOfSize(bytes: number): { doc: Y.Doc; update: Uint8Array } {
  const doc = new Y.Doc();
  let update = Y.encodeStateAsUpdate(doc);
  for (let n = 0; update.length < bytes;) {
    // Estimate the cards still needed from the size so far, then check again.
    const perCard = n > 0 ? update.length / n : 600;
    const more = Math.max(1, Math.ceil((bytes - update.length) / perCard));
    for (let i = 0; i < more; i++, n++) {
      addCard(
        doc,
        { text: text(n, 400 + (n % 100)), column: COLUMNS[n % COLUMNS.length]! },
        null,
        n,
      );
    }
    update = Y.encodeStateAsUpdate(doc);
  }
  return { doc, update };
}

/**
 * A writer that edits one card, as a person typing does. Each edit is one small update
 * (about 150 bytes); `clock()` is the writer's clock after it, which a receiver reads
 * back from the update to know which edit it got.
 */
export class CardEditor {
  readonly doc = new Y.Doc();
  private readonly cardId: string;
  private edits = 0;

  constructor(onUpdate: (update: Uint8Array) => void) {
    this.cardId = addCard(this.doc, { text: 'first', column: COLUMNS[0] }, null, 0);
    this.doc.on('update', onUpdate);
  }

  get clientId(): number {
    return this.doc.clientID;
  }

  /** The writer's clock: every edit so far is below it. */
  clock(): number {
    return Y.getState(this.doc.store, this.doc.clientID);
  }

  /** The whole state, for a new room. */
  state(): Uint8Array {
    return Y.encodeStateAsUpdate(this.doc);
  }

  edit(): void {
    this.edits += 1;
    editCard(this.doc, this.cardId, text(this.edits, 100), null, this.edits);
  }
}
