/**
 * The retrospective in the document (buildRetrospective.ts, issue #8): cards under
 * their own column, by cluster with its votes, in discussion order; the root cause analysis; the
 * lessons derived from it; and, as everywhere, no author and nothing before the reveal.
 */
import { describe, expect, it } from 'vitest';
import { readRevealedCards } from '../entities/revealedCard.ts';
import { setVotingStatus } from '../entities/voting.ts';
import { INITIAL_SESSION } from '../session/session.ts';
import { buildPostmortem, postmortemFromDocs } from './build.ts';
import type { PostmortemDocument } from './document.ts';
import { EXPORT_FORMATS, renderExport } from './formats.ts';
import {
  FIXTURE_AUTHORS,
  FIXTURE_BOARD_ID,
  FIXTURE_META,
  fixtureBoard,
  type FixtureOptions,
} from './fixtureBoard.ts';
import { card, fromFixture, NOW, source } from './testSources.ts';

const complete = (options: FixtureOptions = {}) => fromFixture({ ...options, complete: true });

describe('the retrospective in the document', () => {
  const titles = (doc: PostmortemDocument, column: string) =>
    doc.retrospective.columns
      .find((c) => c.id === column)!
      .clusters!.map((k) => [k.title, k.votes, k.cards.length]);

  it('lists every card under its own column: a cluster of several columns under each (#21)', () => {
    const doc = complete();
    expect(titles(doc, 'went-wrong')).toEqual([
      ['Config review', 6, 2],
      ['Slow diagnosis', 4, 2],
      // Its two "went wrong" cards here; its "lucky" card under "lucky".
      ['Load amplification', 3, 2],
    ]);
    expect(titles(doc, 'went-well')).toEqual([['Fast response', 1, 3]]);
    expect(titles(doc, 'lucky')).toEqual([['Load amplification', 3, 1]]);
    const free = doc.retrospective.columns.map((c) => [c.id, c.cards.length]);
    expect(free).toEqual([
      ['went-well', 1],
      ['went-wrong', 1],
      ['lucky', 2],
    ]);
    // Each card once, under the column it was written in.
    const revealedCards = readRevealedCards(fixtureBoard({ complete: true }).facilitation);
    const listed = doc.retrospective.columns.flatMap((c) =>
      [...(c.clusters ?? []).flatMap((k) => k.cards), ...c.cards].map((card) => [card.id, c.id]),
    );
    expect(listed.sort()).toEqual(revealedCards.map((c) => [c.id, c.column]).sort());
  });

  it('shows no votes until the tally is recorded, and then orders clusters by creation', () => {
    const { board, facilitation } = fixtureBoard({ complete: true });
    setVotingStatus(facilitation, 'open');
    const doc = postmortemFromDocs(board, facilitation, {
      boardId: FIXTURE_BOARD_ID,
      meta: FIXTURE_META,
      now: NOW,
    });
    const clusters = doc.retrospective.columns.flatMap((c) => c.clusters ?? []);
    expect(clusters.every((k) => k.votes === null)).toBe(true);
    expect(doc.rootCauses!.map((c) => c.topic)).toEqual([
      'Config review',
      'Slow diagnosis',
      'Load amplification',
    ]);
    expect(renderExport(doc, 'markdown')).not.toMatch(/\(\d+ votes?\)/);
  });

  it('holds the five whys with the root cause marked, factors, impact answer and notes', () => {
    const [review, diagnosis, load] = complete().rootCauses!;
    expect(review!.whys.map((w) => w.rootCause)).toEqual([false, false, false, true]);
    expect(review!.rootCause).toBe('Config values have no schema with per-environment ranges.');
    expect(review!.factors).toHaveLength(2);
    expect(review!.reduceImpact).toMatch(/^Alert on connection-pool saturation/);
    expect(review!.notes).toContain('\n');
    expect(diagnosis!.rootCause).toMatch(/not shown next to deploys/);
    // Discussed without a root cause; "Fast response" was not discussed at all.
    expect(load).toMatchObject({ topic: 'Load amplification', rootCause: null, whys: [] });
    expect(complete().rootCauses).toHaveLength(3);
  });

  it('derives the lessons from the root causes and the impact answers, in discussion order', () => {
    expect(complete().lessons!.map((l) => [l.kind, l.topic])).toEqual([
      ['root cause', 'Config review'],
      ['reduce impact', 'Config review'],
      ['root cause', 'Slow diagnosis'],
      ['reduce impact', 'Slow diagnosis'],
    ]);
  });

  it('holds no cluster, vote or discussion before the reveal', () => {
    const doc = buildPostmortem(
      source({
        session: INITIAL_SESSION,
        revealedCards: [card('Secret', 'lucky')],
        clusters: [
          {
            id: 'Cluster000000001',
            name: 'Hidden topic',
            createdAt: NOW,
            cardIds: [card('Secret', 'lucky').id],
          },
        ],
      }),
      { now: NOW },
    );
    expect(doc.retrospective.columns.every((c) => c.clusters === null)).toBe(true);
    expect(JSON.stringify(doc)).not.toContain('Hidden topic');
  });

  it('never names card authors in a cluster unless the board has named cards', () => {
    for (const format of EXPORT_FORMATS) {
      const text = renderExport(complete(), format);
      for (const name of FIXTURE_AUTHORS) expect(text, format).not.toContain(name);
    }
    const named = complete({ namedCards: true }).retrospective.columns.flatMap((c) =>
      (c.clusters ?? []).flatMap((k) => k.cards.map((card) => card.author)),
    );
    expect(new Set(named)).toEqual(new Set(FIXTURE_AUTHORS));
  });
});
