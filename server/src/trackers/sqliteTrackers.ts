/** The SQLite {@link TrackerStore} (migrations/0019_trackers.ts). */
import type Database from 'better-sqlite3';
import { trackerStore, type TrackerStore } from './trackerStore.ts';

export function sqliteTrackers(db: Database.Database): TrackerStore {
  return trackerStore({
    async run(sql, values) {
      return db.prepare(sql).run(...values).changes;
    },
    async all<R>(sql: string, values: unknown[]) {
      return db.prepare(sql).all(...values) as R[];
    },
  });
}
