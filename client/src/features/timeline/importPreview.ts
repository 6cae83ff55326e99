/**
 * What an import would do, before it is applied: the format (detected or chosen), every
 * line-numbered error, and each parsed event marked new or duplicate, exactly as
 * `mergeEvents` will decide (same key, duplicates within the paste included). Pure.
 */
import {
  detectFormat,
  parseTimeline,
  sameEventKey,
  type ImportError,
  type TimelineEvent,
  type TimelineEventDraft,
  type TimelineFormat,
} from '@hindsight/shared';

export type FormatChoice = 'auto' | TimelineFormat;

export const FORMAT_LABELS: Readonly<Record<TimelineFormat, string>> = {
  txt: 'Text lines',
  csv: 'CSV',
  json: 'JSON',
};

export interface ImportSettings {
  readonly format: FormatChoice;
  /** `YYYY-MM-DD` for lines that give only a time; '' for none. */
  readonly baseDate: string;
  /** Zone for times written without one (the incident's, unless changed). */
  readonly timeZone: string;
  /** Source for events that name none; '' for none. */
  readonly defaultSource: string;
}

export interface PreviewRow {
  readonly event: TimelineEventDraft;
  /** Already on the timeline (or earlier in this import): it will be skipped. */
  readonly duplicate: boolean;
}

export interface ImportPreview {
  /** The format the text is read in. */
  readonly format: TimelineFormat;
  /** What detection says, shown next to a manual choice. */
  readonly detected: TimelineFormat;
  readonly rows: readonly PreviewRow[];
  readonly errors: readonly ImportError[];
  /** A problem with the settings (base date, zone) rather than the text. */
  readonly settingsProblem: string | null;
  /** The events applying would add. */
  readonly toAdd: readonly TimelineEventDraft[];
  readonly duplicates: number;
  /** True when applying is allowed: something to add and nothing wrong. */
  readonly canApply: boolean;
}

export function previewImport(
  text: string,
  settings: ImportSettings,
  existing: readonly Pick<TimelineEvent, 'at' | 'kind' | 'text'>[],
): ImportPreview {
  const detected = detectFormat(text);
  const format = settings.format === 'auto' ? detected : settings.format;
  const empty = {
    format,
    detected,
    rows: [],
    errors: [],
    toAdd: [],
    duplicates: 0,
    canApply: false,
  };
  if (text.trim() === '') return { ...empty, settingsProblem: null };

  let parsed: ReturnType<typeof parseTimeline>;
  try {
    parsed = parseTimeline(
      text,
      {
        baseDate: settings.baseDate.trim() || undefined,
        timeZone: settings.timeZone.trim() || undefined,
        defaultSource: settings.defaultSource.trim() || undefined,
      },
      format,
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : 'the settings are not valid';
    return { ...empty, settingsProblem: message.charAt(0).toUpperCase() + message.slice(1) };
  }

  const seen = new Set(existing.map(sameEventKey));
  const rows = parsed.events.map((event) => {
    const key = sameEventKey(event);
    const duplicate = seen.has(key);
    seen.add(key);
    return { event, duplicate };
  });
  const toAdd = rows.filter((r) => !r.duplicate).map((r) => r.event);
  return {
    format,
    detected,
    rows,
    errors: parsed.errors,
    settingsProblem: null,
    toAdd,
    duplicates: rows.length - toAdd.length,
    canApply: parsed.errors.length === 0 && toAdd.length > 0,
  };
}
