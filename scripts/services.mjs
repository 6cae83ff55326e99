// Postgres and Redis for `npm test`. In this order: the servers DATABASE_URL / REDIS_URL
// name (they must answer); else the ones on the default local ports; else, as root on
// Debian, install and start them; else stop with a message that says how to provide them.
// A test run never goes on without them. Plain Node, no dependencies.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import net from 'node:net';
import { userInfo } from 'node:os';
import { fail, runOrExit, say } from './lib.mjs';

const POSTGRES_SOCKET_DIR = '/var/run/postgresql';
const user = userInfo().username;
// Debian's socket lets an OS user in as the role of the same name; TCP may want a password.
const POSTGRES_SOCKET_URL = `postgresql://${user}@localhost/postgres?host=${encodeURIComponent(POSTGRES_SOCKET_DIR)}`;
const POSTGRES_TCP_URL = `postgresql://${user}@127.0.0.1:5432/postgres`;
const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
const PROBE_TIMEOUT_MS = 2000;
const START_TIMEOUT_MS = 30_000;

/**
 * Resolves to true when something at `target` ({ host, port } or { path }) answers `hello`
 * with a reply that `accept` takes.
 */
function answers(target, hello, accept) {
  return new Promise((resolve) => {
    const socket = net.connect(target);
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(PROBE_TIMEOUT_MS, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write(hello));
    socket.once('data', (reply) => done(accept(reply)));
  });
}

// A Postgres server answers an SSLRequest with one byte: 'S' or 'N'.
const SSL_REQUEST = Buffer.from([0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x2f]);
const isPostgresReply = (reply) => reply.length >= 1 && (reply[0] === 0x53 || reply[0] === 0x4e);
// Any RESP reply (+PONG, or -NOAUTH from a server with a password) means Redis is there.
const isRedisReply = (reply) => /^[+-]/.test(reply.toString('latin1'));

/** Where a Postgres URL points: a TCP address, or a Unix socket when `host` is a path. */
function postgresTarget(url) {
  const parsed = new URL(url);
  const host = parsed.searchParams.get('host') ?? decodeURIComponent(parsed.hostname);
  const port = Number(parsed.searchParams.get('port') ?? parsed.port) || 5432;
  if (host.startsWith('/')) return { path: `${host}/.s.PGSQL.${port}` };
  return { host: host || 'localhost', port };
}

function redisTarget(url) {
  const parsed = new URL(url);
  return { host: parsed.hostname || '127.0.0.1', port: Number(parsed.port) || 6379 };
}

const postgresAnswers = (url) => answers(postgresTarget(url), SSL_REQUEST, isPostgresReply);
const redisAnswers = (url) => answers(redisTarget(url), 'PING\r\n', isRedisReply);

function redact(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}

const canInstall = () => process.getuid?.() === 0 && existsSync('/etc/debian_version');

async function waitUntil(check, what) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!(await check())) {
    if (Date.now() > deadline) fail(`${what} did not answer within ${START_TIMEOUT_MS / 1000} s.`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const aptEnv = () => ({ ...process.env, DEBIAN_FRONTEND: 'noninteractive' });
let aptUpdated = false;
async function aptInstall(pkg) {
  if (!aptUpdated) await runOrExit('apt-get', ['update'], aptEnv());
  aptUpdated = true;
  await runOrExit('apt-get', ['install', '-y', pkg], aptEnv());
}

/** Starts Debian's Postgres cluster (installing it first if needed) and lets root in. */
async function startPostgres() {
  if (!existsSync('/usr/lib/postgresql')) {
    say('Installing Postgres (apt-get install postgresql)…');
    await aptInstall('postgresql');
  }
  const version = readdirSync('/usr/lib/postgresql').sort().at(-1);
  if (!existsSync(`/etc/postgresql/${version}/main`)) {
    await runOrExit('pg_createcluster', [version, 'main'], process.env);
  }
  say(`Starting Postgres ${version}…`);
  await runOrExit(
    'pg_ctlcluster',
    ['--skip-systemctl-redirect', version, 'main', 'start'],
    process.env,
  );
  await waitUntil(() => postgresAnswers(POSTGRES_SOCKET_URL), 'Postgres');
  const role = spawnSync(
    'runuser',
    [
      '-u',
      'postgres',
      '--',
      'psql',
      '-v',
      'ON_ERROR_STOP=1',
      '-c',
      "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'root') THEN CREATE ROLE root SUPERUSER LOGIN; END IF; END $$",
    ],
    { stdio: 'inherit' },
  );
  if (role.status !== 0) fail('Could not create the Postgres role "root" for the tests.');
  return POSTGRES_SOCKET_URL;
}

async function startRedis() {
  if (!existsSync('/usr/bin/redis-server')) {
    say('Installing Redis (apt-get install redis-server)…');
    await aptInstall('redis-server');
  }
  say('Starting Redis…');
  await runOrExit(
    'redis-server',
    [
      '--daemonize',
      'yes',
      '--bind',
      '127.0.0.1',
      '--port',
      '6379',
      '--save',
      '',
      '--appendonly',
      'no',
    ],
    process.env,
  );
  await waitUntil(() => redisAnswers(DEFAULT_REDIS_URL), 'Redis');
  return DEFAULT_REDIS_URL;
}

const HOW_TO = {
  postgres:
    'Set DATABASE_URL to a Postgres where the user may CREATE DATABASE (e.g. ' +
    'postgresql://user:password@host:5432/postgres), start one on 127.0.0.1:5432, or run ' +
    '`npm test` as root on Debian, which installs and starts one (apt-get install postgresql).',
  redis:
    'Set REDIS_URL (e.g. redis://127.0.0.1:6379), start Redis on 127.0.0.1:6379, or run ' +
    '`npm test` as root on Debian, which installs and starts it (apt-get install redis-server).',
};

async function ensure(name, variable, localUrls, check, start) {
  const howTo = HOW_TO[name.toLowerCase()];
  const given = process.env[variable];
  if (given) {
    if (await check(given)) return given;
    fail(`The tests need ${name}, and ${variable}=${redact(given)} does not answer.\n  ${howTo}`);
  }
  for (const url of localUrls) if (await check(url)) return url;
  if (canInstall()) return start();
  fail(
    `The tests need ${name}, and none answers at ${localUrls.map(redact).join(' or ')}.\n  ${howTo}`,
  );
}

/** The URLs of a Postgres and a Redis that answer, for the test steps that use them. */
export async function ensureServices() {
  const DATABASE_URL = await ensure(
    'Postgres',
    'DATABASE_URL',
    [POSTGRES_SOCKET_URL, POSTGRES_TCP_URL],
    postgresAnswers,
    startPostgres,
  );
  const REDIS_URL = await ensure(
    'Redis',
    'REDIS_URL',
    [DEFAULT_REDIS_URL],
    redisAnswers,
    startRedis,
  );
  say(`Postgres at ${redact(DATABASE_URL)}, Redis at ${redact(REDIS_URL)}`);
  return { DATABASE_URL, REDIS_URL };
}
