import { describe, expect, it } from 'vitest';
import type { ReminderLogEntry } from '@hindsight/shared';
import { logLine } from './remindersText.ts';

const entry = (over: Partial<ReminderLogEntry>): ReminderLogEntry => ({
  at: '2026-12-07T09:00:00.000Z',
  key: 'k',
  kind: 'due',
  recipientKind: 'person',
  recipientId: 'p1',
  recipientName: 'Pat Lee',
  outcome: 'sent',
  attempt: 1,
  detail: null,
  ...over,
});

describe('a reminder log line', () => {
  it('says who, what and how it went, with the try and what went wrong', () => {
    expect(logLine(entry({}))).toBe('Pat Lee · due today · sent');
    expect(logLine(entry({ attempt: 3 }))).toBe('Pat Lee · due today · sent (try 3)');
    expect(logLine(entry({ outcome: 'retried', detail: 'HTTP 503', kind: 'digest' }))).toBe(
      'Pat Lee · weekly digest · will retry after try 1: HTTP 503',
    );
    expect(logLine(entry({ outcome: 'failed', attempt: 5, detail: 'HTTP 500' }))).toBe(
      'Pat Lee · due today · failed after try 5: HTTP 500',
    );
    expect(logLine(entry({ outcome: 'muted', attempt: 0, kind: 'before' }))).toBe(
      'Pat Lee · before due · skipped (muted)',
    );
  });
});
