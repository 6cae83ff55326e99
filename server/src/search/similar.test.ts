import { describe, expect, it } from 'vitest';
import type { Section } from './entry.ts';
import { keyTermsOf, mostSimilar, similarity, WEIGHTS } from './similar.ts';
import { testEntry } from './testEntry.ts';

const entry = testEntry;
const summary = (text: string): Section => ({ group: 'facts', where: 'Summary', text });
const cause = (text: string): Section => ({ group: 'causes', where: 'Root cause', text });

describe('similarity', () => {
  it('counts shared services and tags case-insensitively and says which', () => {
    const a = entry('a', { services: ['Checkout', 'Auth'], tags: ['Missing alert'] });
    const b = entry('b', { services: ['checkout'], tags: ['MISSING ALERT', 'Other'] });
    expect(similarity(a, b)).toEqual({
      score: WEIGHTS.service + WEIGHTS.tag,
      why: ['Checkout', 'Missing alert'],
    });
  });

  it('counts the words of the summary and root causes, by stem, not stop words', () => {
    const a = entry('a', { sections: [summary('The connection pool was exhausted')] });
    const b = entry('b', { sections: [cause('Pool exhaustion after a config change')] });
    expect(similarity(a, b).why).toEqual(['exhausted', 'pool']);
    expect(keyTermsOf(a).has('the')).toBe(false);
  });

  it('leaves out what is only in cards, notes or actions', () => {
    const a = entry('a', { sections: [summary('pool exhausted')] });
    const b = entry('b', {
      sections: [{ group: 'cards', where: 'Card', text: 'pool exhausted' }],
    });
    expect(similarity(a, b).score).toBe(0);
  });
});

describe('mostSimilar', () => {
  it('ranks by what they share, drops those sharing nothing, keeps at most the count', () => {
    const target = entry('t', {
      services: ['Checkout'],
      sections: [summary('connection pool exhausted on checkout')],
    });
    const both = entry('both', {
      services: ['Checkout'],
      rootCauses: ['Pool size lowered without review'],
      actionsTotal: 3,
      actionsDone: 2,
      sections: [cause('pool exhausted')],
    });
    const service = entry('service', { services: ['checkout'] });
    const words = entry('words', { sections: [summary('pool exhausted')] });
    const none = entry('none', { services: ['Search'], sections: [summary('disk full')] });
    const found = mostSimilar(target, [none, words, service, both, target], 5);
    expect(found.map((f) => f.id)).toEqual(['both', 'service', 'words']);
    expect(found[0]).toMatchObject({
      rootCauses: ['Pool size lowered without review'],
      actions: { total: 3, done: 2 },
      why: ['Checkout', 'exhausted', 'pool'],
    });
    expect(mostSimilar(target, [both, service, words], 2)).toHaveLength(2);
  });

  it('weighs a word few candidates share above one most share', () => {
    const target = entry('t', { sections: [summary('redis failover latency')] });
    const rare = entry('rare', { sections: [summary('redis failover')] });
    const common = entry('common', { sections: [summary('latency failover')] });
    const others = ['x', 'y', 'z'].map((id) => entry(id, { sections: [summary('latency')] }));
    const found = mostSimilar(target, [common, rare, ...others], 5);
    expect(found[0]!.id).toBe('rare');
  });
});
