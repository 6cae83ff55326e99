import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { walCheckpointer, type WalCheckpointer } from './walCheckpointer.ts';

describe('WAL checkpointer', () => {
  let dir = '';
  let db: Database.Database | undefined;
  let checkpointer: WalCheckpointer | undefined;
  afterEach(async () => {
    await checkpointer?.close();
    db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('copies the log into the database from its own thread while the connection does not', async () => {
    dir = mkdtempSync(join(tmpdir(), 'hindsight-wal-'));
    const file = join(dir, 'test.db');
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('wal_autocheckpoint = 0');
    db.exec('CREATE TABLE blobs (id INTEGER PRIMARY KEY, data BLOB)');
    const insert = db.prepare('INSERT INTO blobs (data) VALUES (?)');
    for (let i = 0; i < 4; i++) insert.run(Buffer.alloc(1024 * 1024, i));
    // Nothing checkpointed yet: the rows are in the log only.
    expect(statSync(file).size).toBeLessThan(1024 * 1024);
    const failures: unknown[] = [];
    checkpointer = walCheckpointer(file, (err) => failures.push(err));
    await vi.waitFor(() => expect(statSync(file).size).toBeGreaterThan(4 * 1024 * 1024), {
      timeout: 30_000,
    });
    expect(failures).toEqual([]);
  });
});
