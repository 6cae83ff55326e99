/**
 * Reminders' rows behind one interface, with a SQLite and a Postgres implementation that
 * one contract suite checks (test/reminderContract.ts). The statements are written once
 * here with `?` placeholders; Postgres numbers them (`pgPlaceholders`).
 */
import type {
  ChannelFormat,
  RemindableAction,
  ReminderKind,
  ReminderRecipient,
  ReminderSettings,
  SendOutcome,
} from '@hindsight/shared';

/**
 * A reminder's kind, a test message an admin sent to a channel, or the notice that a
 * postmortem's actions are all resolved (closableNotice.ts).
 */
export type SendKind = ReminderKind | 'test' | 'closable';

export interface ChannelRecord {
  readonly id: string;
  readonly name: string;
  readonly format: ChannelFormat;
  /** The incoming webhook's URL: a secret (whoever has it may post to the channel). */
  readonly url: string;
  readonly createdAt: number;
}

/** A reminder about to be sent, with what it says (`content`, JSON of {@link SendContent}). */
export interface NewSend {
  readonly key: string;
  readonly kind: SendKind;
  readonly recipient: ReminderRecipient;
  readonly content: string;
}

/** What a send says, stored with its claim so that a retry sends the same message. */
export interface SendContent {
  readonly kind: SendKind;
  /** The workspace's day the reminder was planned on, `YYYY-MM-DD`. */
  readonly today: string;
  readonly week: string | null;
  readonly actions: readonly RemindableAction[];
  /** The postmortem a `closable` notice is about; absent for reminders. */
  readonly postmortem?: ClosablePostmortem | undefined;
}

/** A postmortem whose actions are all resolved, as its notice tells it. */
export interface ClosablePostmortem {
  readonly boardId: string;
  readonly title: string;
  /** The server closed it (the workspace's `autoClose`) rather than offering it. */
  readonly closed: boolean;
}

/** A send this process holds the claim of, for this attempt. */
export interface ClaimedSend extends NewSend {
  /** 1 for the first attempt; the claim is only good for this attempt. */
  readonly attempt: number;
}

/** How an attempt ended: delivered, to be tried again at `nextAt`, or given up. */
export type SendResult =
  | { readonly state: 'sent' }
  | { readonly state: 'failed' }
  | { readonly state: 'waiting'; readonly nextAt: number };

export interface ReminderLogRecord {
  readonly key: string;
  readonly at: number;
  readonly kind: SendKind;
  readonly recipient: ReminderRecipient;
  /** The person's or channel's name at the time, so the log reads after either is gone. */
  readonly recipientName: string;
  readonly outcome: SendOutcome;
  readonly attempt: number;
  readonly detail: string | null;
}

export interface ReminderStore {
  /** The workspace's settings, or null when an admin never saved any. */
  reminderSettings(): Promise<ReminderSettings | null>;
  saveReminderSettings(settings: ReminderSettings, at: number): Promise<void>;
  /** Every channel, oldest first. */
  listChannels(): Promise<ChannelRecord[]>;
  addChannel(record: ChannelRecord): Promise<void>;
  /** False when there is no such channel. */
  removeChannel(id: string): Promise<boolean>;
  /** The people who muted their reminders. */
  mutedPeople(): Promise<Set<string>>;
  setMuted(personId: string, muted: boolean, at: number): Promise<void>;
  /**
   * Up to `limit` open actions with a member as owner and a due date up to `lastDue`,
   * soonest due first, after `after` in (due, board, action) order.
   */
  remindableActions(
    lastDue: string,
    after: RemindableAction | null,
    limit: number,
  ): Promise<RemindableAction[]>;
  /**
   * Inserts the send unless a send with its key exists; true when this caller inserted it
   * and so may send it (state `sending`, leased until `leaseUntil`), or record it muted.
   */
  claimSend(
    send: NewSend,
    state: 'sending' | 'muted',
    at: number,
    leaseUntil: number,
  ): Promise<boolean>;
  /**
   * Claims up to `limit` sends due for another attempt: waiting ones whose time has come,
   * and sending ones whose claimer's lease ran out (it stopped mid-send). Each is claimed
   * by one caller only, its attempt counted.
   */
  takeRetries(at: number, leaseUntil: number, limit: number): Promise<ClaimedSend[]>;
  /** Records how an attempt ended; false when this attempt's claim was taken over meanwhile. */
  finishSend(key: string, attempt: number, result: SendResult, at: number): Promise<boolean>;
  appendReminderLog(record: ReminderLogRecord): Promise<void>;
  /** The newest `limit` log lines, newest first. */
  reminderLog(limit: number): Promise<ReminderLogRecord[]>;
}

/** `?` placeholders as Postgres's `$1, $2…`. */
export const pgPlaceholders = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

export const SQL = {
  settings: 'SELECT enabled, days_before, time_zone FROM reminder_settings WHERE id = 1',
  saveSettings: `INSERT INTO reminder_settings (id, enabled, days_before, time_zone, updated_at)
    VALUES (1, ?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET enabled = excluded.enabled,
      days_before = excluded.days_before, time_zone = excluded.time_zone,
      updated_at = excluded.updated_at`,
  channels:
    'SELECT id, name, format, url, created_at FROM reminder_channels ORDER BY created_at, id',
  addChannel:
    'INSERT INTO reminder_channels (id, name, format, url, created_at) VALUES (?, ?, ?, ?, ?)',
  removeChannel: 'DELETE FROM reminder_channels WHERE id = ?',
  muted: 'SELECT person_id FROM reminder_mutes',
  mute: `INSERT INTO reminder_mutes (person_id, muted_at) VALUES (?, ?)
    ON CONFLICT (person_id) DO NOTHING`,
  unmute: 'DELETE FROM reminder_mutes WHERE person_id = ?',
  remindable: `SELECT a.board_id, a.action_id, a.title, a.owner_person_id, a.due,
      COALESCE(p.title, b.title) AS postmortem_title
    FROM ledger_actions a
    JOIN boards b ON b.id = a.board_id
    LEFT JOIN postmortem_index p ON p.board_id = a.board_id
    WHERE a.resolved = 0 AND a.owner_person_id IS NOT NULL AND a.due IS NOT NULL
      AND a.due_key <= ? AND (a.due_key, a.board_id, a.action_id) > (?, ?, ?)
    ORDER BY a.due_key, a.board_id, a.action_id LIMIT ?`,
  claim: `INSERT INTO reminder_sends (key, kind, recipient_kind, recipient_id, content, state,
      attempts, next_at, lease_until, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, 1, NULL, ?, ?, ?)
    ON CONFLICT (key) DO NOTHING`,
  /** The sends due again; Postgres appends its row locks (`FOR UPDATE SKIP LOCKED`). */
  retryable: `SELECT key FROM reminder_sends
    WHERE (state = 'waiting' AND next_at <= ?) OR (state = 'sending' AND lease_until < ?)
    ORDER BY updated_at, key LIMIT ?`,
  take: (retryable: string) => `UPDATE reminder_sends
    SET state = 'sending', attempts = attempts + 1, lease_until = ?, next_at = NULL, updated_at = ?
    WHERE key IN (${retryable})
    RETURNING key, kind, recipient_kind, recipient_id, content, attempts`,
  finish: `UPDATE reminder_sends SET state = ?, next_at = ?, lease_until = NULL, updated_at = ?
    WHERE key = ? AND state = 'sending' AND attempts = ?`,
  log: `INSERT INTO reminder_log (key, at, kind, recipient_kind, recipient_id, recipient_name,
      outcome, attempt, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  readLog: `SELECT key, at, kind, recipient_kind, recipient_id, recipient_name, outcome, attempt,
      detail FROM reminder_log ORDER BY seq DESC LIMIT ?`,
} as const;

/** The position before every action, for the first page. */
export const FIRST = ['', '', ''] as const;

export const positionValues = (after: RemindableAction | null) =>
  after ? [after.due, after.boardId, after.actionId] : [...FIRST];

export interface SettingsDbRow {
  enabled: number;
  days_before: number;
  time_zone: string;
}

export const settingsOfRow = (row: SettingsDbRow): ReminderSettings => ({
  enabled: Number(row.enabled) === 1,
  daysBefore: Number(row.days_before),
  timeZone: row.time_zone,
});

export const settingsValues = (s: ReminderSettings, at: number) => [
  s.enabled ? 1 : 0,
  s.daysBefore,
  s.timeZone,
  at,
];

export interface ChannelDbRow {
  id: string;
  name: string;
  format: string;
  url: string;
  created_at: number | string;
}

export const channelOfRow = (row: ChannelDbRow): ChannelRecord => ({
  id: row.id,
  name: row.name,
  format: row.format as ChannelFormat,
  url: row.url,
  createdAt: Number(row.created_at),
});

export const channelValues = (c: ChannelRecord) => [c.id, c.name, c.format, c.url, c.createdAt];

export interface RemindableDbRow {
  board_id: string;
  action_id: string;
  title: string;
  owner_person_id: string;
  due: string;
  postmortem_title: string;
}

export const remindableOfRow = (row: RemindableDbRow): RemindableAction => ({
  boardId: row.board_id,
  actionId: row.action_id,
  title: row.title,
  postmortemTitle: row.postmortem_title,
  ownerPersonId: row.owner_person_id,
  due: row.due,
});

export const claimValues = (
  send: NewSend,
  state: 'sending' | 'muted',
  at: number,
  leaseUntil: number,
) => [
  send.key,
  send.kind,
  send.recipient.kind,
  send.recipient.id,
  send.content,
  state,
  state === 'sending' ? leaseUntil : null,
  at,
  at,
];

export interface ClaimedDbRow {
  key: string;
  kind: string;
  recipient_kind: string;
  recipient_id: string;
  content: string;
  attempts: number | string;
}

export const claimedOfRow = (row: ClaimedDbRow): ClaimedSend => ({
  key: row.key,
  kind: row.kind as SendKind,
  recipient: { kind: row.recipient_kind as ReminderRecipient['kind'], id: row.recipient_id },
  content: row.content,
  attempt: Number(row.attempts),
});

export const finishValues = (key: string, attempt: number, result: SendResult, at: number) => [
  result.state,
  result.state === 'waiting' ? result.nextAt : null,
  at,
  key,
  attempt,
];

export const logValues = (r: ReminderLogRecord) => [
  r.key,
  r.at,
  r.kind,
  r.recipient.kind,
  r.recipient.id,
  r.recipientName,
  r.outcome,
  r.attempt,
  r.detail,
];

export interface LogDbRow {
  key: string;
  at: number | string;
  kind: string;
  recipient_kind: string;
  recipient_id: string;
  recipient_name: string;
  outcome: string;
  attempt: number | string;
  detail: string | null;
}

export const logOfRow = (row: LogDbRow): ReminderLogRecord => ({
  key: row.key,
  at: Number(row.at),
  kind: row.kind as SendKind,
  recipient: { kind: row.recipient_kind as ReminderRecipient['kind'], id: row.recipient_id },
  recipientName: row.recipient_name,
  outcome: row.outcome as SendOutcome,
  attempt: Number(row.attempt),
  detail: row.detail,
});
