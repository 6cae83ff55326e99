/**
 * Escaping rules of the export (escape.ts), by example and by property: whatever a
 * person types stays text in its cell, item or paragraph, in every format.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  csvCell,
  htmlLines,
  htmlParagraphs,
  mdParagraphLine,
  csvRows,
  escapeHtml,
  htmlLink,
  mdCell,
  mdInline,
  mdLink,
  mdListItemText,
  mdParagraphs,
  safeHref,
} from './escape.ts';
import { nastyText } from './testArbitraries.ts';
import { OWASP_FORMULA_STARTS, parseCsv, startsFormula } from './testCsv.ts';

/** The export's autolinks: an http(s) URL from the text, `|` written `%7C`. */
const AUTOLINK = /<(https?:\/\/[^\s<>]*)>/g;

/**
 * CommonMark: a backslash before ASCII punctuation stands for that character; an
 * autolink stands for its URL as written.
 */
const mdUnescape = (s: string) =>
  s
    .split(AUTOLINK)
    .map((part, i) =>
      i % 2 === 1 ? part.replace(/%7C/g, '|') : part.replace(/\\([!-/:-@[-`{-~])/g, '$1'),
    )
    .join('');

/** Characters that must never appear unescaped in escaped Markdown text. */
const MD_SPECIAL = new Set('\\`*_[]<>#|~$&');

/** Special characters left unescaped outside the export's autolinks. */
function unescapedSpecials(text: string): string[] {
  const escaped = text.replace(AUTOLINK, 'URL');
  const found: string[] = [];
  for (let i = 0; i < escaped.length; i++) {
    const c = escaped[i]!;
    if (c === '\\') i++;
    else if (MD_SPECIAL.has(c)) found.push(c);
  }
  return found;
}

const lines = (s: string) => s.replace(/\r\n?/g, '\n').split('\n');
const oneLine = (s: string) =>
  lines(s)
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ');

/** What may start a Markdown line and give it block structure. */
const BLOCK_START = /^(\s|[-+=*#>|`~_]|<(?!https?:\/\/)|\d+[.)])/;

describe('Markdown escaping', () => {
  it('neutralises structure by example', () => {
    expect(mdInline('# Not a heading *or* _emphasis_')).toBe(
      '\\# Not a heading \\*or\\* \\_emphasis\\_',
    );
    expect(mdInline('[click](javascript:alert(1)) <script>')).toBe(
      '\\[click\\](javascript:alert(1)) \\<script\\>',
    );
    expect(mdCell('a | b\nc')).toBe('a \\| b<br>c');
    expect(mdListItemText('1. one\n- two\n> three', '  ')).toBe(
      '1\\. one\\\n  \\- two\\\n  \\> three',
    );
    expect(mdParagraphs('=====\n\n    code?')).toBe('\\=====\n\ncode?');
  });

  it('makes a URL in text an autolink to the exact address, and nothing else a link', () => {
    expect(mdCell('see https://g.example/d/abc_def?a=1&b|c.')).toBe(
      'see <https://g.example/d/abc_def?a=1&b%7Cc>.',
    );
    expect(mdInline('(https://g.example/x_(y)), www.e.example a@b.example ftp://e')).toBe(
      '(<https://g.example/x_(y)>), www\\.e.example a\\@b.example ftp:\\//e',
    );
    expect(mdLink('https://g.example/a_b', 'https://g.example/a_b')).toBe(
      '[https:\\//g.example/a\\_b](https://g.example/a_b)',
    );
  });

  it('keeps inline text as it was typed, with nothing unescaped (property)', () => {
    fc.assert(
      fc.property(nastyText, (text) => {
        const escaped = mdInline(text);
        expect(escaped).not.toMatch(/[\r\n]/);
        expect(unescapedSpecials(escaped)).toEqual([]);
        expect(mdUnescape(escaped)).toBe(oneLine(text));
      }),
    );
  });

  it('keeps a table cell on one line and inside its cell (property)', () => {
    fc.assert(
      fc.property(nastyText, (text) => {
        const escaped = mdCell(text);
        expect(escaped).not.toMatch(/[\r\n]/);
        // The only pipes are escaped ones: the cell cannot end early.
        expect(escaped).not.toMatch(/(^|[^\\])\|/);
        const parts = escaped.split('<br>');
        parts.forEach((part) => expect(unescapedSpecials(part)).toEqual([]));
        const expected = lines(text)
          .map((l) => l.trim())
          .filter(Boolean);
        expect(parts.map(mdUnescape)).toEqual(expected.length > 0 ? expected : ['']);
      }),
    );
  });

  it('lets no line of a list item or paragraph start a block (property)', () => {
    fc.assert(
      fc.property(nastyText, (text) => {
        for (const out of [mdListItemText(text, ''), mdParagraphs(text)]) {
          for (const line of out.split('\n')) {
            if (line === '') continue;
            expect(line).not.toMatch(BLOCK_START);
            // A trailing backslash is ours (a hard break), the rest is escaped text.
            expect(unescapedSpecials(line.replace(/\\$/, ''))).toEqual([]);
          }
        }
      }),
    );
  });

  it('links only to http(s), with a destination that cannot end early', () => {
    expect(mdLink('Dashboard', 'javascript:alert(1)')).toBe('Dashboard');
    expect(mdLink('Log', 'https://x.example/a (b)|c')).toBe(
      '[Log](https://x.example/a%20%28b%29%7Cc)',
    );
    expect(mdLink('Q', 'https://x.example/?a=1&copy;b')).toBe(
      '[Q](https://x.example/?a=1\\&copy;b)',
    );
    fc.assert(
      fc.property(fc.webUrl(), nastyText, (url, label) => {
        const link = mdLink(label, url);
        const destination = /\]\(([^()\s|<>]*)\)$/.exec(link);
        expect(destination, link).not.toBeNull();
      }),
    );
  });
});

describe('HTML escaping', () => {
  it('escapes the five characters', () => {
    expect(escapeHtml(`<img src=x onerror="a('&')">`)).toBe(
      '&lt;img src=x onerror=&quot;a(&#39;&amp;&#39;)&quot;&gt;',
    );
  });

  it('never lets text make a tag or leave an attribute (property)', () => {
    fc.assert(
      fc.property(nastyText, (text) => {
        const escaped = escapeHtml(text);
        expect(escaped).not.toMatch(/[<>"']/);
        expect(escaped.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
      }),
    );
  });

  it('links only to http(s) URLs', () => {
    for (const url of [
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<script>',
      'vbscript:x',
      '//evil.example',
      '/relative',
      'http:/',
    ]) {
      expect(safeHref(url), url).toBeNull();
      expect(htmlLink('x', url)).toBe('x');
    }
    expect(htmlLink('a"b', 'https://x.example/"><script>')).toBe(
      '<a href="https://x.example/%22%3E%3Cscript%3E" rel="noopener noreferrer">a&quot;b</a>',
    );
  });
});

describe('CSV escaping', () => {
  it('defuses formulas and quotes what needs quoting', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe('"\'=HYPERLINK(""http://evil"",""x"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe(`"'\rx"`);
    expect(csvCell('\nx')).toBe(`"'\nx"`);
    expect(csvCell('\0x')).toBe("'\0x");
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell(' lead')).toBe('" lead"');
    expect(csvCell('plain')).toBe('plain');
    // A column the importer trims takes a space, which the trim drops, and not a `'`.
    expect(csvCell('=1+1', 'trimmed')).toBe('" =1+1"');
    expect(csvCell('\tx', 'trimmed')).toBe('" \tx"');
    expect(csvCell('plain', 'trimmed')).toBe('plain');
  });

  it('leaves no cell a spreadsheet reads as a formula, and loses no text (property)', () => {
    const formulaStart = fc.constantFrom(...OWASP_FORMULA_STARTS);
    const cellText = fc.oneof(
      nastyText,
      fc.tuple(formulaStart, nastyText).map(([c, t]) => c + t),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cellText, { minLength: 1, maxLength: 4 }), { minLength: 1 }),
        (rows) => {
          const read = parseCsv(csvRows(rows));
          expect(read).toEqual(rows.map((row) => row.map((c) => (startsFormula(c) ? `'${c}` : c))));
          for (const cell of read.flat())
            expect(startsFormula(cell), JSON.stringify(cell)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('line breaks, blank lines and edges', () => {
  it('are the same in Markdown whatever the line ends, with spaces at the edges dropped', () => {
    expect(mdInline('  a  \n  b  ')).toBe('a b');
    expect(mdListItemText('  a \r\n b  ', '  ')).toBe('a\\\n  b');
    for (const text of ['a\r\rb', 'a\r\n\r\nb', 'a\n \nb'])
      expect(mdParagraphs(text), JSON.stringify(text)).toBe('a\n\nb');
    expect(mdParagraphLine('12. x')).toBe('12\\. x');
    expect(mdParagraphLine('  a  \n  b  ')).toBe('a b');
    expect(mdListItemText('a\n \nb', '')).toBe('a\\\nb');
  });

  it('are the same in HTML whatever the line ends, with spaces at the edges dropped', () => {
    for (const text of ['a\n\nb', 'a\r\rb', 'a\r\n\r\nb', 'a\n \nb', '  a  \n\n  b  '])
      expect(htmlParagraphs(text), JSON.stringify(text)).toBe('<p>a</p>\n<p>b</p>');
    expect(htmlLines('  a\nb  ')).toBe('a<br>b');
  });

  it('percent-encodes what a URL may not hold as typed, after the host', () => {
    expect(safeHref('https://x.example/a|b?q={1}^2&p=100%#x#y')).toBe(
      'https://x.example/a%7Cb?q=%7B1%7D%5E2&p=100%25#x%23y',
    );
    expect(safeHref('http://[::1]:8080/a|b')).toBe('http://[::1]:8080/a%7Cb');
    expect(htmlLink('Q', 'https://x.example/a|b')).toBe(
      '<a href="https://x.example/a%7Cb" rel="noopener noreferrer">Q</a>',
    );
  });

  it('shows a code point HTML forbids as the replacement character', () => {
    expect(escapeHtml('a\u0001b\u007fc\ufffed\ud800e\tf')).toBe('a\ufffdb\ufffdc\ufffdd\ufffde\tf');
  });

  it('links a URL given with spaces around it, and encodes what would end the destination', () => {
    expect(safeHref('  https://e.example/x  ')).toBe('https://e.example/x');
    expect(mdLink('x', 'https://e.example/a|b')).toBe('[x](https://e.example/a%7Cb)');
  });
});
