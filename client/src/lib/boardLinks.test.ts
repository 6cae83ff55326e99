import { describe, expect, it } from 'vitest';
import { inAppLocation } from './boardLinks.ts';

describe('inAppLocation', () => {
  it('keeps the path and the token fragment of a server link', () => {
    expect(
      inAppLocation('http://10.0.0.5:3000/b/abcdEFGH1234#token=t%2Fk', 'abcdEFGH1234', 'x'),
    ).toBe('/b/abcdEFGH1234#token=t%2Fk');
  });
  it('rebuilds the location when the link is unusable', () => {
    expect(inAppLocation('nonsense', 'abcdEFGH1234', 'tok')).toBe('/b/abcdEFGH1234#token=tok');
  });
});
