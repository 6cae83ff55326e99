/**
 * The OpenID provider the browser stories sign in through: the in-process test provider
 * (server/test/support/oidcProvider.ts) run as a child process, with one person who
 * signs in with SSO. The suite's server gets OIDC settings pointing at it
 * (global-setup.ts).
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const serverDir = join(resolve(fileURLToPath(new URL('.', import.meta.url)), '..'), 'server');
const START_TIMEOUT_MS = 30_000;

/** The person who signs in with SSO in the stories; the test provider's password for all. */
export const SSO_PERSON = {
  id: 'sso-person',
  email: 'sam.sso@example.com',
  emailVerified: true,
  name: 'Sam Single',
} as const;
export const SSO_PASSWORD = 'test';

export interface RunningProvider {
  /** OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET for a server that signs in through it. */
  readonly env: Record<string, string>;
  /** Lets the client redirect to `uri`. */
  allowRedirect(uri: string): Promise<void>;
  stop(): Promise<void>;
}

export async function startProvider(): Promise<RunningProvider> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'test/support/oidcProviderMain.ts', JSON.stringify([SSO_PERSON])],
    { cwd: serverDir, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: child.stdout });
  const waiting: ((line: string) => void)[] = [];
  // Only its answers: the provider library prints notices on standard output too.
  lines.on('line', (line) => {
    if (line.startsWith('{') || line === 'ok') waiting.shift()?.(line);
  });
  const nextLine = () =>
    new Promise<string>((done, fail) => {
      const timer = setTimeout(
        () => fail(new Error('the test OpenID provider did not answer')),
        START_TIMEOUT_MS,
      );
      waiting.push((line) => {
        clearTimeout(timer);
        done(line);
      });
    });
  const first = JSON.parse(await nextLine()) as {
    issuer: string;
    clientId: string;
    clientSecret: string;
  };
  return {
    env: {
      OIDC_ISSUER: first.issuer,
      OIDC_CLIENT_ID: first.clientId,
      OIDC_CLIENT_SECRET: first.clientSecret,
    },
    async allowRedirect(uri) {
      const ack = nextLine();
      child.stdin.write(`${uri}\n`);
      await ack;
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      child.stdin.end();
      await Promise.race([exited, new Promise((done) => setTimeout(done, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
