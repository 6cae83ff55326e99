import { describe, expect, it } from 'vitest';
import { ownerChoices, ownerOfText, personNamed } from './ownerChoices.ts';

const ana = { id: 'ana00000001', name: 'Ana Lee' };
const bo = { id: 'bo000000001', name: 'Bo Park' };
const anaToo = { id: 'ana00000002', name: 'ana lee' };

describe('owner choices', () => {
  it('offers the workspace people first, then board names that are nobody of the workspace', () => {
    const choices = ownerChoices('', [ana, bo], ['Zed', 'Ana Lee', ' Cy ']);
    expect(choices.map((c) => [c.label, c.personId])).toEqual([
      ['Ana Lee', ana.id],
      ['Bo Park', bo.id],
      ['Zed', null],
      ['Cy', null],
    ]);
  });

  it('keeps the names containing what is typed, whatever its case, up to the limit', () => {
    expect(ownerChoices('  PARK', [ana, bo], ['Parker']).map((c) => c.label)).toEqual([
      'Bo Park',
      'Parker',
    ]);
    expect(ownerChoices('', [ana, bo], ['Cy', 'Dee'], 3)).toHaveLength(3);
  });

  it('takes typed text as a person only when it is exactly one person’s name', () => {
    expect(ownerOfText(' ana  LEE ', [ana, bo])).toEqual({
      owner: 'Ana Lee',
      ownerPersonId: ana.id,
    });
    expect(ownerOfText('Ana', [ana, bo])).toEqual({ owner: 'Ana', ownerPersonId: null });
    expect(personNamed('Ana Lee', [ana, anaToo])).toBeNull();
    expect(ownerOfText('', [ana])).toEqual({ owner: '', ownerPersonId: null });
  });
});
