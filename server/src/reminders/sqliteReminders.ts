/** The SQLite {@link ReminderStore} (migrations/0018_reminders.ts). */
import type Database from 'better-sqlite3';
import {
  channelOfRow,
  channelValues,
  claimedOfRow,
  claimValues,
  finishValues,
  logOfRow,
  logValues,
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

export function sqliteReminders(db: Database.Database): ReminderStore {
  const q = {
    settings: db.prepare<[], SettingsDbRow>(SQL.settings),
    saveSettings: db.prepare(SQL.saveSettings),
    channels: db.prepare<[], ChannelDbRow>(SQL.channels),
    addChannel: db.prepare(SQL.addChannel),
    removeChannel: db.prepare<[string]>(SQL.removeChannel),
    muted: db.prepare<[], { person_id: string }>(SQL.muted),
    mute: db.prepare<[string, number]>(SQL.mute),
    unmute: db.prepare<[string]>(SQL.unmute),
    remindable: db.prepare(SQL.remindable),
    claim: db.prepare(SQL.claim),
    // One statement: SQLite runs one writer at a time, so no two callers take one row.
    take: db.prepare(SQL.take(SQL.retryable)),
    finish: db.prepare(SQL.finish),
    log: db.prepare(SQL.log),
    readLog: db.prepare<[number], LogDbRow>(SQL.readLog),
  };
  return {
    async reminderSettings() {
      const row = q.settings.get();
      return row ? settingsOfRow(row) : null;
    },
    async saveReminderSettings(settings, at) {
      q.saveSettings.run(...settingsValues(settings, at));
    },
    async listChannels() {
      return q.channels.all().map(channelOfRow);
    },
    async addChannel(record) {
      q.addChannel.run(...channelValues(record));
    },
    async removeChannel(id) {
      return q.removeChannel.run(id).changes > 0;
    },
    async mutedPeople() {
      return new Set(q.muted.all().map((r) => r.person_id));
    },
    async setMuted(personId, muted, at) {
      if (muted) q.mute.run(personId, at);
      else q.unmute.run(personId);
    },
    async remindableActions(lastDue, after, limit) {
      const rows = q.remindable.all(lastDue, ...positionValues(after), limit) as RemindableDbRow[];
      return rows.map(remindableOfRow);
    },
    async claimSend(send, state, at, leaseUntil) {
      return q.claim.run(...claimValues(send, state, at, leaseUntil)).changes === 1;
    },
    async takeRetries(at, leaseUntil, limit) {
      const rows = q.take.all(leaseUntil, at, at, at, limit) as ClaimedDbRow[];
      return rows.map(claimedOfRow);
    },
    async finishSend(key, attempt, result, at) {
      return q.finish.run(...finishValues(key, attempt, result, at)).changes === 1;
    },
    async appendReminderLog(record) {
      q.log.run(...logValues(record));
    },
    async reminderLog(limit) {
      return q.readLog.all(limit).map(logOfRow);
    },
  };
}
