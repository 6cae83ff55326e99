/** The Postgres {@link TrackerStore} (migrations/0019_trackers.ts). */
import type pg from 'pg';
import { numbered, trackerStore, type TrackerStore } from './trackerStore.ts';

export function postgresTrackers(pool: pg.Pool): TrackerStore {
  return trackerStore({
    async run(sql, values) {
      return (await pool.query(numbered(sql), values)).rowCount ?? 0;
    },
    async all<R>(sql: string, values: unknown[]) {
      return (await pool.query(numbered(sql), values)).rows as R[];
    },
  });
}
