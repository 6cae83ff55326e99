/**
 * The GitHub export (shared/src/export/githubScript.ts, issue #19) run as its README says,
 * `sh FILE OWNER/REPO`, with a stand-in `gh` first on PATH that records the arguments it
 * is given. Each action item becomes one `gh issue create` whose title and body are the
 * board's text exactly, whatever shell syntax it holds; nothing in it runs. An owner typed
 * as a GitHub login is assigned, any other owner is named in the body.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { renderGithubScript, type PostmortemDocument } from '@hindsight/shared';
import { fromFixture } from '../../shared/src/export/testSources.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Runs the script with the stand-in `gh`; returns each call's arguments. */
function runScript(script: string, args: string[] = ['acme/ops']): string[][] {
  const dir = mkdtempSync(join(tmpdir(), 'gh-script-'));
  dirs.push(dir);
  const bin = join(dir, 'bin');
  execFileSync('mkdir', [bin]);
  writeFileSync(
    join(bin, 'gh'),
    `#!${process.execPath}\nrequire('fs').appendFileSync(process.env.GH_LOG, JSON.stringify(process.argv.slice(2)) + '\\n');\n`,
  );
  chmodSync(join(bin, 'gh'), 0o755);
  const file = join(dir, 'issues.sh');
  writeFileSync(file, script);
  const log = join(dir, 'gh.log');
  execFileSync('sh', [file, ...args], {
    cwd: dir,
    env: { PATH: `${bin}:${process.env.PATH}`, GH_LOG: log, HOME: dir },
    stdio: 'pipe',
  });
  return existsSync(log)
    ? readFileSync(log, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as string[])
    : [];
}

/** The value of `--name=value` in one call. */
const flag = (call: string[], name: string) =>
  call.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

const HOSTILE = [
  '$(touch pwned-dollar) pool checks',
  '`touch pwned-backtick` alert',
  `it's "quoted" \\ and $HOME and \${PATH}`,
  'first line\nsecond line; touch pwned-newline',
  "'; touch pwned-quote; echo '",
];

function withTitles(doc: PostmortemDocument, titles: string[]): PostmortemDocument {
  const items = doc.actionItems!;
  return {
    ...doc,
    actionItems: titles.map((action, i) => ({
      ...items[i % items.length]!,
      action,
      details: `${action}\n\nDetails with $(touch pwned-body) and \`backticks\``,
    })),
  };
}

describe('the GitHub gh script', () => {
  it('files each action item once, with its title and body exactly, and runs none of it', () => {
    const doc = withTitles(fromFixture({ complete: true }), HOSTILE);
    const calls = runScript(renderGithubScript(doc));
    expect(calls[0]!.slice(0, 4)).toEqual(['label', 'create', 'postmortem', '--repo']);
    const issues = calls.slice(1);
    expect(issues).toHaveLength(HOSTILE.length);
    issues.forEach((call, i) => {
      expect(call.slice(0, 4)).toEqual(['issue', 'create', '--repo', 'acme/ops']);
      // A title is one line: GitHub has no line breaks in titles.
      expect(flag(call, 'title')).toBe(HOSTILE[i]!.replace(/\n/g, ' '));
      expect(flag(call, 'body')).toContain(
        `${HOSTILE[i]}\n\nDetails with $(touch pwned-body) and \`backticks\``,
      );
      expect(flag(call, 'label')).toBe('postmortem');
    });
    const dir = dirs[0]!;
    for (const name of [
      'pwned-dollar',
      'pwned-backtick',
      'pwned-newline',
      'pwned-quote',
      'pwned-body',
    ])
      expect(existsSync(join(dir, name)), name).toBe(false);
  });

  it('assigns an owner typed as a login, and names any other owner in the body', () => {
    const sample = fromFixture({ complete: true });
    const [first, second] = sample.actionItems!;
    const doc = {
      ...sample,
      actionItems: [
        { ...first!, owner: '@dana-w' },
        { ...second!, owner: 'Eli Park' },
        { ...second!, owner: null },
      ],
    };
    const [, dana, eli, nobody] = runScript(renderGithubScript(doc));
    expect(flag(dana!, 'assignee')).toBe('dana-w');
    expect(flag(dana!, 'body')).not.toContain('Owner:');
    expect(flag(eli!, 'assignee')).toBeUndefined();
    expect(flag(eli!, 'body')).toContain('Owner: Eli Park');
    expect(flag(nobody!, 'assignee')).toBeUndefined();
    expect(flag(nobody!, 'body')).toContain(`Due: ${second!.due}`);
  });

  it('files nothing without action items, and asks for the repository', () => {
    const doc = { ...fromFixture({ complete: true }), actionItems: null };
    expect(runScript(renderGithubScript(doc))).toEqual([]);
    expect(() => runScript(renderGithubScript(doc), [])).toThrow();
  });
});
