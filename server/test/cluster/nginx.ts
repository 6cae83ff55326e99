/**
 * Debian's nginx running the reference configuration (deploy/nginx/hindsight.conf) in
 * front of test processes: the file itself, its four placeholders filled in, inside a main
 * configuration that stands in for Debian's /etc/nginx/nginx.conf (which includes
 * conf.d/*.conf in its `http` block). Foreground, unprivileged port, a directory of its
 * own for the pid, logs and temporary files; the test ends it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, WAIT_MS } from '../helpers.ts';

/** The reference configuration, as docs/DEPLOY.md gives it. */
export const NGINX_CONF = fileURLToPath(
  new URL('../../../deploy/nginx/hindsight.conf', import.meta.url),
);
/** Debian's binary; `NGINX` names another. */
const NGINX = process.env.NGINX ?? '/usr/sbin/nginx';
const PLACEHOLDERS = ['HINDSIGHT_LISTEN', 'HINDSIGHT_1', 'HINDSIGHT_2', 'HINDSIGHT_3'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/**
 * The configuration with its placeholders filled in, as `envsubst` with those four names
 * does. Throws on a placeholder left without a value.
 */
export function fillIn(template: string, values: Record<Placeholder, string>): string {
  return template.replace(/\$\{(\w+)\}/g, (whole, name: string) => {
    if (!(PLACEHOLDERS as readonly string[]).includes(name)) {
      throw new Error(`${NGINX_CONF}: unknown placeholder ${whole}`);
    }
    return values[name as Placeholder];
  });
}

/**
 * The nginx binary: Debian's, installed with apt when missing and this is Debian as root
 * (as scripts/test.mjs installs Chromium); otherwise an error that says how to provide it.
 */
export function nginxBinary(): string {
  if (existsSync(NGINX)) return NGINX;
  const canInstall = process.getuid?.() === 0 && existsSync('/etc/debian_version');
  if (canInstall && !process.env.NGINX) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    for (const args of [['update'], ['install', '-y', 'nginx']]) {
      const run = spawnSync('apt-get', args, { env, stdio: 'inherit' });
      if (run.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (${run.status})`);
    }
    if (existsSync(NGINX)) return NGINX;
  }
  throw new Error(
    `The nginx tests run Debian's nginx and found none at ${NGINX}. Install it ` +
      '(sudo apt-get install -y nginx) or set NGINX to an nginx binary, and run again.',
  );
}

export interface Nginx {
  readonly url: string;
  /**
   * The processes (`host:port`) that took `/sync` sockets, read from the access log, where
   * nginx writes a socket once it has closed.
   */
  syncUpstreams(): Set<string>;
  close(): Promise<void>;
}

/** Starts nginx on a free port in front of `upstreams` (three `host:port`). */
export async function startNginx(upstreams: readonly string[]): Promise<Nginx> {
  const binary = nginxBinary();
  const dir = mkdtempSync(join(tmpdir(), 'hindsight-nginx-'));
  const port = await freePort();
  const [first, second, third] = upstreams;
  const site = fillIn(readFileSync(NGINX_CONF, 'utf8'), {
    HINDSIGHT_LISTEN: `127.0.0.1:${port}`,
    HINDSIGHT_1: first!,
    HINDSIGHT_2: second!,
    HINDSIGHT_3: third!,
  });
  writeFileSync(join(dir, 'hindsight.conf'), site);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((kind) => `${kind}_temp_path ${join(dir, kind)};`)
    .join('\n  ');
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off;
master_process off;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 1024; }
http {
  log_format upstreams '$request_uri $status $upstream_addr';
  access_log ${join(dir, 'access.log')} upstreams;
  ${temp}
  include ${join(dir, 'hindsight.conf')};
}
`,
  );
  const child: ChildProcess = spawn(
    binary,
    ['-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf')],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const errors = () => `${out}${readIfThere(join(dir, 'error.log'))}`;
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited:\n${errors()}`);
    const answered = await fetch(`${url}/healthz`).then(
      (res) => res.status === 200,
      () => false,
    );
    if (answered) break;
    if (Date.now() > deadline) throw new Error(`nginx did not answer:\n${errors()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    syncUpstreams: () => {
      const served = new Set<string>();
      for (const line of readIfThere(join(dir, 'access.log')).split('\n')) {
        const [uri, status, ...tried] = line.split(' ');
        // The address that answered is the last one nginx tried.
        const answered = tried
          .join(' ')
          .match(/[\d.]+:\d+/g)
          ?.at(-1);
        if (uri?.startsWith('/sync') && status === '101' && answered) served.add(answered);
      }
      return served;
    },
    close: async () => {
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const readIfThere = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : '');
