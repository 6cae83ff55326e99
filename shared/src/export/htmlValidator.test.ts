/**
 * The HTML export passes the Nu HTML Checker (the W3C's validator, `vnu-jar`, run on the
 * machine's Java) with no error: the sample, whole and just begun, the sample with links
 * holding characters a URL may not hold as typed (`|`, `^`, `{}`), and documents full of
 * hostile text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PostmortemDocument } from './document.ts';
import { renderHtml } from './html.ts';
import { documentTexts, documentWith } from './testArbitraries.ts';
import { fromFixture } from './testSources.ts';

/** Node's modules, typed for what this file uses; shared's code is not typed for Node. */
interface Node {
  fs: {
    mkdtempSync(prefix: string): string;
    writeFileSync(path: string, data: string): void;
    rmSync(path: string, options: { recursive: boolean; force: boolean }): void;
  };
  childProcess: {
    spawnSync(
      command: string,
      args: readonly string[],
      options: { encoding: 'utf8'; maxBuffer: number },
    ): { status: number | null; stdout: string; stderr: string; error?: Error };
  };
  os: { tmpdir(): string };
  module: { createRequire(url: string): (id: string) => string };
}
const load = (name: string) => import(/* @vite-ignore */ `node:${name}`);
const [fs, childProcess, os, nodeModule] = await Promise.all(
  ['fs', 'child_process', 'os', 'module'].map(load),
);
const node = { fs, childProcess, os, module: nodeModule } as unknown as Node;

/** The checker's jar, from the vnu-jar package (its own path, not its Java downloader). */
const jar = node.module
  .createRequire(import.meta.url)('vnu-jar')
  .toString();

interface VnuMessage {
  readonly type: string;
  readonly subType?: string;
  readonly url?: string;
  readonly lastLine?: number;
  readonly message: string;
  readonly extract?: string;
}

/** The checker's errors on each page, as `name:line message`. */
function validatorErrors(pages: Readonly<Record<string, string>>): string[] {
  const dir = node.fs.mkdtempSync(`${node.os.tmpdir()}/hindsight-vnu-`);
  try {
    const files = Object.entries(pages).map(([name, html]) => {
      const file = `${dir}/${name}.html`;
      node.fs.writeFileSync(file, html);
      return file;
    });
    const run = node.childProcess.spawnSync(
      'java',
      ['-jar', jar, '--errors-only', '--format', 'json', '--stdout', ...files],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    if (run.error) throw run.error;
    const { messages } = JSON.parse(run.stdout) as { messages: VnuMessage[] };
    return messages
      .filter((m) => m.type === 'error' || m.subType === 'fatal')
      .map((m) => `${m.url?.split('/').pop()}:${m.lastLine} ${m.message} «${m.extract ?? ''}»`);
  } finally {
    node.fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The whole sample with links a person pasted from a tracker or a dashboard. */
function sampleWithOddLinks(): PostmortemDocument {
  const doc = fromFixture({ complete: true });
  const odd = 'https://tracker.example.com/issues?q=a|b&sort={due}^1#x#y';
  return {
    ...doc,
    summary: {
      ...doc.summary,
      links: [...doc.summary.links, { label: 'Query | board', url: odd }],
    },
    actionItems: (doc.actionItems ?? []).map((a, i) => (i === 0 ? { ...a, link: odd } : a)),
  };
}

describe('the HTML export in the Nu HTML Checker', () => {
  it('has no error, whatever the document holds', () => {
    const hostile = fc.sample(documentTexts, { numRuns: 6, seed: 19 }).map((t) => documentWith(t));
    const pages: Record<string, string> = {
      sample: renderHtml(fromFixture()),
      complete: renderHtml(fromFixture({ complete: true })),
      'odd-links': renderHtml(sampleWithOddLinks()),
    };
    hostile.forEach((doc, i) => (pages[`hostile-${i}`] = renderHtml(doc)));
    const errors = validatorErrors(pages);
    expect(errors).toEqual([]);
  }, 300_000);
});
