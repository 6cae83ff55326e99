import { describe, expect, it } from 'vitest';
import { publishedPath } from './published.ts';

describe('publishedPath', () => {
  it('opens a postmortem on its published page, with the query to highlight when there is one', () => {
    expect(publishedPath('abc')).toBe('/postmortems/abc');
    expect(publishedPath('abc', '  ')).toBe('/postmortems/abc');
    expect(publishedPath('abc', ' "pool exhausted" ')).toBe(
      '/postmortems/abc?highlight=%22pool%20exhausted%22',
    );
  });
});
