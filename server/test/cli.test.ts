/**
 * The command line as people run it (`pnpm hindsight …`), on a fresh data directory,
 * then against the server started on that directory.
 */
import { execFile, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
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

// Each run starts pnpm and node: seconds each on a busy machine.
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

/** Runs `pnpm -s hindsight ARGS` with `input` on standard input. */
function hindsightWithInput(dataDir: string, input: string, ...args: string[]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn('pnpm', ['-s', 'hindsight', ...args], {
      cwd: ROOT,
      env: { ...inheritedEnv(), DATA_DIR: dataDir },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

const signIn = (server: { app: FastifyInstance }, email: string, password: string) =>
  server.app.inject({
    method: 'POST',
    url: '/api/session',
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify({ email, password }),
  });

describe('hindsight user create', { timeout: 60_000 }, () => {
  it('makes an admin on a fresh data directory and prints a one-time set-password link', async () => {
    const dir = tempDataDir();
    t.defer(dir.remove);
    const { stdout, stderr } = await hindsight(
      dir.path,
      'user',
      'create',
      '--email',
      'Ops@Example.com',
      '--role',
      'admin',
      '--name',
      'Ops',
    );
    expect(stderr).toContain('Created admin Ops <ops@example.com>');
    const token = /\/set-password#([A-Za-z0-9_-]{43})$/.exec(stdout.trim())?.[1];
    expect(token).toBeDefined();

    const server = await startServer(dir.path);
    t.defer(() => server.stop());
    // The workspace has its owner: no setup link is needed.
    expect(await server.app.workspace.setup.needed()).toBe(false);
    const set = await server.app.inject({
      method: 'POST',
      url: '/api/account/password',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ token, password: 'the ops passphrase' }),
    });
    expect(set.statusCode).toBe(200);
    expect((await signIn(server, 'ops@example.com', 'the ops passphrase')).json()).toMatchObject({
      person: { role: 'admin' },
    });
  });

  it('reads the password from standard input with --password-stdin, and refuses a taken email', async () => {
    const dir = tempDataDir();
    t.defer(dir.remove);
    const args = ['user', 'create', '--email', 'viewer@example.com', '--role', 'viewer'];
    const made = await hindsightWithInput(
      dir.path,
      'a viewer passphrase\n',
      ...args,
      '--password-stdin',
    );
    expect(made).toMatchObject({ code: 0, stdout: '' });
    const again = await hindsightWithInput(
      dir.path,
      'a viewer passphrase\n',
      ...args,
      '--password-stdin',
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already an account');
    const short = await hindsightWithInput(
      dir.path,
      'short\n',
      'user',
      'create',
      '--email',
      'x@example.com',
      '--role',
      'member',
      '--password-stdin',
    );
    expect(short.code).toBe(64);

    const server = await startServer(dir.path);
    t.defer(() => server.stop());
    const res = await signIn(server, 'viewer@example.com', 'a viewer passphrase');
    expect(res.json()).toMatchObject({ person: { role: 'viewer', name: 'viewer' } });
  });
});
