/**
 * The retrospective in the document (buildRetrospective.ts, issue #8): clusters under
 * their column with their votes, in discussion order; the root cause analysis; the
 * lessons derived from it; and, as everywhere, no author and nothing before the reveal.
 */
import { describe, expect, it } from 'vitest';
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

  it('places each cluster under the column most of its cards come from, in vote order', () => {
    const doc = complete();
    expect(titles(doc, 'went-wrong')).toEqual([
      ['Config review', 6, 2],
      ['Slow diagnosis', 4, 2],
      // Two "went wrong" cards and one "lucky" card.
      ['Load amplification', 3, 3],
    ]);
    expect(titles(doc, 'went-well')).toEqual([['Fast response', 1, 3]]);
    expect(titles(doc, 'lucky')).toEqual([]);
    const free = doc.retrospective.columns.map((c) => [c.id, c.cards.length]);
    expect(free).toEqual([
      ['went-well', 1],
      ['went-wrong', 1],
      ['lucky', 2],
    ]);
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
