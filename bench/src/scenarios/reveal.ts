/**
 * The reveal projection after one change, measured in process with the server's own
 * code: a board of 20 or 200 members with five cards each, revealed; one member adds a
 * card; the mirror then reads the private docs it must (`MemberDocCache`: the one that
 * changed) and writes the projection (`mirrorBrainstorm`). The baseline reads every
 * member's private doc again, as the mirror did before. Median of several runs, ms.
 */
import * as Y from 'yjs';
import {
  addCard,
  mirrorBrainstorm,
  readCards,
  readMemberName,
  setMemberName,
  type MemberCards,
} from '@hindsight/shared';
import { prng } from '@hindsight/shared/hostile';
import { MemberDocCache } from '../../../server/src/sync/memberDocCache.ts';

export interface RevealResult {
  readonly members: number;
  /** One mirror after one change, reading only the changed doc, median ms. */
  readonly incrementalMs: number;
  /** The same mirror reading every private doc, median ms. */
  readonly fullMs: number;
}

const read = (memberId: string, doc: Y.Doc): MemberCards => ({
  memberId,
  name: readMemberName(doc),
  cards: readCards(doc),
});

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export function runReveal(members: number, runs: number): RevealResult {
  const ids = Array.from({ length: members }, (_, i) => `member-${i}`);
  const docs = ids.map((id, i) => {
    const doc = new Y.Doc();
    setMemberName(doc, `Person ${i}`);
    for (let c = 0; c < 5; c++) addCard(doc, { text: `${id} card ${c}`, column: 'went-wrong' });
    return doc;
  });
  const byId = new Map(ids.map((id, i) => [id, docs[i]!] as const));
  const cache = new MemberDocCache<MemberCards>();
  docs.forEach((doc, i) => doc.on('update', () => cache.changed('bench', ids[i]!)));
  const facilitation = new Y.Doc();
  const options = {
    revealed: true,
    namedCards: false,
    publicId: (memberId: string, cardId: string) => `${memberId}:${cardId}`,
    random: prng(1),
  };
  const mirror = (full: boolean) => {
    if (full) cache.forget('bench');
    const toRead = cache.toRead('bench', ids);
    const fresh = new Map(toRead.map((id) => [id, read(id, byId.get(id)!)] as const));
    mirrorBrainstorm(facilitation, cache.store('bench', ids, fresh), options);
  };
  mirror(true);
  const timed = (full: boolean) =>
    Array.from({ length: runs }, (_, run) => {
      addCard(docs[run % members]!, { text: `late card ${run}`, column: 'lucky' });
      const start = performance.now();
      mirror(full);
      return performance.now() - start;
    });
  return { members, incrementalMs: median(timed(false)), fullMs: median(timed(true)) };
}
