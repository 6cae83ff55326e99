import { describe, expect, it } from 'vitest';
import { postmortemFromDocs } from '@hindsight/shared';
import {
  FIXTURE_AUTHORS,
  FIXTURE_BOARD_ID,
  FIXTURE_META,
  FIXTURE_NOW,
  fixtureBoard,
} from '@hindsight/shared/fixture-board';
import { entryOf } from './entry.ts';

function entry(options: Parameters<typeof fixtureBoard>[0]) {
  const { board, facilitation } = fixtureBoard(options);
  const document = postmortemFromDocs(board, facilitation, {
    boardId: FIXTURE_BOARD_ID,
    meta: FIXTURE_META,
    now: FIXTURE_NOW,
    // Who attended is not the index's business either.
    participants: [{ role: 'participant', names: ['Zed Attendee'] }],
  });
  return { document, entry: entryOf(document, FIXTURE_META.createdAt) };
}

describe('entryOf (the index projection)', () => {
  it('holds the facts the library lists and filters by', () => {
    const { entry: e } = entry({ complete: true });
    expect(e.id).toBe(FIXTURE_BOARD_ID);
    expect(e.title).toBe(FIXTURE_META.title);
    expect(e.services.length).toBeGreaterThan(0);
    expect(e.tags.length).toBeGreaterThan(0);
    expect(e.owners).toEqual(['Dana', 'Eli']);
    expect(e.actionsTotal).toBeGreaterThan(0);
    expect(e.openDue.length).toBe(e.actionsTotal - e.actionsDone);
    expect(e.rootCauses.length).toBeGreaterThan(0);
    const where = new Set(e.sections.map((s) => s.where.split(',')[0]!.split(' ')[0]));
    for (const label of ['Title', 'Summary', 'Timeline', 'Cluster', 'Root', 'Action', 'Card']) {
      expect(where).toContain(label);
    }
  });

  it('says where a root cause is: its cluster by name', () => {
    const { document, entry: e } = entry({ complete: true });
    const cause = document.rootCauses!.find((c) => c.rootCause)!;
    expect(e.sections).toContainEqual({
      group: 'causes',
      where: `Root cause, cluster '${cause.topic}'`,
      text: cause.rootCause,
    });
  });

  it('never holds a card author, even on a named-card board, nor who attended', () => {
    const { document, entry: e } = entry({ complete: true, namedCards: true });
    // The document itself names the authors on this board: the projection drops them.
    expect(JSON.stringify(document)).toContain(FIXTURE_AUTHORS[0]);
    const indexed = JSON.stringify(e);
    for (const name of [...FIXTURE_AUTHORS, 'Zed Attendee']) expect(indexed).not.toContain(name);
  });

  it('holds no card before the reveal', () => {
    const revealed = entry({ revealed: true }).entry;
    const hidden = entry({ revealed: false }).entry;
    const cardTexts = revealed.sections.filter((s) => s.group === 'cards').map((s) => s.text);
    expect(cardTexts.length).toBeGreaterThan(0);
    const indexed = JSON.stringify(hidden);
    for (const text of cardTexts) expect(indexed).not.toContain(text);
    expect(hidden.sections.filter((s) => s.group === 'cards')).toEqual([]);
  });
});
