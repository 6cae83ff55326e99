import { describe, expect, it } from 'vitest';
import { isOwner, ownerNames } from './ownerMatch.ts';

describe('owner matching for "I own this"', () => {
  it('matches the display name whatever the case, accents and spaces', () => {
    expect(isOwner('Pat Lee', 'Pat Lee')).toBe(true);
    expect(isOwner('  pat   LEE ', 'Pat Lee')).toBe(true);
    expect(isOwner('Zoë Müller', 'Zoe Muller')).toBe(true);
    expect(isOwner('@Pat Lee', 'pat lee')).toBe(true);
  });

  it('matches one of several owners', () => {
    expect(ownerNames('Pat Lee and Sam, Alex & Kim / Jo + Bo')).toEqual([
      'pat lee',
      'sam',
      'alex',
      'kim',
      'jo',
      'bo',
    ]);
    expect(isOwner('Sam and Pat Lee', 'Pat Lee')).toBe(true);
  });

  it('does not match a part of a name, another person, or nobody', () => {
    expect(isOwner('Pat', 'Pat Lee')).toBe(false);
    expect(isOwner('Pat Leeson', 'Pat Lee')).toBe(false);
    expect(isOwner('Sandra', 'Sam')).toBe(false);
    expect(isOwner(undefined, 'Pat Lee')).toBe(false);
    expect(isOwner('Pat Lee', null)).toBe(false);
    expect(isOwner('Pat Lee', '   ')).toBe(false);
  });
});
