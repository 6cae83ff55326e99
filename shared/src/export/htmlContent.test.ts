/**
 * The published page inserts the HTML export's content into the app (renderHtmlContent):
 * it must be exactly what the standalone export holds in `<main>`, and hold nothing that
 * runs — no script, no event handler, no frame, no `javascript:` link — whatever the
 * document's texts are.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderHtml, renderHtmlContent } from './html.ts';
import { documentTexts, documentWith } from './testArbitraries.ts';

describe('the HTML content the published page inserts (property)', () => {
  it('is the export’s main and holds no script, handler, frame or javascript link', () => {
    fc.assert(
      fc.property(documentTexts, fc.boolean(), (texts, named) => {
        const doc = documentWith(texts, named);
        const content = renderHtmlContent(doc);
        expect(renderHtml(doc)).toContain(`<main>\n${content}\n</main>`);
        expect(content).not.toMatch(/<\s*(script|iframe|object|embed|frame|base|meta|link)\b/i);
        expect(content).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
        expect(content).not.toMatch(/(href|src)\s*=\s*"\s*(?!https?:|#|data:image\/)/i);
      }),
      { numRuns: 100 },
    );
  }, 30_000);
});
