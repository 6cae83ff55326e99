/** The words of the reminder pages. */
import type { ChannelFormat, ReminderLogEntry } from '@hindsight/shared';

export const FORMAT_LABELS: Record<ChannelFormat, string> = {
  slack: 'Slack',
  teams: 'Microsoft Teams',
  mattermost: 'Mattermost',
  json: 'JSON',
};

const KIND_LABELS: Record<ReminderLogEntry['kind'], string> = {
  before: 'before due',
  due: 'due today',
  digest: 'weekly digest',
  test: 'test',
  closable: 'ready to close',
};

/** One log line as a sentence: "Pat Lee · due today · sent", with what went wrong. */
export function logLine(e: ReminderLogEntry): string {
  const outcome =
    e.outcome === 'muted'
      ? 'skipped (muted)'
      : e.outcome === 'sent'
        ? `sent${e.attempt > 1 ? ` (try ${e.attempt})` : ''}`
        : `${e.outcome === 'failed' ? 'failed' : 'will retry'} after try ${e.attempt}${e.detail ? `: ${e.detail}` : ''}`;
  return `${e.recipientName} · ${KIND_LABELS[e.kind]} · ${outcome}`;
}
