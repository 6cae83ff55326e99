/**
 * Postgres for the tests and the benchmark: the server named by DATABASE_URL, else the one
 * on the default local port. Each run gets a database of its own (created here, dropped
 * at the end) and each test store a schema of its own inside it, so runs and tests never
 * see each other's rows.
 */
import { randomBytes } from 'node:crypto';
import { userInfo } from 'node:os';
import pg from 'pg';
import { redactDatabaseUrl } from '../src/plugins/store.ts';

/** What a local Postgres answers to with no configuration (trust or peer auth). */
export const DEFAULT_POSTGRES_URL = `postgresql://${userInfo().username}@127.0.0.1:5432/postgres`;

export function postgresAdminUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATABASE_URL || DEFAULT_POSTGRES_URL;
}

/** The same server and credentials, another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** The same database, with `schema` first on the search path of every connection. */
export function withSchema(url: string, schema: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('options', `-c search_path=${schema}`);
  return parsed.toString();
}

const randomName = (prefix: string) => `${prefix}_${randomBytes(6).toString('hex')}`;

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export function postgresMissingMessage(url: string, err: unknown): string {
  const reason = err instanceof Error ? err.message || err.name : String(err);
  return [
    `The server tests need Postgres, and none answered at ${redactDatabaseUrl(url)} (${reason}).`,
    'Provide one of:',
    '  - DATABASE_URL=postgresql://user:password@host:5432/postgres, a role that may CREATE DATABASE;',
    '  - a Postgres on 127.0.0.1:5432 that lets this user in (trust or password in ~/.pgpass);',
    '  - `npm test` as root on Debian, which installs and starts one (apt-get install postgresql).',
  ].join('\n');
}

/** A new database on the server at `adminUrl`; `drop` removes it with whatever is in it. */
export async function createDatabase(
  adminUrl: string,
  prefix: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = randomName(prefix);
  try {
    await withClient(adminUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  } catch (err) {
    throw new Error(postgresMissingMessage(adminUrl, err), { cause: err });
  }
  return {
    url: withDatabase(adminUrl, name),
    drop: async () => {
      await withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/** A new empty schema in the database at `url`, and the URL that works in it. */
export async function createSchema(url: string): Promise<string> {
  const schema = randomName('t');
  await withClient(url, (c) => c.query(`CREATE SCHEMA ${schema}`));
  return withSchema(url, schema);
}
