import { describe, expect, it } from 'vitest';
import { fromLocalInput, toLocalInput } from './zonedInput.ts';

describe('datetime-local values in the incident zone', () => {
  it('show and read an instant in the zone, not the browser', () => {
    const ms = Date.parse('2026-11-03T14:02:00Z');
    expect(toLocalInput(ms, 'UTC')).toBe('2026-11-03T14:02');
    expect(toLocalInput(ms, 'America/New_York')).toBe('2026-11-03T09:02');
    expect(fromLocalInput('2026-11-03T09:02', 'America/New_York')).toEqual({ ok: true, ms });
    expect(toLocalInput(null, 'UTC')).toBe('');
    expect(fromLocalInput('', 'UTC')).toEqual({ ok: true, ms: null });
  });

  it('refuse a time the zone skipped, and dates that do not exist', () => {
    const skipped = fromLocalInput('2026-03-29T02:30', 'Europe/Berlin');
    expect(skipped).toMatchObject({ ok: false });
    expect(!skipped.ok && skipped.problem).toContain('clocks went forward');
    expect(fromLocalInput('2026-02-30T10:00', 'UTC')).toEqual({
      ok: false,
      problem: 'That date does not exist',
    });
    expect(fromLocalInput('tomorrow', 'UTC')).toMatchObject({ ok: false });
  });

  it('read a time that happened twice as the earlier one', () => {
    const read = fromLocalInput('2026-10-25T02:30', 'Europe/Berlin');
    expect(read).toEqual({ ok: true, ms: Date.parse('2026-10-25T00:30:00Z') });
  });
});
