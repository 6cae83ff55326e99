import { describe, expect, it } from 'vitest';
import { listQuery } from './libraryApi.ts';
import { EMPTY_VIEW } from './libraryView.ts';

describe('the library’s API query', () => {
  it('asks for everything with no view and no cursor', () => {
    expect(listQuery(EMPTY_VIEW, null)).toBe('');
  });

  it('sends the query, the filters set, the order and the cursor, nothing blank', () => {
    const view = {
      ...EMPTY_VIEW,
      q: '"pool" -dns',
      severity: 'SEV1',
      from: '2026-01-01',
      sort: 'title',
    };
    const params = new URLSearchParams(listQuery(view, 'abc'));
    expect([...params.entries()]).toEqual([
      ['q', '"pool" -dns'],
      ['severity', 'SEV1'],
      ['from', '2026-01-01'],
      ['sort', 'title'],
      ['cursor', 'abc'],
    ]);
  });
});
