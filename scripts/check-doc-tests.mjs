#!/usr/bin/env node
// `pnpm lint:docs`: every test the docs cite exists. A citation is inline code of the form
// `path/to/file.test.ts › test title` (or `file › describe title › test title`; e2e
// stories by `e2e/tests/x.spec.ts › story title`), with the path from the repository root.
// The cited file must exist and hold a test of that exact title that is not skipped, and
// each cited describe title must be one of its describe blocks. In docs/SECURITY.md,
// every rule (a `###` heading) must cite at least one test.
//
// Titles are read from the source, not by running the suites: a template literal's
// `${…}` parts match anything. Plain Node, no dependencies, so it runs inside `pnpm lint`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './lib.mjs';

const RULES_DOC = 'docs/SECURITY.md';
const CITATION = /`([\w./-]+\.(?:test|spec)\.[cm]?[jt]sx?) › ([^`]+)`/g;
/** A test or describe call and its title: `it('…'`, `test.describe(\`…\``, `it.skip("…"`. */
const TITLED_CALL =
  /(?<![.\w$])(describe|it|test)((?:\.(?:only|skip|todo|fixme|concurrent|sequential|fails|serial|parallel|describe))*)\s*\(\s*(?:'((?:\\.|[^'\\])*)'|"((?:\\.|[^"\\])*)"|`((?:\\.|[^`\\])*)`)/g;

/** `it.each(table)('title %s', …)`: the title after the table. */
const EACH_CALL =
  /(?<![.\w$])(it|test)\.each\b[\s\S]*?\)\s*\(\s*(?:'((?:\\.|[^'\\])*)'|"((?:\\.|[^"\\])*)"|`((?:\\.|[^`\\])*)`)/g;

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const unescape = (text) => text.replace(/\\(.)/g, '$1');

/** A matcher for a title whose `placeholder` parts may be anything. */
function titleMatcher(raw, placeholder) {
  const literal = unescape(raw);
  const re = new RegExp(
    `^${raw
      .split(placeholder)
      .map((part) => escapeRegExp(unescape(part)))
      .join('.+')}$`,
  );
  return (title) => title === literal || re.test(title);
}

/** The titles a test file declares, each as a matcher. */
function titlesIn(source) {
  const titles = [];
  for (const [, fn, modifiers, single, double, template] of source.matchAll(TITLED_CALL)) {
    titles.push({
      kind: fn === 'describe' || modifiers.includes('.describe') ? 'describe' : 'test',
      skipped: /\.(skip|todo|fixme)\b/.test(modifiers),
      matches:
        template === undefined
          ? titleMatcher(single ?? double, /(?!)/)
          : titleMatcher(template, /\$\{[^}]*\}/),
    });
  }
  // A table's title: printf placeholders (`%s`) and `$name` stand for each row's values.
  for (const [, , single, double, template] of source.matchAll(EACH_CALL)) {
    const raw = single ?? double ?? template;
    titles.push({ kind: 'test', skipped: false, matches: titleMatcher(raw, /%[sdifjo#%]|\$\w+/) });
  }
  return titles;
}

/** Problems with one citation, as sentences; empty when it holds. */
function checkCitation(file, parts, sources) {
  const absolute = path.join(ROOT, file);
  if (!existsSync(absolute)) return [`${file} does not exist`];
  if (!sources.has(file)) sources.set(file, titlesIn(readFileSync(absolute, 'utf8')));
  const titles = sources.get(file);
  const problems = [];
  const testTitle = parts.at(-1);
  const tests = titles.filter((t) => t.kind === 'test' && t.matches(testTitle));
  if (tests.length === 0) problems.push(`${file} has no test titled "${testTitle}"`);
  else if (tests.every((t) => t.skipped)) problems.push(`${file} skips "${testTitle}"`);
  for (const block of parts.slice(0, -1)) {
    if (!titles.some((t) => t.kind === 'describe' && t.matches(block)))
      problems.push(`${file} has no describe block titled "${block}"`);
  }
  return problems;
}

/** Markdown files whose citations are checked: the README and everything in docs/. */
function docFiles() {
  const docs = readdirSync(path.join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`);
  return ['README.md', ...docs];
}

/** `### ` rules of the security doc that cite no test, by line. */
function rulesWithoutTests(text) {
  const problems = [];
  const lines = text.split('\n');
  let rule = null;
  const close = () => {
    if (rule && !rule.cites)
      problems.push(`${RULES_DOC}:${rule.line}: "${rule.title}" cites no test`);
  };
  lines.forEach((line, i) => {
    if (/^#{1,3} /.test(line)) {
      close();
      rule = line.startsWith('### ') ? { title: line.slice(4), line: i + 1, cites: false } : null;
    } else if (rule && line.match(CITATION)) {
      rule.cites = true;
    }
  });
  close();
  return problems;
}

const sources = new Map();
const problems = [];
let citations = 0;
for (const doc of docFiles()) {
  const text = readFileSync(path.join(ROOT, doc), 'utf8');
  text.split('\n').forEach((line, i) => {
    for (const [, file, title] of line.matchAll(CITATION)) {
      citations++;
      for (const problem of checkCitation(file, title.split(' › '), sources))
        problems.push(`${doc}:${i + 1}: ${problem}`);
    }
  });
  if (doc === RULES_DOC) problems.push(...rulesWithoutTests(text));
}

if (problems.length > 0) {
  console.error(`✖ ${problems.length} problem(s) with the tests the docs cite:\n`);
  for (const problem of problems) console.error(`  ${problem}`);
  console.error(
    '\nCite a test as `path/from/the/root.test.ts › its exact title` (see scripts/check-doc-tests.mjs).',
  );
  process.exit(1);
}
console.log(`✔ ${citations} cited tests exist, in ${sources.size} files; every rule cites one.`);
