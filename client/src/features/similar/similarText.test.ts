import { describe, expect, it } from 'vitest';
import { actionsDone, actionsTone, whyPicked } from './similarText.ts';

describe('similar-incident words', () => {
  it('says whether the actions were done', () => {
    expect(actionsDone({ total: 0, done: 0 })).toBe('No actions');
    expect(actionsDone({ total: 1, done: 1 })).toBe('All 1 action done');
    expect(actionsDone({ total: 3, done: 3 })).toBe('All 3 actions done');
    expect(actionsDone({ total: 4, done: 1 })).toBe('1 of 4 actions done');
    expect(actionsTone({ total: 0, done: 0 })).toBe('none');
    expect(actionsTone({ total: 2, done: 2 })).toBe('done');
    expect(actionsTone({ total: 2, done: 1 })).toBe('open');
  });

  it('names the shared terms as a sentence', () => {
    expect(whyPicked([])).toBe('Similar wording.');
    expect(whyPicked(['checkout-api'])).toBe('Shares checkout-api.');
    expect(whyPicked(['checkout-api', 'pool', 'timeout'])).toBe(
      'Shares checkout-api, pool and timeout.',
    );
  });
});
