/** The Postgres {@link LedgerStore} (migrations/0015_action_ledger.ts, 0021_action_policy.ts). */
import type pg from 'pg';
import { holdFence } from '../storage/postgresFenced.ts';
import { transaction } from '../storage/postgresStore.ts';
import {
  FACTS_SQL,
  factOfRow,
  HISTORY_COLUMN_NAMES,
  historyOfRow,
  historyValues,
  LEDGER_COLUMN_NAMES,
  ledgerFilterSql,
  ledgerValues,
  listedOfRow,
  LISTED_ORDER,
  LISTED_SELECT,
  RESOLVED_BEFORE_SQL,
  resolvedOnOf,
  utcToday,
  type FactsDbRow,
  type HistoryDbRow,
  type LedgerStore,
  type ListedDbRow,
} from './ledgerStore.ts';

const placeholders = (n: number) => Array.from({ length: n }, (_, i) => `$${i + 1}`).join(', ');

export function postgresLedger(pool: pg.Pool): LedgerStore {
  const insert = `INSERT INTO ledger_actions (${LEDGER_COLUMN_NAMES.join(', ')})
    VALUES (${placeholders(LEDGER_COLUMN_NAMES.length)})`;
  const insertHistory = `INSERT INTO ledger_history (${HISTORY_COLUMN_NAMES.join(', ')})
    VALUES (${placeholders(HISTORY_COLUMN_NAMES.length)})`;
  return {
    async replaceBoardActions(boardId, rows, fence, today = utcToday()) {
      await transaction(pool, async (client) => {
        await holdFence(client, fence);
        // Locks the board's rows, so two replaces of one board keep the first date seen.
        const { rows: resolved } = await client.query<{
          action_id: string;
          resolved_on: string | null;
        }>(`${RESOLVED_BEFORE_SQL('$1')} FOR UPDATE`, [boardId]);
        const before = new Map(resolved.map((r) => [r.action_id, r.resolved_on] as const));
        await client.query('DELETE FROM ledger_actions WHERE board_id = $1', [boardId]);
        for (const row of rows) {
          await client.query(insert, ledgerValues(row, resolvedOnOf(row, before, today)));
        }
      });
    },
    async actionFacts() {
      const { rows } = await pool.query<FactsDbRow>(FACTS_SQL);
      return rows.map(factOfRow);
    },
    async readSetting(key) {
      const { rows } = await pool.query<{ value: string }>(
        'SELECT value FROM workspace_settings WHERE key = $1',
        [key],
      );
      return rows[0] ? (JSON.parse(rows[0].value) as unknown) : null;
    },
    async writeSetting(key, value, at, by) {
      await pool.query(
        `INSERT INTO workspace_settings (key, value, updated_at, updated_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value,
           updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
        [key, JSON.stringify(value), at, by],
      );
    },
    async listActions(filters, after, limit) {
      const values: unknown[] = [];
      const param = (v: unknown) => (values.push(v), `$${values.length}`);
      const where = ledgerFilterSql(filters, after, param);
      const { rows } = await pool.query<ListedDbRow>(
        `${LISTED_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
         ${LISTED_ORDER} LIMIT ${param(limit)}`,
        values,
      );
      return rows.map(listedOfRow);
    },
    async findAction(actionId) {
      const { rows } = await pool.query<ListedDbRow>(
        `${LISTED_SELECT} WHERE a.action_id = $1 ${LISTED_ORDER} LIMIT 1`,
        [actionId],
      );
      return rows[0] ? listedOfRow(rows[0]) : null;
    },
    async appendHistory(records, fence) {
      if (records.length === 0) return;
      await transaction(pool, async (client) => {
        await holdFence(client, fence);
        for (const r of records) await client.query(insertHistory, historyValues(r));
      });
    },
    async actionHistory(boardId, actionId) {
      const { rows } = await pool.query<HistoryDbRow>(
        `SELECT ${HISTORY_COLUMN_NAMES.join(', ')} FROM ledger_history
         WHERE action_id = $1 AND board_id = $2 ORDER BY seq`,
        [actionId, boardId],
      );
      return rows.map(historyOfRow);
    },
  };
}
