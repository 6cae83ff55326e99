/**
 * The HTML export on paper (issue #19), judged in Chromium's print layout at the width of
 * an A4 page inside its margins, and printed to PDF with `page.pdf()`: the action table's
 * Action column keeps a readable width and breaks no word in the middle
 * ("per-enviro|nment"); the URL printed after a ticket link does not widen the Link
 * column; no section is forced onto a new page; the timeline's last instant label stays
 * inside the chart.
 */
import {
  addActionItem,
  addTimelineEvent,
  readActionItems,
  roomName,
  updateIncident,
} from '@hindsight/shared';
import { expect, test } from './fixtures.ts';
import { nodeDocs } from './nodeDocs.ts';

const LONG_LINK =
  'https://tracker.example.com/browse/INC-4830?focusedCommentId=1234567&page=com.atlassian.jira.plugin.system.issuetabpanels';

/** A4 (210 mm) less the export's 14 mm side margins, in CSS pixels. */
const A4_CONTENT_WIDTH = Math.floor(((210 - 28) / 25.4) * 96);

test('the printed action table keeps its Action column readable and whole words, and nothing forces a page break', async ({
  app,
  browser,
}) => {
  const board = await app.createBoard('Checkout 5xx after a pool change');
  const docs = await nodeDocs(app.url);
  try {
    const doc = await docs.open(roomName(board.id), { token: board.tokens.facilitator });
    updateIncident(doc, {
      startedAt: Date.parse('2026-11-03T14:02:00Z'),
      detectedAt: Date.parse('2026-11-03T14:05:00Z'),
      resolvedAt: Date.parse('2026-11-03T14:49:00Z'),
    });
    addTimelineEvent(doc, {
      at: Date.parse('2026-11-03T14:02:00Z'),
      kind: 'trigger',
      text: 'Config rolled out',
    });
    addTimelineEvent(doc, {
      at: Date.parse('2026-11-03T14:49:00Z'),
      kind: 'resolution',
      text: 'Queues drained',
    });
    addActionItem(doc, {
      title: 'Add per-environment range checks for pool sizes to config validation',
      details: 'Reject production pool sizes under 50 before the deploy pipeline applies them.',
      owner: 'Dana Whitfield',
      due: '2026-11-20',
      link: LONG_LINK,
    });
    addActionItem(doc, {
      title: 'Alert on connection-pool saturation',
      owner: 'Eli',
      link: LONG_LINK,
    });
    const check = await docs.open(roomName(board.id), { token: board.tokens.facilitator });
    await expect.poll(() => readActionItems(check).length).toBe(2);
  } finally {
    docs.close();
  }
  const res = await fetch(`${app.url}/api/boards/${board.id}/export?format=html`, {
    headers: { authorization: `Bearer ${board.tokens.facilitator}` },
  });
  const html = await res.text();

  const page = await browser.newPage({ viewport: { width: A4_CONTENT_WIDTH, height: 1100 } });
  await page.setContent(html);
  await page.emulateMedia({ media: 'print' });

  const layout = await page.evaluate(() => {
    const table = document.querySelector('table.actions')!;
    const heads = [...table.querySelectorAll('thead th')].map((th) => [
      th.textContent,
      th.getBoundingClientRect().width,
    ]);
    // A word broken across lines has more than one box.
    const broken: string[] = [];
    for (const cell of table.querySelectorAll('tbody td:first-child')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const m of node.textContent!.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          if (range.getClientRects().length > 1) broken.push(m[0]);
        }
      }
    }
    const forced = [...document.querySelectorAll('body *')]
      .filter((el) => ['page', 'left', 'right'].includes(getComputedStyle(el).breakBefore))
      .map((el) => el.tagName + (el.id ? `#${el.id}` : ''));
    const svg = document.querySelector('svg.timeline-chart') as SVGSVGElement | null;
    const svgBox = svg?.getBoundingClientRect();
    const resolved = [...(svg?.querySelectorAll('text') ?? [])].find(
      (t) => t.textContent === 'Resolved',
    );
    return {
      tableWidth: table.getBoundingClientRect().width,
      heads: Object.fromEntries(heads) as Record<string, number>,
      broken,
      forced,
      resolvedRight: resolved ? resolved.getBoundingClientRect().right : null,
      chartRight: svgBox?.right ?? null,
    };
  });

  // The Action column is the widest, a quarter of the table or more (seven columns share
  // it; the six others hold a name, a date or a word); never ~40 px.
  expect(layout.heads['Action']!).toBe(Math.max(...Object.values(layout.heads)));
  expect(layout.heads['Action']!).toBeGreaterThanOrEqual(layout.tableWidth / 4);
  // The printed URL wraps inside the Link column instead of widening it.
  expect(layout.heads['Link']!).toBeLessThanOrEqual(layout.tableWidth / 5);
  expect(layout.broken).toEqual([]);
  expect(layout.forced).toEqual([]);
  expect(layout.resolvedRight).not.toBeNull();
  // Inside the chart, give or take the half pixel a glyph's box rounds to.
  expect(layout.resolvedRight!).toBeLessThanOrEqual(layout.chartRight! + 1);

  // The PDF Chromium makes of it: a short postmortem on few pages (5 with its executive
  // page and appendix); a page forced per section would make fifteen or more.
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
  expect(pages).toBeGreaterThan(0);
  expect(pages).toBeLessThanOrEqual(6);
  await test.info().attach('postmortem.pdf', { body: pdf, contentType: 'application/pdf' });
  await page.close();
});
