/**
 * Where each value of a JSON text starts, by its path as {@link formatIssuePath} writes it
 * (`timeline.events[3].at`; the root is `''`), so an issue found on the parsed value can
 * be told at its line in the file. Pure; for a text `JSON.parse` accepted.
 */

/** A zod path as code would write it: `timeline.events[3].at`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** Line and column (1-based) of character `offset` in `text`. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

/** Offsets of every value in `text`, by path. Throws on text that is not JSON. */
export function valueOffsets(text: string): Map<string, number> {
  const out = new Map<string, number>();
  let i = 0;
  const skip = () => {
    while (i < text.length && WHITESPACE.has(text[i]!)) i++;
  };
  const expect = (char: string) => {
    if (text[i] !== char) throw new SyntaxError(`Expected ${char} at ${i}`);
    i++;
  };
  const string = (): string => {
    const start = i;
    expect('"');
    while (text[i] !== '"') {
      if (i >= text.length) throw new SyntaxError('Unterminated string');
      i += text[i] === '\\' ? 2 : 1;
    }
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: PropertyKey[]): void => {
    skip();
    out.set(formatIssuePath(path), i);
    const c = text[i];
    if (c === '{') {
      i++;
      skip();
      if (text[i] === '}') return void i++;
      for (;;) {
        skip();
        const key = string();
        skip();
        expect(':');
        value([...path, key]);
        skip();
        if (text[i] === '}') return void i++;
        expect(',');
      }
    }
    if (c === '[') {
      i++;
      skip();
      if (text[i] === ']') return void i++;
      for (let n = 0; ; n++) {
        value([...path, n]);
        skip();
        if (text[i] === ']') return void i++;
        expect(',');
      }
    }
    if (c === '"') return void string();
    // A number, true, false or null: up to the next delimiter.
    while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
  };
  value([]);
  return out;
}

/** The path holding `path`: `a.b[3].c` → `a.b[3]` → `a.b` → `a` → `''`. */
function parentPath(path: string): string {
  return path.replace(/(\.?[^.[]+|\[\d+\])$/, '');
}

/**
 * The line (1-based) of the value at `path` (as {@link formatIssuePath} writes it), or of
 * the nearest value holding it when the path names something absent: a missing field is
 * told at its object.
 */
export function lineOfPath(text: string, path: string, offsets = valueOffsets(text)): number {
  for (let at = path; ; at = parentPath(at)) {
    const offset = offsets.get(at);
    if (offset !== undefined) return lineColumnAt(text, offset).line;
    if (at === '') return 1;
  }
}
