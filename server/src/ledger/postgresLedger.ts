/** The Postgres {@link LedgerStore} (migrations/0015_action_ledger.ts). */
import type pg from 'pg';
import { transaction } from '../storage/postgresStore.ts';
import {
  HISTORY_COLUMN_NAMES,
  historyOfRow,
  historyValues,
  LEDGER_COLUMN_NAMES,
  ledgerFilterSql,
  ledgerValues,
  listedOfRow,
  LISTED_ORDER,
  LISTED_SELECT,
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
    async replaceBoardActions(boardId, rows) {
      await transaction(pool, async (client) => {
        await client.query('DELETE FROM ledger_actions WHERE board_id = $1', [boardId]);
        for (const row of rows) await client.query(insert, ledgerValues(row));
      });
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
    async appendHistory(records) {
      if (records.length === 0) return;
      await transaction(pool, async (client) => {
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
