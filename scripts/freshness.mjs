// What `npm start` may skip: installing when the dependencies are as the last install left
// them, and building when neither the sources nor the dependencies changed since the last
// build. Each step has inputs (files), an output that must exist, and a stamp: the digest
// of its inputs when it last succeeded, kept in node_modules/.cache/hindsight/.
// Plain Node ESM, no dependencies: it runs before `pnpm install`.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Folders never read as inputs: installed packages, build outputs, caches. */
const SKIPPED_DIRS = new Set(['node_modules', 'dist', '.tsbuild', '.vite', 'coverage']);
/** Files never read as inputs: tests change no build. */
const SKIPPED_FILE = /\.test\.[cm]?[jt]sx?$/;

/**
 * The digest of a set of inputs, each `{ path, content }` (content a string or bytes):
 * the same for the same paths with the same contents in any order, different when a file
 * is added, removed, renamed or changed.
 */
export function digestOf(inputs) {
  const hash = createHash('sha256');
  const sorted = [...inputs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const { path: name, content } of sorted) {
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    // Lengths first, so that no two different sets run together into the same bytes.
    hash.update(`${Buffer.byteLength(name)}:${name}:${bytes.length}:`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

/**
 * Whether a step can be skipped: it succeeded before on exactly these inputs (its stamp
 * is their digest) and its output is still there.
 */
export function isFresh({ digest, stamp, outputExists }) {
  return outputExists && stamp !== null && stamp === digest;
}

/** The files under each of `items` (files or folders, relative to `root`), as inputs. */
export function readInputs(root, items) {
  const inputs = [];
  const visit = (relative) => {
    const full = path.join(root, relative);
    if (!existsSync(full)) return;
    if (!statSync(full).isDirectory()) {
      inputs.push({ path: relative, content: readFileSync(full) });
      return;
    }
    for (const entry of readdirSync(full, { withFileTypes: true })) {
      if (entry.isDirectory() ? SKIPPED_DIRS.has(entry.name) : SKIPPED_FILE.test(entry.name)) {
        continue;
      }
      visit(path.posix.join(relative, entry.name));
    }
  };
  for (const item of items) visit(item);
  return inputs;
}

/** The stamps' folder: inside node_modules, so a fresh clone or a wiped install has none. */
export const stampDir = (root) => path.join(root, 'node_modules', '.cache', 'hindsight');

/** A step's recorded digest, or null when it never succeeded here. */
export function readStamp(root, name) {
  try {
    return readFileSync(path.join(stampDir(root), `${name}.stamp`), 'utf8').trim();
  } catch {
    return null;
  }
}

/** Records that a step succeeded on inputs of this digest. */
export function writeStamp(root, name, digest) {
  mkdirSync(stampDir(root), { recursive: true });
  writeFileSync(path.join(stampDir(root), `${name}.stamp`), `${digest}\n`);
}
