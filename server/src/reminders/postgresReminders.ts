/** The Postgres {@link ReminderStore} (migrations/0018_reminders.ts). */
import type pg from 'pg';
import {
  channelOfRow,
  channelValues,
  claimedOfRow,
  claimValues,
  finishValues,
  logOfRow,
  logValues,
  pgPlaceholders as pgSql,
  positionValues,
  remindableOfRow,
  settingsOfRow,
  settingsValues,
  SQL,
  type ChannelDbRow,
  type ClaimedDbRow,
  type LogDbRow,
  type RemindableDbRow,
  type ReminderStore,
  type SettingsDbRow,
} from './reminderStore.ts';

/**
 * The retry's claim in one statement: the rows due again are locked as they are read,
 * skipping those another process is taking this moment, so each is taken by one.
 */
const TAKE = pgSql(SQL.take(`${SQL.retryable} FOR UPDATE SKIP LOCKED`));

export function postgresReminders(pool: pg.Pool): ReminderStore {
  return {
    async reminderSettings() {
      const { rows } = await pool.query<SettingsDbRow>(SQL.settings);
      return rows[0] ? settingsOfRow(rows[0]) : null;
    },
    async saveReminderSettings(settings, at) {
      await pool.query(pgSql(SQL.saveSettings), settingsValues(settings, at));
    },
    async listChannels() {
      const { rows } = await pool.query<ChannelDbRow>(SQL.channels);
      return rows.map(channelOfRow);
    },
    async addChannel(record) {
      await pool.query(pgSql(SQL.addChannel), channelValues(record));
    },
    async removeChannel(id) {
      const { rowCount } = await pool.query(pgSql(SQL.removeChannel), [id]);
      return (rowCount ?? 0) > 0;
    },
    async mutedPeople() {
      const { rows } = await pool.query<{ person_id: string }>(SQL.muted);
      return new Set(rows.map((r) => r.person_id));
    },
    async setMuted(personId, muted, at) {
      if (muted) await pool.query(pgSql(SQL.mute), [personId, at]);
      else await pool.query(pgSql(SQL.unmute), [personId]);
    },
    async remindableActions(lastDue, after, limit) {
      const { rows } = await pool.query<RemindableDbRow>(pgSql(SQL.remindable), [
        lastDue,
        ...positionValues(after),
        limit,
      ]);
      return rows.map(remindableOfRow);
    },
    async claimSend(send, state, at, leaseUntil) {
      const { rowCount } = await pool.query(
        pgSql(SQL.claim),
        claimValues(send, state, at, leaseUntil),
      );
      return rowCount === 1;
    },
    async takeRetries(at, leaseUntil, limit) {
      const { rows } = await pool.query<ClaimedDbRow>(TAKE, [leaseUntil, at, at, at, limit]);
      return rows.map(claimedOfRow);
    },
    async finishSend(key, attempt, result, at) {
      const { rowCount } = await pool.query(
        pgSql(SQL.finish),
        finishValues(key, attempt, result, at),
      );
      return rowCount === 1;
    },
    async appendReminderLog(record) {
      await pool.query(pgSql(SQL.log), logValues(record));
    },
    async reminderLog(limit) {
      const { rows } = await pool.query<LogDbRow>(pgSql(SQL.readLog), [limit]);
      return rows.map(logOfRow);
    },
  };
}
