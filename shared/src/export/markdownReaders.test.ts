/**
 * The Markdown export as readers read it (issue #19): a real GFM renderer (micromark
 * with its GFM extension, the CommonMark and GFM reference in JavaScript) turns every
 * http(s) URL a person typed into a link to that exact address, and nothing else into a
 * link; markdownlint finds nothing on the realistic sample.
 */
import fc from 'fast-check';
import { lint } from 'markdownlint/sync';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import type { PostmortemDocument } from './document.ts';
import { safeHref } from './escape.ts';
import { renderMarkdown } from './markdown.ts';
import {
  documentTexts,
  documentWith,
  placeholders,
  type DocumentTexts,
} from './testArbitraries.ts';
import { fromFixture } from './testSources.ts';

/** The page GitHub, GitLab or a wiki would show. */
const toHtml = (md: string) => micromark(md, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });

const unescapeAttribute = (v: string) =>
  v
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Every link's address in rendered HTML. */
const hrefs = (html: string) =>
  [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => unescapeAttribute(m[1]!));

/**
 * An address as a browser requests it: renderers percent-encode what a URL may not hold
 * as typed (`é`, `|`, `[`), so both sides are compared decoded.
 */
function address(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/** The links the document itself holds: incident links, supporting links and tickets. */
const ownLinks = (doc: PostmortemDocument) =>
  [
    ...doc.summary.links.map((l) => l.url),
    ...(doc.supportingLinks ?? []).map((l) => l.url),
    ...(doc.actionItems ?? []).map((a) => a.link ?? ''),
  ]
    .map((u) => safeHref(u))
    .filter((u): u is string => u !== null);

const DASHBOARD = 'https://grafana.example.com/d/abc_def/checkout?var-env=prod&from=now-1h';

/** The sample with a dashboard in a timeline event, a log in a card and a runbook in an action. */
function sampleWithUrls(): PostmortemDocument {
  const doc = fromFixture({ complete: true });
  const [first, ...events] = doc.timeline.events;
  const [column, ...columns] = doc.retrospective.columns;
  return {
    ...doc,
    timeline: {
      ...doc.timeline,
      events: [{ ...first!, text: `Latency up on ${DASHBOARD}, see the p99 panel.` }, ...events],
    },
    retrospective: {
      ...doc.retrospective,
      columns: [
        {
          ...column!,
          cards: [
            ...column!.cards,
            { id: 'CardWithALog0001', text: 'Logs (https://logs.example.com/q?s=a|b_c) helped' },
          ],
        },
        ...columns,
      ],
    },
  };
}

/** Whole documents are rendered, parsed and linted; give them room on a busy machine. */
const ROOM = { timeout: 90_000 };

describe('the Markdown export read by a GFM renderer', ROOM, () => {
  it('links a URL typed in a timeline event to the exact address, underscores and all', () => {
    const html = toHtml(renderMarkdown(sampleWithUrls()));
    expect(hrefs(html)).toContain(DASHBOARD);
    expect(hrefs(html)).toContain('https://logs.example.com/q?s=a%7Cb_c');
    expect(html).not.toContain('%5C');
  });

  it('makes no link of text that only looks like one', () => {
    const doc = sampleWithUrls();
    const tricks = [
      'www.evil.example',
      'dana@evil.example',
      'ftp://evil.example/x',
      'javascript:alert(1)',
      '[click](javascript:alert(1))',
      '[click](https://evil.example)',
      '![x](https://evil.example/pixel.png)',
      '<https://evil.example>',
      'mailto:dana@evil.example',
    ];
    const md = renderMarkdown({
      ...doc,
      summary: { ...doc.summary, text: tricks.join('\n\n') },
      timeline: {
        ...doc.timeline,
        events: doc.timeline.events.map((e, i) => ({ ...e, text: tricks[i % tricks.length]! })),
      },
    });
    const html = toHtml(md);
    const allowed = new Set(
      [DASHBOARD, 'https://logs.example.com/q?s=a|b_c', ...ownLinks(doc)].map(address),
    );
    // The one http(s) URL among the tricks, typed inside image markup, is linked as typed.
    allowed.add('https://evil.example/pixel.png');
    allowed.add('https://evil.example');
    for (const href of hrefs(html)) expect(allowed, href).toContain(address(href));
    expect(html).not.toMatch(/<img|href="(?!https?:)/);
  });

  it('links every URL typed anywhere to its exact address, and nothing else (property)', () => {
    // URLs that end where GFM ends one: not in punctuation it leaves out of a link.
    const url = fc
      .webUrl({ withQueryParameters: true, withFragments: true })
      .filter((u) => /[A-Za-z0-9/=]$/.test(u) && !u.includes('('));
    fc.assert(
      fc.property(documentTexts, url, url, url, (nasty, a, b, c) => {
        const texts: DocumentTexts = placeholders(nasty);
        texts.events = [{ text: `went down ${a} at once`, source: `pager ${b}` }];
        texts.summary = `Summary:\n${c}`;
        texts.columns[0]!.cards = [{ text: `${a}, then ${c}.`, author: 'x' }];
        const doc = documentWith(texts);
        const linked = hrefs(toHtml(renderMarkdown(doc))).map(address);
        const typed = [a, b, c].map(address);
        for (const u of typed) expect(linked, u).toContain(u);
        const allowed = new Set([...typed, ...ownLinks(doc).map(address)]);
        for (const href of linked) expect(allowed, href).toContain(href);
      }),
      { numRuns: 60 },
    );
  });
});

describe('markdownlint on the realistic sample', ROOM, () => {
  /**
   * Line length is left to the reader's window (a paragraph is one line, as renderers
   * wrap it); `<br>` is the only line break a GFM table cell allows.
   */
  const config = { default: true, MD013: false, MD033: { allowed_elements: ['br'] } };
  const warnings = (md: string) =>
    lint({ strings: { doc: md }, config }).doc!.map(
      (r) =>
        `${r.lineNumber}: ${r.ruleNames.join('/')} ${r.errorDetail ?? ''} ${r.errorContext ?? ''}`,
    );

  it('finds nothing on the sample, whole or just begun, with URLs in its text', () => {
    expect(warnings(renderMarkdown(fromFixture()))).toEqual([]);
    expect(warnings(renderMarkdown(fromFixture({ complete: true })))).toEqual([]);
    expect(warnings(renderMarkdown(sampleWithUrls()))).toEqual([]);
  });
});
