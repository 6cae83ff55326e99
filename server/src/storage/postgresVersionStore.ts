/**
 * The Postgres {@link VersionStore}: the same `board_versions` table as SQLite
 * (migrations/0005_board_versions.ts), on the board store's pool.
 */
import type pg from 'pg';
import { StaleLeaseError } from '../cluster/leases.ts';
import { fenceCheck, fenceParams } from '../cluster/postgresLeases.ts';
import { fencedWrite, FENCE_HOLDS } from './postgresFenced.ts';
import {
  versionFromRow,
  versionValues,
  type VersionRow,
  type VersionStore,
} from './versionStore.ts';

type Query = <R extends pg.QueryResultRow>(
  text: string,
  values?: unknown[],
) => Promise<pg.QueryResult<R>>;

const buffer = (data: Uint8Array): Buffer =>
  Buffer.from(data.buffer, data.byteOffset, data.byteLength);

export function postgresVersionStore(q: Query): VersionStore {
  return {
    async addVersion(record, content, fence) {
      const values = versionValues(record, content);
      values[7] = buffer(content);
      // Checked in the same statement: a stale fence inserts nothing.
      const { rowCount } = await q(
        `INSERT INTO board_versions
           (board_id, id, taken_at, reason, label, schema_version, digest, content)
         SELECT $1::text, $2::text, $3::bigint, $4::text, $5::text, $6::integer, $7::text,
                $8::bytea
         WHERE ${fenceCheck('$9', '$10')}`,
        [...values, ...fenceParams(fence)],
      );
      if (rowCount === 0) throw new StaleLeaseError(fence!);
    },
    async listVersions(boardId) {
      const { rows } = await q<VersionRow>(
        `SELECT id, board_id, taken_at, reason, label, schema_version, digest,
                octet_length(content) AS bytes
         FROM board_versions WHERE board_id = $1 ORDER BY taken_at DESC, id DESC`,
        [boardId],
      );
      return rows.map(versionFromRow);
    },
    async readVersion(boardId, id) {
      const { rows } = await q<{ content: Buffer; schema_version: number }>(
        'SELECT content, schema_version FROM board_versions WHERE board_id = $1 AND id = $2',
        [boardId, id],
      );
      const row = rows[0];
      return row
        ? { content: new Uint8Array(row.content), schemaVersion: row.schema_version }
        : null;
    },
    async deleteVersions(boardId, ids, fence) {
      if (ids.length === 0) return;
      await fencedWrite(
        q,
        `DELETE FROM board_versions WHERE board_id = $1 AND id = ANY($2) AND ${FENCE_HOLDS}`,
        [boardId, [...ids]],
        fence,
      );
    },
  };
}
