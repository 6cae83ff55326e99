/**
 * The reveal projection reads only what changed (issue #22, finding 4), and what it
 * projects from the cache equals a projection from every private doc read afresh, over
 * seeded random sequences of edits, new members, removals and unloads.
 * REVEAL_SEEDS runs more sequences (default 60).
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCard,
  deleteCard,
  editCard,
  mirrorBrainstorm,
  readCards,
  readMemberName,
  readRevealedCards,
  readBrainstormCounts,
  setMemberName,
  type MemberCards,
} from '@hindsight/shared';
import { prng } from '@hindsight/shared/hostile';
import { MemberDocCache } from './memberDocCache.ts';

const SEEDS = Number(process.env.REVEAL_SEEDS ?? 60);
const STEPS = 80;
const COLUMNS = ['went-well', 'went-wrong', 'lucky'] as const;

const readMember = (memberId: string, doc: Y.Doc): MemberCards => ({
  memberId,
  name: readMemberName(doc),
  cards: readCards(doc),
});

/** A board of private docs, projected both from the cache and from scratch. */
class Board {
  readonly docs = new Map<string, Y.Doc>();
  /** Members counted, in the order they joined. */
  readonly counted: string[] = [];
  readonly cache = new MemberDocCache<MemberCards>();
  reads = 0;
  private next = 0;

  join(): string {
    const id = `m${this.next++}`;
    const doc = new Y.Doc();
    doc.on('update', () => this.cache.changed('b', id));
    this.docs.set(id, doc);
    this.counted.push(id);
    return id;
  }

  remove(id: string): void {
    this.counted.splice(this.counted.indexOf(id), 1);
  }

  incremental(): MemberCards[] {
    const toRead = this.cache.toRead('b', this.counted);
    this.reads += toRead.length;
    const read = new Map(toRead.map((id) => [id, readMember(id, this.docs.get(id)!)] as const));
    return this.cache.store('b', this.counted, read);
  }

  fromScratch(): MemberCards[] {
    return this.counted.map((id) => readMember(id, this.docs.get(id)!));
  }
}

/** What the facilitation doc shows after mirroring `members`, with a seeded shuffle. */
function project(facilitation: Y.Doc, members: MemberCards[], revealed: boolean, seed: number) {
  mirrorBrainstorm(facilitation, members, {
    revealed,
    namedCards: false,
    publicId: (memberId, cardId) => `${memberId}:${cardId}`,
    random: prng(seed),
  });
  return { counts: readBrainstormCounts(facilitation), cards: readRevealedCards(facilitation) };
}

function edit(board: Board, random: () => number): void {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const roll = random();
  if (roll < 0.1 || board.counted.length === 0) {
    board.join();
    return;
  }
  if (roll < 0.15 && board.counted.length > 1) {
    board.remove(pick(board.counted));
    return;
  }
  if (roll < 0.2) {
    board.cache.forget('b'); // the facilitation doc unloaded
    return;
  }
  const doc = board.docs.get(pick(board.counted))!;
  const cards = readCards(doc);
  if (roll < 0.55 || cards.length === 0) {
    addCard(doc, { text: `card ${Math.floor(random() * 1e6)}`, column: pick(COLUMNS) });
  } else if (roll < 0.75) {
    editCard(doc, pick(cards).id, `edited ${Math.floor(random() * 1e6)}`);
  } else if (roll < 0.9) {
    deleteCard(doc, pick(cards).id);
  } else {
    setMemberName(doc, `name ${Math.floor(random() * 100)}`);
  }
}

describe('the reveal projection reads what changed', () => {
  it('reads every member on the first projection, then only the one whose doc changed', () => {
    const board = new Board();
    const ids = Array.from({ length: 50 }, () => board.join());
    for (const id of ids) addCard(board.docs.get(id)!, { text: id, column: 'lucky' });
    board.incremental();
    expect(board.reads).toBe(50);
    addCard(board.docs.get(ids[17]!)!, { text: 'one more', column: 'lucky' });
    board.reads = 0;
    expect(board.incremental()).toEqual(board.fromScratch());
    expect(board.reads).toBe(1);
    board.reads = 0;
    board.incremental();
    expect(board.reads).toBe(0);
  });

  it('drops a removed member and reads a new one once', () => {
    const board = new Board();
    const [a, b] = [board.join(), board.join()];
    addCard(board.docs.get(a)!, { text: 'from a', column: 'lucky' });
    board.incremental();
    board.remove(a);
    expect(board.incremental()).toEqual(board.fromScratch());
    const c = board.join();
    board.reads = 0;
    expect(board.incremental().map((m) => m.memberId)).toEqual([b, c]);
    expect(board.reads).toBe(1);
  });

  it('projects the same as from scratch over seeded sequences of edits, removals and unloads', () => {
    for (let seed = 1; seed <= SEEDS; seed++) {
      const random = prng(seed);
      const board = new Board();
      const [cached, scratch] = [new Y.Doc(), new Y.Doc()];
      for (let step = 0; step < STEPS; step++) {
        edit(board, random);
        if (random() < 0.4) {
          const revealed = step > STEPS / 2;
          const members = board.incremental();
          expect(members, `seed ${seed}, step ${step}`).toEqual(board.fromScratch());
          expect(project(cached, members, revealed, seed + step)).toEqual(
            project(scratch, board.fromScratch(), revealed, seed + step),
          );
        }
      }
    }
  });
});
