/**
 * Building the document from a board (build.ts): anonymity, the reveal, the derived
 * figures; and the file names and the chart built from it.
 */
import { describe, expect, it } from 'vitest';
import { readPlan, readSession } from '../entities/facilitation.ts';
import { INCIDENT_DEFAULTS } from '../entities/incident.ts';
import { editTimelineEvent, readTimeline } from '../entities/timelineEvent.ts';
import { INITIAL_SESSION } from '../session/session.ts';
import { DEFAULT_TEMPLATE } from '../templates.ts';
import { buildPostmortem, postmortemFromDocs } from './build.ts';
import {
  exportFileName,
  renderExport,
  slugify,
  EXPORT_FORMATS,
  type ExportFormat,
} from './formats.ts';
import type { PostmortemDocument } from './document.ts';
import { FIXTURE_AUTHORS, FIXTURE_BOARD_ID, FIXTURE_META, fixtureBoard } from './fixtureBoard.ts';
import { renderTimelineSvg } from './svgTimeline.ts';
import { card, fromFixture, NOW, source } from './testSources.ts';

describe('the postmortem document', () => {
  it('holds the revealed cards by column, in the revealed order', () => {
    const doc = fromFixture();
    const counts = doc.retrospective.columns.map((c) => [c.id, c.cards.length]);
    expect(counts).toEqual([
      ['went-well', 4],
      ['went-wrong', 7],
      ['lucky', 3],
    ]);
    expect(doc.retrospective.columns.every((c) => c.clusters === null)).toBe(true);
  });

  it('never names card authors on an anonymous board, in any format', () => {
    const doc = fromFixture();
    expect(doc.retrospective.columns.flatMap((c) => c.cards).some((c) => 'author' in c)).toBe(
      false,
    );
    for (const format of EXPORT_FORMATS) {
      const text = renderExport(doc, format);
      for (const name of FIXTURE_AUTHORS) expect(text, format).not.toContain(name);
    }
  });

  it('drops an author the plan does not allow, even if a revealed card carries one', () => {
    const doc = buildPostmortem(
      source({ revealedCards: [card('Quick rollback', 'went-well', 'Mallory')] }),
      { now: NOW },
    );
    expect(doc.retrospective.columns[0]!.cards).toEqual([
      { id: card('Quick rollback', 'went-well').id, text: 'Quick rollback' },
    ]);
  });

  it('names authors on a named-card board', () => {
    const doc = fromFixture({ namedCards: true });
    const authors = new Set(doc.retrospective.columns.flatMap((c) => c.cards.map((k) => k.author)));
    expect(authors).toEqual(new Set(FIXTURE_AUTHORS));
    expect(renderExport(doc, 'markdown')).toContain('— *Alice Author*');
  });

  it('holds no card before the reveal, and says so', () => {
    const { board, facilitation } = fixtureBoard({ revealed: false });
    expect(readSession(facilitation).revealed).toBe(false);
    const doc = postmortemFromDocs(board, facilitation, {
      boardId: FIXTURE_BOARD_ID,
      meta: FIXTURE_META,
      now: NOW,
    });
    expect(doc.retrospective.revealed).toBe(false);
    expect(doc.retrospective.columns.flatMap((c) => c.cards)).toEqual([]);
    expect(renderExport(doc, 'markdown')).toContain('_The cards are not revealed yet._');
    // Even cards that somehow sit in the source are left out while not revealed.
    const hidden = buildPostmortem(
      source({ session: INITIAL_SESSION, revealedCards: [card('Secret', 'lucky')] }),
      { now: NOW },
    );
    expect(JSON.stringify(hidden)).not.toContain('Secret');
  });

  it('keeps the cards of a column removed from the plan after the reveal', () => {
    const plan = { ...readPlan(fixtureBoard().facilitation, DEFAULT_TEMPLATE) };
    plan.columns = plan.columns.filter((c) => c.id !== 'lucky');
    const doc = buildPostmortem(source({ plan, revealedCards: [card('Off-peak', 'lucky')] }), {
      now: NOW,
    });
    expect(doc.retrospective.columns.at(-1)).toMatchObject({
      id: 'lucky',
      cards: [{ text: 'Off-peak' }],
    });
  });

  it('measures time to detect, mitigate and resolve from the facts', () => {
    const { timeline } = fromFixture();
    expect(timeline.timeToDetect).toEqual({ ms: 3 * 60_000, source: 'incident' });
    expect(timeline.timeToMitigate).toEqual({ ms: 36 * 60_000, source: 'incident' });
    expect(timeline.timeToResolve).toEqual({ ms: 47 * 60_000, source: 'incident' });
    expect(timeline.events).toHaveLength(14);
  });

  it('renders event texts typed with spaces around them as before, in every format', () => {
    const docOf = ({ board, facilitation }: ReturnType<typeof fixtureBoard>) =>
      postmortemFromDocs(board, facilitation, {
        boardId: FIXTURE_BOARD_ID,
        meta: FIXTURE_META,
        now: NOW,
      });
    const padded = fixtureBoard();
    for (const e of readTimeline(padded.board)) {
      const change = { before: e.text, after: ` ${e.text}  ` };
      editTimelineEvent(padded.board, e.id, { text: change }, undefined, e.updatedAt);
    }
    expect(readTimeline(padded.board)[0]!.text).toMatch(/^ .* {2}$/);
    const plain = docOf(fixtureBoard());
    // Each board gives its events their own random ids.
    const render = (doc: PostmortemDocument, format: ExportFormat) =>
      renderExport(doc, format).replace(/"id": "\w+"/g, '"id"');
    for (const format of EXPORT_FORMATS) {
      expect(render(docOf(padded), format), format).toBe(render(plain, format));
    }
  });

  it('lists failed attempts, mitigation and resolution under resolution and recovery', () => {
    const doc = fromFixture();
    expect(doc.resolution.steps.map((s) => s.kind)).toEqual([
      'failed attempt',
      'mitigation',
      'resolution',
    ]);
  });

  it('leaves the later sections as not recorded yet', () => {
    const doc = fromFixture();
    for (const key of [
      'rootCauses',
      'lessons',
      'actionItems',
      'owners',
      'followUp',
      'participants',
    ] as const) {
      expect(doc[key], key).toBeNull();
    }
  });

  it('keeps only http(s) links', () => {
    const incident = {
      ...INCIDENT_DEFAULTS,
      links: [
        { label: 'ok', url: 'https://ok.example/' },
        { label: 'bad', url: 'javascript:alert(1)' },
      ],
    };
    expect(buildPostmortem(source({ incident }), { now: NOW }).summary.links).toEqual([
      { label: 'ok', url: 'https://ok.example/' },
    ]);
  });
});

describe('export file names', () => {
  it('are postmortem-<slug>-<incident date>.<ext>', () => {
    const doc = fromFixture();
    expect(exportFileName(doc, 'markdown')).toBe(
      'postmortem-checkout-api-5xx-after-a-connection-pool-change-2026-11-03.md',
    );
    expect(exportFileName(doc, 'csv')).toMatch(/\.csv$/);
  });

  it('fall back to the export date when the start is not known', () => {
    const doc = buildPostmortem(source(), { now: NOW });
    expect(exportFileName(doc, 'html')).toBe('postmortem-board-2026-11-05.html');
  });

  it('use ASCII letters, digits and hyphens only', () => {
    expect(slugify('Ünïcödé  «quotes» / "slashes"\\..')).toBe('unicode-quotes-slashes');
    expect(slugify('"; rm -rf / #')).toBe('rm-rf');
    expect(slugify('日本語')).toBe('board');
    expect(slugify('x'.repeat(200))).toHaveLength(60);
  });
});

describe('the timeline chart', () => {
  it('draws one numbered dot per event and the four instants', () => {
    const svg = renderTimelineSvg(fromFixture())!;
    expect(svg.match(/<circle cx="[\d.]+" cy/g)?.length).toBeGreaterThanOrEqual(14);
    for (const label of ['Started', 'Detected', 'Mitigated', 'Resolved'])
      expect(svg).toContain(`>${label}</text>`);
  });

  it('keeps every instant label inside the chart, Resolved too when it is the last event', () => {
    const sample = fromFixture();
    const resolvedAt = sample.summary.resolvedAt!;
    const events = sample.timeline.events.filter((e) => e.at <= resolvedAt);
    const doc = { ...sample, timeline: { ...sample.timeline, events } };
    const svg = renderTimelineSvg(doc)!;
    const width = Number(/viewBox="0 0 (\d+) /.exec(svg)![1]);
    const labels = [...svg.matchAll(/<text x="([\d.]+)"[^>]*font-weight="600"[^>]*>([^<]+)</g)];
    expect(labels.map((m) => m[2])).toContain('Resolved');
    for (const [, x, label] of labels) {
      // 6.4 px a character at 11 px: as wide as the chart reckons its labels.
      const half = (label!.length * 6.4) / 2;
      expect(Number(x) + half, label).toBeLessThanOrEqual(width);
      expect(Number(x) - half, label).toBeGreaterThanOrEqual(0);
    }
  });

  it('is left out when there is nothing to draw', () => {
    expect(renderTimelineSvg(buildPostmortem(source(), { now: NOW }))).toBeNull();
  });
});
