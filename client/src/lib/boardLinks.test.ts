import { describe, expect, it } from 'vitest';
import { inAppLocation, shareLinks } from './boardLinks.ts';

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

describe('shareLinks', () => {
  it('builds one link per role on the given origin', () => {
    const links = shareLinks('https://hindsight.example/', {
      id: 'abcdEFGH1234',
      tokens: { facilitator: 'f', participant: 'p', observer: 'o' },
    });
    expect(links.participant).toBe('https://hindsight.example/b/abcdEFGH1234#token=p');
    expect(links.observer).toBe('https://hindsight.example/b/abcdEFGH1234#token=o');
  });
});
