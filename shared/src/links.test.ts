import { describe, expect, it } from 'vitest';
import { boardLink, surveyLink, tokenFromHash, viewFromHash } from './links.ts';
import { randomId } from './ids.ts';
import {
  CloseCode,
  describeClose,
  isFatalClose,
  keepsBoardReadOnly,
} from './protocol/closeCodes.ts';

describe('board links', () => {
  it('carry the token in the fragment and give it back', () => {
    const link = boardLink('http://localhost:3000/', 'AbCdEfGh12345678', 'a-b_c');
    expect(link).toBe('http://localhost:3000/b/AbCdEfGh12345678#token=a-b_c');
    expect(tokenFromHash(new URL(link).hash)).toBe('a-b_c');
    expect(tokenFromHash('')).toBeNull();
    expect(tokenFromHash('#token=')).toBeNull();
  });
});

describe('randomId', () => {
  it('has the asked length and letters and digits only', () => {
    const ids = Array.from({ length: 500 }, () => randomId(16));
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9]{16}$/);
    expect(new Set(ids).size).toBe(500);
  });
});

describe('close codes', () => {
  it('mark refusals that a reconnect cannot fix as fatal', () => {
    expect(isFatalClose(CloseCode.Unauthorized)).toBe(true);
    expect(isFatalClose(CloseCode.UnknownBoard)).toBe(true);
    expect(isFatalClose(CloseCode.BoardFull)).toBe(true);
    expect(keepsBoardReadOnly(CloseCode.BoardFull)).toBe(true);
    expect(describeClose(CloseCode.BoardFull)).toMatch(/^This board is full; ask the facilitator/);
    // A change too large to be read at all is a full board to the person who sent it.
    expect(isFatalClose(CloseCode.MessageTooBig)).toBe(true);
    expect(keepsBoardReadOnly(CloseCode.MessageTooBig)).toBe(true);
    expect(describeClose(CloseCode.MessageTooBig)).toBe(describeClose(CloseCode.BoardFull));
    expect(isFatalClose(CloseCode.Restarting)).toBe(false);
    expect(isFatalClose(1006)).toBe(false);
  });
});

describe('survey links', () => {
  it('are the participant link with view=survey in the fragment, token unchanged', () => {
    const participant = boardLink('http://localhost:3000', 'AbCdEfGh12345678', 'p-tok_en');
    const link = surveyLink(participant);
    expect(link).toBe('http://localhost:3000/b/AbCdEfGh12345678#token=p-tok_en&view=survey');
    expect(tokenFromHash(new URL(link).hash)).toBe('p-tok_en');
    expect(viewFromHash(new URL(link).hash)).toBe('survey');
    expect(surveyLink(link)).toBe(link);
  });

  it('ask for no view unless the fragment names a known one', () => {
    expect(viewFromHash('#token=x')).toBeNull();
    expect(viewFromHash('#token=x&view=admin')).toBeNull();
    expect(viewFromHash('')).toBeNull();
  });
});
