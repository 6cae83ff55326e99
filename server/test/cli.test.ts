/**
 * The command line as people run it (`pnpm hindsight …`), on a fresh data directory,
 * then against the server started on that directory.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CreateBoardResponseSchema, TokenListSchema } from '@hindsight/shared';
import { startServer, tempDataDir, testContext } from './helpers.ts';
import { inheritedEnv } from './process.ts';

const t = testContext();
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);

/** Runs `pnpm -s hindsight ARGS` in the repository with DATA_DIR set. */
function hindsight(dataDir: string, ...args: string[]) {
  return run('pnpm', ['-s', 'hindsight', ...args], {
    cwd: ROOT,
    env: { ...inheritedEnv(), DATA_DIR: dataDir },
  });
}

// Each run starts pnpm and tsx: seconds each on a busy machine.
describe('hindsight token', { timeout: 60_000 }, () => {
  it('create prints a token that works on the server started on that data directory', async () => {
    const dir = tempDataDir();
    t.defer(dir.remove);
    const { stdout, stderr } = await hindsight(
      dir.path,
      'token',
      'create',
      '--scope',
      'admin',
      '--name',
      'ci',
    );
    const token = stdout.trim();
    expect(token).toMatch(/^hst_[A-Za-z0-9_-]{43}$/);
    expect(stderr).toContain('shown this once');

    const server = await startServer(dir.path);
    t.defer(() => server.stop());
    const authorization = `Bearer ${token}`;
    const created = await server.app.inject({
      method: 'POST',
      url: '/api/boards',
      headers: { 'content-type': 'application/json', authorization },
      payload: JSON.stringify({ title: 'From a script' }),
    });
    expect(created.statusCode).toBe(201);
    CreateBoardResponseSchema.parse(created.json());
    const list = TokenListSchema.parse(
      (await server.app.inject({ url: '/api/tokens', headers: { authorization } })).json(),
    );
    expect(list.tokens.find((x) => x.name === 'ci')?.lastUsedAt).not.toBeNull();

    const id = list.tokens.find((x) => x.name === 'ci')!.id;
    await hindsight(dir.path, 'token', 'revoke', id);
    const refused = await server.app.inject({ url: '/api/tokens', headers: { authorization } });
    expect(refused.statusCode).toBe(401);
  });

  it('refuses a bad scope with the usage and exit code 64, and writes nothing', async () => {
    const dir = tempDataDir();
    t.defer(dir.remove);
    const failed = await hindsight(
      dir.path,
      'token',
      'create',
      '--scope',
      'root',
      '--name',
      'x',
    ).catch((error: { code: number; stdout: string; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 64, stdout: '' });
    expect((failed as { stderr: string }).stderr).toContain('scope');
    const { stdout } = await hindsight(dir.path, 'token', 'list');
    expect(stdout).toBe('');
  });
});
