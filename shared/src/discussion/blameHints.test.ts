import { describe, expect, it } from 'vitest';
import { blameHints, type BlameHintKind } from './blameHints.ts';

const kinds = (text: string, names?: string[]) =>
  blameHints(text, { names }).map((h) => [h.kind, h.match] as [BlameHintKind, string]);

describe('blame hints flag blaming phrasing', () => {
  it.each([
    ['Bob broke the deploy pipeline', 'Bob broke'],
    ['The outage happened because Priya forgot to bump the pool size', 'Priya forgot'],
    ['Then Sam didn’t check the config diff', 'Sam didn’t'],
    ['Mary Jane messed up the rollout', 'Mary Jane messed up'],
    ['Zoë caused the retry storm', 'Zoë caused'],
    ['Jean-Luc did not run the migration', 'Jean-Luc did not'],
  ])('a person named as the cause: %s', (text, match) => {
    expect(kinds(text)).toEqual([['person-as-cause', match]]);
  });

  it('a known member name counts even in lower case or as a system-looking word', () => {
    expect(kinds('then kafka forgot the offset', ['Kafka'])).toEqual([
      ['person-as-cause', 'kafka forgot'],
    ]);
  });

  it.each([
    ["It was Alex's fault", 'fault', "Alex's fault"],
    ['Honestly that was their fault', 'fault', 'their fault'],
    ['It was the on-call’s mistake', 'fault', 'on-call’s mistake'],
    ['Dana should have checked the dashboard', 'counterfactual', 'should have'],
    ["We should've rolled back sooner", 'counterfactual', "should've"],
    ['Root cause: human error', 'human-error', 'human error'],
    ['It was an operator-error', 'human-error', 'operator-error'],
    ['A careless config edit', 'character', 'careless'],
    ['The change was sloppy', 'character', 'sloppy'],
    ['Who do we blame for this?', 'blame', 'blame'],
    ['Ops got blamed again', 'blame', 'blamed'],
  ])('%s', (text, kind, match) => {
    expect(kinds(text)).toEqual([[kind, match]]);
  });

  it('returns spans that slice back to the match, with a suggestion, in reading order', () => {
    const text = 'Bob broke prod and it was human error, Bob should have known.';
    const hints = blameHints(text);
    expect(hints.map((h) => h.kind)).toEqual(['person-as-cause', 'human-error', 'counterfactual']);
    for (const h of hints) expect(text.slice(h.start, h.end)).toBe(h.match);
    expect(hints[0]!.suggestion).toBe(
      'Ask what allowed it to happen instead: what made this step easy to get wrong?',
    );
  });
});

describe('blame hints stay quiet on blameless sentences', () => {
  it.each([
    'Redis didn’t fail over to the replica',
    'Kubernetes caused the pods to restart',
    'The deploy broke checkout for mobile users',
    'Monitoring didn’t page anyone',
    'Config review only checks syntax, not value ranges',
    'It broke when the pool hit 5 connections',
    'We are not looking for someone to blame',
    'This is a no-blame review',
    'Nobody here is trying to find a person to blame',
    'We run blameless postmortems',
    "It's nobody's fault",
    "It's no one's fault",
    "It's fault-tolerant by design",
    'What allowed this to happen?',
    'The alert fired within two minutes',
    'Someone remembered the pool setting from a previous incident',
    'Grafana didn’t show the config change',
    'After the rollout, Payments caused a retry storm',
  ])('%s', (text) => {
    expect(blameHints(text)).toEqual([]);
  });
});
