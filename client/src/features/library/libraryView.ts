/**
 * What the library shows, as it lives in the page's URL so a view can be shared and
 * back/forward walk through views: the search query, the filters and the order. Pure:
 * {@link parseLibraryView} reads any search string (unknown keys and bad values are
 * dropped, never an error) and {@link formatLibraryView} writes the shortest one, keys in
 * a fixed order, defaults left out, so `parse(format(view))` gives the view back.
 */
import {
  DEFAULT_SEVERITIES,
  defaultSort,
  POSTMORTEM_FACET_MAX,
  POSTMORTEM_QUERY_MAX,
  POSTMORTEM_SORTS,
  POSTMORTEM_STATUSES,
  type PostmortemSort,
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
  /** The order asked for, or blank for the default one (see {@link sortOf}). */
  readonly sort: string;
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
  sort: '',
};

/** The filters (everything but the query), in the order the URL writes them. */
export const FILTER_KEYS = ['status', 'severity', 'service', 'tag', 'owner', 'from', 'to'] as const;
/** The keys in the order the URL writes them. */
const KEYS = ['q', ...FILTER_KEYS, 'sort'] as const;
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
  sort: oneOf(POSTMORTEM_SORTS),
};

/** How each order is named where it is chosen, and above the results it orders. */
export const SORT_LABELS: Readonly<Record<PostmortemSort, string>> = {
  relevance: 'Best match first',
  incident: 'Newest incident first',
  'incident-asc': 'Oldest incident first',
  severity: 'Most severe first',
  title: 'Title, A to Z',
  'open-actions': 'Most open actions first',
  updated: 'Recently updated first',
};

/** The order the view's results are in: the one asked for, else the default. */
export function sortOf(view: LibraryView): PostmortemSort {
  return view.sort === '' ? defaultSort(view.q !== '') : (view.sort as PostmortemSort);
}

/** The orders a view can choose: relevance only while searching. */
export function sortChoices(view: LibraryView): PostmortemSort[] {
  return POSTMORTEM_SORTS.filter((sort) => sort !== 'relevance' || view.q !== '');
}

/**
 * Each value read as the URL reads it; the order blank when it is the default (a URL
 * says only what differs) or when it is relevance without a search.
 */
function readAll(value: (key: LibraryKey) => string): LibraryView {
  const out: Record<LibraryKey, string> = { ...EMPTY_VIEW };
  for (const key of KEYS) out[key] = READ[key](value(key));
  const view = out as unknown as LibraryView;
  const sort = view.sort as PostmortemSort | '';
  const blank = sort === defaultSort(view.q !== '') || (sort === 'relevance' && view.q === '');
  return blank ? { ...view, sort: '' } : view;
}

/** The view a value set would show: each value read as the URL reads it. */
export function normalizeView(view: LibraryView): LibraryView {
  return readAll((key) => view[key]);
}

/** The view a search string (`?q=…&status=…`, with or without `?`) names. */
export function parseLibraryView(search: string): LibraryView {
  const params = new URLSearchParams(search);
  return readAll((key) => params.get(key) ?? '');
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

/** The same view with no filters, the query and the order kept. */
export function withoutFilters(view: LibraryView): LibraryView {
  return { ...EMPTY_VIEW, q: view.q, sort: view.sort };
}

/** `view` with one value changed. */
export function withValue(view: LibraryView, key: LibraryKey, value: string): LibraryView {
  return normalizeView({ ...view, [key]: value });
}
