import fc from 'fast-check';
import { DEFAULT_SEVERITIES, POSTMORTEM_SORTS, POSTMORTEM_STATUSES } from '@hindsight/shared';
import { describe, expect, it } from 'vitest';
import {
  activeFilters,
  EMPTY_VIEW,
  FACET_MAX,
  formatLibraryView,
  isDay,
  normalizeView,
  parseLibraryView,
  QUERY_MAX,
  sortChoices,
  sortOf,
  withoutFilters,
  withValue,
  type LibraryView,
} from './libraryView.ts';

const day = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Any view the page can be in: values as a person could choose or type them. */
const view: fc.Arbitrary<LibraryView> = fc.record({
  q: fc.oneof(
    fc.constant(''),
    fc.string({ maxLength: 60 }),
    fc.constant('"pool exhausted" -dns OR'),
  ),
  status: fc.constantFrom('', ...POSTMORTEM_STATUSES),
  severity: fc.constantFrom('', ...DEFAULT_SEVERITIES),
  service: fc.oneof(fc.constant(''), fc.string({ maxLength: 30 })),
  tag: fc.oneof(fc.constant(''), fc.string({ maxLength: 30 })),
  owner: fc.oneof(fc.constant(''), fc.string({ maxLength: 30 })),
  from: fc.oneof(fc.constant(''), day),
  to: fc.oneof(fc.constant(''), day),
  sort: fc.constantFrom('', 'nonsense', ...POSTMORTEM_SORTS),
});

describe('the library view in the URL', () => {
  it('round-trips: parsing the formatted view gives the view back', () => {
    fc.assert(
      fc.property(view, (v) => {
        expect(parseLibraryView(formatLibraryView(v))).toEqual(normalizeView(v));
      }),
    );
  });

  it('formatting is stable: a parsed URL formats to the same search string', () => {
    fc.assert(
      fc.property(fc.string(), (search) => {
        const once = formatLibraryView(parseLibraryView(search));
        expect(formatLibraryView(parseLibraryView(once))).toBe(once);
      }),
    );
  });

  it('the default view has no search string, and an empty one is the default view', () => {
    expect(formatLibraryView(EMPTY_VIEW)).toBe('');
    expect(parseLibraryView('')).toEqual(EMPTY_VIEW);
    expect(parseLibraryView('?')).toEqual(EMPTY_VIEW);
  });

  it('writes keys in a fixed order and leaves defaults out', () => {
    const v = { ...EMPTY_VIEW, to: '2026-03-01', service: 'checkout-api', q: 'pool' };
    expect(formatLibraryView(v)).toBe('?q=pool&service=checkout-api&to=2026-03-01');
  });

  it('keeps operator characters of the query intact', () => {
    const q = '"connection pool" -dns OR timeout & more?';
    expect(parseLibraryView(formatLibraryView({ ...EMPTY_VIEW, q })).q).toBe(q);
  });

  it('drops unknown keys and values the filters do not offer, never throws', () => {
    expect(parseLibraryView('?status=burning&severity=SEV9&from=2026-02-30&to=x&zz=1')).toEqual(
      EMPTY_VIEW,
    );
    expect(parseLibraryView('?status=closed&severity=SEV2&from=2026-02-28')).toMatchObject({
      status: 'closed',
      severity: 'SEV2',
      from: '2026-02-28',
    });
  });

  it('drops an over-long query or facet instead of cutting it', () => {
    expect(parseLibraryView(`?q=${'a'.repeat(QUERY_MAX + 1)}`).q).toBe('');
    expect(parseLibraryView(`?service=${'s'.repeat(FACET_MAX + 1)}`).service).toBe('');
    expect(parseLibraryView(`?q=${'a'.repeat(QUERY_MAX)}`).q).toHaveLength(QUERY_MAX);
  });

  it('trims what was typed around a value', () => {
    expect(parseLibraryView('?q=%20%20pool%20&owner=%20Ana%20')).toMatchObject({
      q: 'pool',
      owner: 'Ana',
    });
  });
});

describe('library view rules', () => {
  it('counts filters, and clearing them keeps the query', () => {
    const v: LibraryView = {
      ...EMPTY_VIEW,
      q: 'dns',
      status: 'closed',
      tag: 'alerting',
      to: '2026-01-01',
    };
    expect(activeFilters(v)).toBe(3);
    expect(withoutFilters(v)).toEqual({ ...EMPTY_VIEW, q: 'dns' });
    expect(activeFilters(withoutFilters(v))).toBe(0);
  });

  it('a changed value is read as the URL would read it', () => {
    expect(withValue(EMPTY_VIEW, 'severity', 'SEV1').severity).toBe('SEV1');
    expect(withValue(EMPTY_VIEW, 'severity', 'nope').severity).toBe('');
    expect(withValue(EMPTY_VIEW, 'service', '  api ').service).toBe('api');
  });

  it('keeps the order asked for, leaves the default out, and offers relevance only while searching', () => {
    expect(formatLibraryView({ ...EMPTY_VIEW, sort: 'title', status: 'closed' })).toBe(
      '?status=closed&sort=title',
    );
    expect(formatLibraryView({ ...EMPTY_VIEW, sort: 'incident' })).toBe('');
    expect(formatLibraryView({ ...EMPTY_VIEW, q: 'dns', sort: 'relevance' })).toBe('?q=dns');
    // Newest first while searching is a choice, not the default.
    expect(formatLibraryView({ ...EMPTY_VIEW, q: 'dns', sort: 'incident' })).toBe(
      '?q=dns&sort=incident',
    );
    // Relevance without a search has nothing to rank: the default order.
    expect(parseLibraryView('?sort=relevance')).toEqual(EMPTY_VIEW);
    expect(sortOf(parseLibraryView('?sort=relevance'))).toBe('incident');
    expect(sortOf(parseLibraryView('?q=dns'))).toBe('relevance');
    expect(sortOf(parseLibraryView('?sort=updated'))).toBe('updated');
    expect(sortChoices(EMPTY_VIEW)).not.toContain('relevance');
    expect(sortChoices({ ...EMPTY_VIEW, q: 'dns' })[0]).toBe('relevance');
    expect(withoutFilters({ ...EMPTY_VIEW, sort: 'title', tag: 'x' })).toEqual({
      ...EMPTY_VIEW,
      sort: 'title',
    });
  });

  it('knows real calendar days only', () => {
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2023-02-29')).toBe(false);
    expect(isDay('2024-2-9')).toBe(false);
  });
});
