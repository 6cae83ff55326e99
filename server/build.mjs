#!/usr/bin/env node
// `pnpm --filter @hindsight/server build`: the server as JavaScript that plain `node` runs,
// in dist/. esbuild bundles our own code (server/src and @hindsight/shared, whose package
// exports TypeScript sources); every other package stays an import resolved from
// node_modules at run time, native modules (better-sqlite3, @node-rs/argon2) included.
//
// The output is flat: every entry and shared chunk sits in dist/ itself, one folder below
// server/ as src/'s top-level files are, so `new URL(…, import.meta.url)` in them finds the
// same places (the client's dist, a worker thread's module: threads/threadPool.ts).
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SERVER = fileURLToPath(new URL('.', import.meta.url));
const OUT = `${SERVER}dist`;

/** The programs: the server, the command line, and the modules worker threads run. */
export const ENTRIES = [
  'src/server.ts',
  'src/cli.ts',
  'src/history/versionWorker.ts',
  'src/sync/stateWorker.ts',
];

/** Bare imports stay imports, except our workspace packages, which are bundled. */
const externalPackages = {
  name: 'external-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@hindsight/') ? undefined : { path: args.path, external: true },
    );
  },
};

rmSync(OUT, { recursive: true, force: true });
await build({
  absWorkingDir: SERVER,
  entryPoints: ENTRIES,
  entryNames: '[name]',
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  sourcemap: true,
  plugins: [externalPackages],
  logLevel: 'warning',
});
