import { SAMPLE_TIMELINE_TEXT } from '@hindsight/shared/sample';
import { describe, expect, it } from 'vitest';
import { previewImport, type ImportSettings } from './importPreview.ts';

const SETTINGS: ImportSettings = {
  format: 'auto',
  baseDate: '',
  timeZone: 'UTC',
  defaultSource: '',
};
const at = (hhmm: string) => Date.parse(`2026-11-03T${hhmm}:00Z`);

describe('import preview', () => {
  it('shows every event of the sample timeline as new, and allows applying', () => {
    const preview = previewImport(SAMPLE_TIMELINE_TEXT, SETTINGS, []);
    expect(preview.format).toBe('txt');
    expect(preview.errors).toEqual([]);
    expect(preview.rows).toHaveLength(14);
    expect(preview.toAdd).toHaveLength(14);
    expect(preview.canApply).toBe(true);
  });

  it('marks events the timeline already has, and repeats within the paste, as skipped', () => {
    const existing = [
      { at: at('14:04'), kind: 'alert' as const, text: 'Alert: checkout-api p99 latency > 2 s' },
    ];
    const text = `${SAMPLE_TIMELINE_TEXT}\n2026-11-03 15:10 UTC [communication] Status page: resolved; customer support briefed`;
    const preview = previewImport(text, SETTINGS, existing);
    expect(preview.duplicates).toBe(2);
    expect(preview.toAdd).toHaveLength(13);
    expect(preview.rows.filter((r) => r.duplicate).map((r) => r.event.kind)).toEqual([
      'alert',
      'communication',
    ]);
  });

  it('lists line-numbered errors and refuses to apply while there are any', () => {
    const preview = previewImport('2026-11-03 14:00 UTC ok\n14:61 bad minute', SETTINGS, []);
    expect(preview.errors.map((e) => e.message)).toEqual(['line 2: minute 61 is out of range']);
    expect(preview.toAdd).toHaveLength(1);
    expect(preview.canApply).toBe(false);
  });

  it('reads HH:MM lines on the base date in the chosen zone', () => {
    const preview = previewImport(
      '09:02 [trigger] Rollout',
      { ...SETTINGS, baseDate: '2026-11-03', timeZone: 'America/New_York' },
      [],
    );
    expect(preview.toAdd[0]).toMatchObject({ at: at('14:02'), kind: 'trigger' });
  });

  it('follows a manual format over the detected one, and says what detection thought', () => {
    const json = '[{"at":"2026-11-03T14:02:00Z","text":"x"}]';
    expect(previewImport(json, SETTINGS, [])).toMatchObject({ format: 'json', detected: 'json' });
    const forced = previewImport(json, { ...SETTINGS, format: 'txt' }, []);
    expect(forced).toMatchObject({ format: 'txt', detected: 'json', canApply: false });
    expect(forced.errors).toHaveLength(1);
  });

  it('reports a bad base date as a settings problem, not a crash', () => {
    const preview = previewImport('14:00 x', { ...SETTINGS, baseDate: '2026-02-30' }, []);
    expect(preview.settingsProblem).toMatch(/^Base date/);
    expect(preview.canApply).toBe(false);
  });

  it('shows nothing for an empty paste', () => {
    expect(previewImport('  \n', SETTINGS, [])).toMatchObject({
      rows: [],
      errors: [],
      canApply: false,
    });
  });
});
