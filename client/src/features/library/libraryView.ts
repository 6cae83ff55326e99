/**
 * What the library shows, as it lives in the page's URL so a view can be shared and
 * back/forward walk through views: the search query and the filters. Pure:
 * {@link parseLibraryView} reads any search string (unknown keys and bad values are
 * dropped, never an error) and {@link formatLibraryView} writes the shortest one, keys in
 * a fixed order, defaults left out, so `parse(format(view))` gives the view back.
 */
import {
  DEFAULT_SEVERITIES,
  POSTMORTEM_FACET_MAX,
  POSTMORTEM_QUERY_MAX,
  POSTMORTEM_STATUSES,
} from '@hindsight/shared';

/** Longest query kept from a URL, in characters: the longest the API takes. */
export const QUERY_MAX = POSTMORTEM_QUERY_MAX;
/** Longest service, tag or owner kept from a URL, in characters: the longest the API takes. */
export const FACET_MAX = POSTMORTEM_FACET_MAX;

export interface LibraryView {
  /** The search query as typed ("phrases", -exclude, OR); blank lists everything. */
  readonly q: string;
  /** A postmortem status, or blank for any. */
  readonly status: string;
  /** A severity level, or blank for any. */
  readonly severity: string;
  readonly service: string;
  readonly tag: string;
  /** The postmortem owner's name, or blank for anyone. */
  readonly owner: string;
  /** First incident day shown, `YYYY-MM-DD`, or blank. */
  readonly from: string;
  /** Last incident day shown, `YYYY-MM-DD`, or blank. */
  readonly to: string;
}

export const EMPTY_VIEW: LibraryView = {
  q: '',
  status: '',
  severity: '',
  service: '',
  tag: '',
  owner: '',
  from: '',
  to: '',
};

/** The filters (everything but the query), in the order the URL writes them. */
export const FILTER_KEYS = ['status', 'severity', 'service', 'tag', 'owner', 'from', 'to'] as const;
/** The keys in the order the URL writes them. */
const KEYS = ['q', ...FILTER_KEYS] as const;
export type LibraryKey = (typeof KEYS)[number];

const oneOf =
  (values: readonly string[]) =>
  (raw: string): string =>
    values.includes(raw) ? raw : '';

const trimmed =
  (max: number) =>
  (raw: string): string => {
    const value = raw.trim();
    return value.length <= max ? value : '';
  };

/** A calendar day that exists, written `YYYY-MM-DD`. */
export function isDay(raw: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw)) return false;
  const date = new Date(`${raw}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === raw;
}

const READ: Record<LibraryKey, (raw: string) => string> = {
  q: trimmed(QUERY_MAX),
  status: oneOf(POSTMORTEM_STATUSES),
  severity: oneOf(DEFAULT_SEVERITIES),
  service: trimmed(FACET_MAX),
  tag: trimmed(FACET_MAX),
  owner: trimmed(FACET_MAX),
  from: (raw) => (isDay(raw) ? raw : ''),
  to: (raw) => (isDay(raw) ? raw : ''),
};

/** The view a value set would show: each value read as the URL reads it. */
export function normalizeView(view: LibraryView): LibraryView {
  const out: Record<LibraryKey, string> = { ...EMPTY_VIEW };
  for (const key of KEYS) out[key] = READ[key](view[key]);
  return out as unknown as LibraryView;
}

/** The view a search string (`?q=…&status=…`, with or without `?`) names. */
export function parseLibraryView(search: string): LibraryView {
  const params = new URLSearchParams(search);
  const out: Record<LibraryKey, string> = { ...EMPTY_VIEW };
  for (const key of KEYS) out[key] = READ[key](params.get(key) ?? '');
  return out as unknown as LibraryView;
}

/** The search string of a view, `?` included, or `''` for the default view. */
export function formatLibraryView(view: LibraryView): string {
  const params = new URLSearchParams();
  const normal = normalizeView(view);
  for (const key of KEYS) if (normal[key] !== '') params.set(key, normal[key]);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** How many filters narrow the list. */
export function activeFilters(view: LibraryView): number {
  return FILTER_KEYS.filter((key) => view[key] !== '').length;
}

/** The same view with no filters, the query kept. */
export function withoutFilters(view: LibraryView): LibraryView {
  return { ...EMPTY_VIEW, q: view.q };
}

/** `view` with one value changed. */
export function withValue(view: LibraryView, key: LibraryKey, value: string): LibraryView {
  return normalizeView({ ...view, [key]: value });
}
