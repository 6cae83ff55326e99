/** The SQLite {@link LedgerStore} (migrations/0015_action_ledger.ts, 0021_action_policy.ts). */
import type Database from 'better-sqlite3';
import type { Fence } from '../cluster/leases.ts';
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
  type HistoryRecord,
  type LedgerRow,
  type LedgerStore,
  type ListedDbRow,
} from './ledgerStore.ts';

/** `fenced` throws a StaleLeaseError for a fence that no longer holds (sqliteStore.ts). */
export function sqliteLedger(
  db: Database.Database,
  fenced: (fence: Fence | undefined) => void,
): LedgerStore {
  const q = {
    deleteBoard: db.prepare<[string]>('DELETE FROM ledger_actions WHERE board_id = ?'),
    resolvedBefore: db.prepare<[string], { action_id: string; resolved_on: string | null }>(
      RESOLVED_BEFORE_SQL('?'),
    ),
    facts: db.prepare<[], FactsDbRow>(FACTS_SQL),
    readSetting: db.prepare<[string], { value: string }>(
      'SELECT value FROM workspace_settings WHERE key = ?',
    ),
    writeSetting: db.prepare<[string, string, number, string | null]>(
      `INSERT INTO workspace_settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value,
         updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    ),
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

  const replace = db.transaction((boardId: string, rows: readonly LedgerRow[], today: string) => {
    const before = new Map(
      q.resolvedBefore.all(boardId).map((r) => [r.action_id, r.resolved_on] as const),
    );
    q.deleteBoard.run(boardId);
    for (const row of rows) {
      q.insert.run(...ledgerValues(row, resolvedOnOf(row, before, today)));
    }
  });
  const append = db.transaction((records: readonly HistoryRecord[]) => {
    for (const r of records) q.insertHistory.run(...historyValues(r));
  });

  return {
    async replaceBoardActions(boardId, rows, fence, today = utcToday()) {
      fenced(fence);
      replace(boardId, rows, today);
    },
    async actionFacts() {
      return q.facts.all().map(factOfRow);
    },
    async readSetting(key) {
      const row = q.readSetting.get(key);
      return row ? (JSON.parse(row.value) as unknown) : null;
    },
    async writeSetting(key, value, at, by) {
      q.writeSetting.run(key, JSON.stringify(value), at, by);
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
    async appendHistory(records, fence) {
      fenced(fence);
      append(records);
    },
    async actionHistory(boardId, actionId) {
      return q.history.all(actionId, boardId).map(historyOfRow);
    },
  };
}
