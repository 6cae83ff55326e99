// What `npm start` may skip (freshness.mjs): a digest that notices every change to a
// step's inputs, and a step skipped only on the inputs it last succeeded on.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { digestOf, isFresh, readInputs, readStamp, writeStamp } from './freshness.mjs';

const files = [
  { path: 'server/src/app.ts', content: 'export const app = 1;\n' },
  { path: 'shared/src/index.ts', content: 'export * from "./ids.ts";\n' },
];

describe('digestOf', () => {
  const base = digestOf(files);

  it('is the same for the same files in any order', () => {
    expect(digestOf([...files].reverse())).toBe(base);
    expect(digestOf(files.map((f) => ({ ...f, content: Buffer.from(f.content) })))).toBe(base);
  });

  it.each([
    // Same length: the content itself counts, not only its size.
    ['a changed file', [files[0], { ...files[1], content: 'export * from "./idz.ts";\n' }]],
    ['an added file', [...files, { path: 'server/src/new.ts', content: '' }]],
    ['a removed file', [files[0]]],
    ['a renamed file', [files[0], { ...files[1], path: 'shared/src/main.ts' }]],
  ])('changes with %s', (_, changed) => {
    expect(digestOf(changed)).not.toBe(base);
  });

  it('tells a path from the start of its content', () => {
    expect(digestOf([{ path: 'a', content: 'bc' }])).not.toBe(
      digestOf([{ path: 'ab', content: 'c' }]),
    );
  });
});

describe('isFresh', () => {
  it('skips a step only on the digest it last succeeded on, with its output there', () => {
    expect(isFresh({ digest: 'd1', stamp: 'd1', outputExists: true })).toBe(true);
    expect(isFresh({ digest: 'd2', stamp: 'd1', outputExists: true })).toBe(false);
    expect(isFresh({ digest: 'd1', stamp: null, outputExists: true })).toBe(false);
    expect(isFresh({ digest: 'd1', stamp: 'd1', outputExists: false })).toBe(false);
  });
});

describe('readInputs and the stamps', () => {
  let root;
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('reads the sources a build reads, not its output, installs or tests', () => {
    root = mkdtempSync(path.join(tmpdir(), 'hindsight-fresh-'));
    for (const dir of ['client/src/board', 'client/dist', 'client/node_modules/x']) {
      mkdirSync(path.join(root, dir), { recursive: true });
    }
    const write = (file, text) => writeFileSync(path.join(root, file), text);
    write('client/index.html', '<div id="root"></div>');
    write('client/src/board/open.ts', 'export {};');
    write('client/src/board/open.test.ts', 'test');
    write('client/dist/index.html', 'built');
    write('client/node_modules/x/index.js', 'installed');
    write('pnpm-lock.yaml', 'lockfileVersion: 9');

    const read = readInputs(root, ['client', 'pnpm-lock.yaml', 'missing.json']);
    expect(read.map((input) => input.path).sort()).toEqual([
      'client/index.html',
      'client/src/board/open.ts',
      'pnpm-lock.yaml',
    ]);

    const before = digestOf(read);
    write('client/dist/index.html', 'built again');
    write('client/src/board/open.test.ts', 'another test');
    expect(digestOf(readInputs(root, ['client', 'pnpm-lock.yaml']))).toBe(before);
    write('client/src/board/open.ts', 'export const opened = true;');
    expect(digestOf(readInputs(root, ['client', 'pnpm-lock.yaml']))).not.toBe(before);

    expect(readStamp(root, 'client')).toBeNull();
    writeStamp(root, 'client', before);
    expect(readStamp(root, 'client')).toBe(before);
  });
});
