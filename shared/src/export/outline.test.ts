/**
 * The document's order and headings: the executive page first, what a board lacks said
 * plainly, and the board's template deciding the headings.
 */
import { describe, expect, it } from 'vitest';
import { DOCUMENT_TEMPLATES } from '../entities/documentTemplate.ts';
import { buildPostmortem } from './build.ts';
import { SECTION_KEYS } from './document.ts';
import { renderHtml } from './html.ts';
import { renderMarkdown } from './markdown.ts';
import { outlineOf } from './outline.ts';
import { fromFixture, NOW, source } from './testSources.ts';
import { MISSING } from './words.ts';

/** Where a line starting with `text` is in `md`, failing when it is absent. */
function lineAt(md: string, text: string): number {
  const at = md.split('\n').findIndex((l) => l.startsWith(text));
  expect(at, `a line starting "${text}"`).toBeGreaterThanOrEqual(0);
  return at;
}

describe('the document’s order', () => {
  const complete = fromFixture({ complete: true });

  it('puts the executive page first: root cause and top actions before the timeline', () => {
    const md = renderMarkdown(complete);
    const timeline = lineAt(md, '## Timeline');
    const executive = [
      '## Summary',
      '## Impact',
      '## Trigger',
      '## Leadup and fault',
      'The pool size moved into the shared config file the week before',
      '## Root causes',
      '- **Config review:** Config values have no schema',
      '## Detection',
      '## Resolution and recovery',
      '## Top actions',
      '| Add per-environment range checks for pool sizes to config validation | Prevent | Dana | 2026-11-20 |',
    ];
    const at = executive.map((line) => lineAt(md, line));
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(Math.max(...at)).toBeLessThan(timeline);
    // The authors are in the header, before every section.
    expect(lineAt(md, '- **Authors:** Dana, Eli (postmortem owners)')).toBeLessThan(at[0]!);
    // The raw cards come last, in the appendix, after every action.
    expect(lineAt(md, '## All action items')).toBeLessThan(
      lineAt(md, '## Appendix: cards by cluster'),
    );
  });

  it('does so in HTML too', () => {
    const html = renderHtml(complete);
    const at = (id: string) => html.indexOf(`<section id="${id}"`);
    const order = [
      'summary',
      'trigger',
      'leadup',
      'root-cause-summary',
      'top-actions',
      'timeline',
      'cards',
    ];
    expect(order.map(at).every((i) => i > 0)).toBe(true);
    expect(order.map(at)).toEqual([...order.map(at)].sort((a, b) => a - b));
  });

  it('says plainly what a board lacks, in every section', () => {
    const blank = buildPostmortem(source({ session: { ...source().session, revealed: false } }), {
      now: NOW,
    });
    const md = renderMarkdown(blank);
    const html = renderHtml(blank);
    for (const key of SECTION_KEYS) {
      if (key === 'cards') continue; // says the cards are not revealed yet
      expect(md, key).toContain(`_${MISSING[key]}_`);
      expect(html, key).toContain(MISSING[key]);
    }
  });

  it('never says "(0 votes)" for a cluster nobody voted for', () => {
    const doc = fromFixture({ complete: true });
    const cluster = doc.retrospective.columns.find((c) => c.clusters?.length)!.clusters![0]!;
    cluster.votes = 0;
    expect(renderMarkdown(doc)).not.toContain('(0 votes)');
    expect(renderHtml(doc)).not.toContain('(0 votes)');
  });
});

describe('document templates', () => {
  it('each list every section once', () => {
    for (const template of DOCUMENT_TEMPLATES) {
      const keys = outlineOf(template).sections.map((s) => s.key);
      expect([...keys].sort(), template).toEqual([...SECTION_KEYS].sort());
    }
  });

  it('each carry the leadup, or say it is not recorded', () => {
    const doc = fromFixture({ complete: true });
    const blank = { ...doc, leadup: null };
    const leadup = 'The pool size moved into the shared config file the week before';
    for (const template of DOCUMENT_TEMPLATES) {
      const outline = outlineOf(template);
      const heading = outline.sections.find((s) => s.key === 'leadup')!.heading;
      const md = renderMarkdown({ ...doc, outline });
      expect(lineAt(md, leadup), template).toBe(lineAt(md, `## ${heading}`) + 2);
      expect(renderHtml({ ...doc, outline }), template).toContain(leadup);
      expect(renderMarkdown({ ...blank, outline }), template).toContain(`_${MISSING.leadup}_`);
      expect(renderHtml({ ...blank, outline }), template).toContain(MISSING.leadup);
    }
  });

  it('change the headings and their order', () => {
    const doc = fromFixture({ complete: true });
    const atlassian = renderMarkdown({ ...doc, outline: outlineOf('atlassian') });
    expect(atlassian).toContain('\n## Leadup\n');
    expect(atlassian).toContain('\n## Fault\n');
    expect(atlassian).not.toContain('\n## Trigger\n');
    const sre = renderMarkdown({ ...doc, outline: outlineOf('google-sre') });
    expect(lineAt(sre, '## Root Causes')).toBeLessThan(lineAt(sre, '## Trigger'));
    expect(lineAt(sre, '## Lessons Learned')).toBeLessThan(lineAt(sre, '## Timeline'));
  });

  it('fall back to the default for a file from before outlines', () => {
    const { outline: _, ...old } = fromFixture();
    expect(renderMarkdown(old)).toBe(renderMarkdown({ ...old, outline: outlineOf('default') }));
  });
});
