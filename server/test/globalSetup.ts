/**
 * Once per test run: a database of its own on the Postgres that DATABASE_URL names (else
 * the local default), handed to the tests as `postgresUrl` and dropped at the end. No
 * Postgres is a failure with a message saying how to provide one, never a skipped test.
 */
import type { TestProject } from 'vitest/node';
import { createDatabase, postgresAdminUrl } from './postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A database created for this run. */
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const database = await createDatabase(postgresAdminUrl(), 'hindsight_test');
  project.provide('postgresUrl', database.url);
  return () => database.drop();
}
