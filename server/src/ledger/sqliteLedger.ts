/** The SQLite {@link LedgerStore} (migrations/0015_action_ledger.ts). */
import type Database from 'better-sqlite3';
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
  type HistoryRecord,
  type LedgerRow,
  type LedgerStore,
  type ListedDbRow,
} from './ledgerStore.ts';

export function sqliteLedger(db: Database.Database): LedgerStore {
  const q = {
    deleteBoard: db.prepare<[string]>('DELETE FROM ledger_actions WHERE board_id = ?'),
    insert: db.prepare(
      `INSERT INTO ledger_actions (${LEDGER_COLUMN_NAMES.join(', ')})
       VALUES (${LEDGER_COLUMN_NAMES.map(() => '?').join(', ')})`,
    ),
    find: db.prepare<[string], ListedDbRow>(
      `${LISTED_SELECT} WHERE a.action_id = ? ${LISTED_ORDER} LIMIT 1`,
    ),
    insertHistory: db.prepare(
      `INSERT INTO ledger_history (${HISTORY_COLUMN_NAMES.join(', ')})
       VALUES (${HISTORY_COLUMN_NAMES.map(() => '?').join(', ')})`,
    ),
    history: db.prepare<[string, string], HistoryDbRow>(
      `SELECT ${HISTORY_COLUMN_NAMES.join(', ')} FROM ledger_history
       WHERE action_id = ? AND board_id = ? ORDER BY seq`,
    ),
  };

  const replace = db.transaction((boardId: string, rows: readonly LedgerRow[]) => {
    q.deleteBoard.run(boardId);
    for (const row of rows) q.insert.run(...ledgerValues(row));
  });
  const append = db.transaction((records: readonly HistoryRecord[]) => {
    for (const r of records) q.insertHistory.run(...historyValues(r));
  });

  return {
    async replaceBoardActions(boardId, rows) {
      replace(boardId, rows);
    },
    async listActions(filters, after, limit) {
      const values: unknown[] = [];
      const where = ledgerFilterSql(filters, after, (v) => (values.push(v), '?'));
      const sql = `${LISTED_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ${LISTED_ORDER} LIMIT ?`;
      const rows = db.prepare(sql).all(...values, limit) as ListedDbRow[];
      return rows.map(listedOfRow);
    },
    async findAction(actionId) {
      const row = q.find.get(actionId);
      return row ? listedOfRow(row) : null;
    },
    async appendHistory(records) {
      append(records);
    },
    async actionHistory(boardId, actionId) {
      return q.history.all(actionId, boardId).map(historyOfRow);
    },
  };
}
