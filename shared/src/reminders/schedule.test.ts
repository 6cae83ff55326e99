import { describe, expect, it } from 'vitest';
import {
  addDays,
  isoWeek,
  localDate,
  remindersDue,
  type RemindableAction,
  type ScheduleInput,
} from './schedule.ts';

const action = (id: string, due: string, owner = 'p1'): RemindableAction => ({
  boardId: 'b1',
  actionId: id,
  title: `Action ${id}`,
  postmortemTitle: 'Outage',
  ownerPersonId: owner,
  due,
});

const at = (iso: string) => Date.parse(iso);

const plan = (over: Partial<ScheduleInput>) =>
  remindersDue({
    now: at('2026-12-07T12:00:00Z'),
    timeZone: 'UTC',
    daysBefore: 3,
    actions: [],
    channelIds: [],
    ...over,
  });

describe('the day a due date is judged on', () => {
  it('is the workspace zone’s date, not UTC’s', () => {
    // 23:30 UTC on Monday is already Tuesday in Berlin and still Monday in New York.
    const now = at('2026-12-07T23:30:00Z');
    expect(localDate(now, 'UTC')).toBe('2026-12-07');
    expect(localDate(now, 'Europe/Berlin')).toBe('2026-12-08');
    expect(localDate(at('2026-12-08T03:00:00Z'), 'America/New_York')).toBe('2026-12-07');
  });

  it('moves by whole days across a month and a year', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
  });

  it('numbers weeks as ISO 8601 does, from Monday', () => {
    expect(isoWeek('2026-12-07')).toBe('2026-W50'); // a Monday
    expect(isoWeek('2026-12-13')).toBe('2026-W50'); // the Sunday after
    expect(isoWeek('2026-12-14')).toBe('2026-W51');
    expect(isoWeek('2027-01-01')).toBe('2026-W53'); // a Friday in 2026's last week
    expect(isoWeek('2021-01-03')).toBe('2020-W53');
    expect(isoWeek('2024-12-30')).toBe('2025-W01');
  });
});

describe('reminders before due', () => {
  it('starts N days ahead and lasts until the day before', () => {
    const a = action('a', '2026-12-10');
    const kinds = (day: string) =>
      plan({ now: at(`${day}T09:00:00Z`), actions: [a] }).map((r) => r.kind);
    expect(kinds('2026-12-06')).toEqual([]);
    expect(kinds('2026-12-07')).toEqual(['before']);
    expect(kinds('2026-12-09')).toEqual(['before']);
    expect(kinds('2026-12-10')).toEqual(['due']);
  });

  it('keeps one key across the days of the window, so it is sent once', () => {
    const a = action('a', '2026-12-10');
    const keys = ['2026-12-07', '2026-12-08', '2026-12-09'].map(
      (day) => plan({ now: at(`${day}T09:00:00Z`), actions: [a] })[0]!.key,
    );
    expect(new Set(keys).size).toBe(1);
  });

  it('reminds again when the due date moves', () => {
    const first = plan({ actions: [action('a', '2026-12-09')] })[0]!.key;
    const moved = plan({ actions: [action('a', '2026-12-10')] })[0]!.key;
    expect(moved).not.toBe(first);
  });

  it('sends none ahead with zero days before', () => {
    expect(plan({ daysBefore: 0, actions: [action('a', '2026-12-08')] })).toEqual([]);
  });

  it('judges the window in the workspace zone', () => {
    // Sunday 2026-12-06 23:30 UTC is Monday 00:30 in Berlin: 3 days before the 10th.
    const now = at('2026-12-06T23:30:00Z');
    const a = action('a', '2026-12-10');
    expect(plan({ now, actions: [a] })).toEqual([]);
    expect(plan({ now, timeZone: 'Europe/Berlin', actions: [a] }).map((r) => r.kind)).toEqual([
      'before',
    ]);
  });
});

describe('reminders on the due date', () => {
  it('goes to the owner and to every channel, each with its own key', () => {
    const planned = plan({ actions: [action('a', '2026-12-07')], channelIds: ['c1', 'c2'] });
    expect(planned.map((r) => [r.kind, r.recipient])).toEqual([
      ['due', { kind: 'person', id: 'p1' }],
      ['due', { kind: 'channel', id: 'c1' }],
      ['due', { kind: 'channel', id: 'c2' }],
    ]);
    expect(new Set(planned.map((r) => r.key)).size).toBe(3);
  });
});

describe('the weekly overdue digest', () => {
  const overdue = [
    action('a', '2026-12-01'),
    action('b', '2026-11-20'),
    action('c', '2026-12-02', 'p2'),
  ];

  it('gives each owner their overdue actions, soonest due first, and each channel all of them', () => {
    const planned = plan({ actions: overdue, channelIds: ['c1'] });
    expect(
      planned.map((r) => [r.kind, r.recipient.id, r.actions.map((a) => a.actionId), r.week]),
    ).toEqual([
      ['digest', 'p1', ['b', 'a'], '2026-W50'],
      ['digest', 'p2', ['c'], '2026-W50'],
      ['digest', 'c1', ['b', 'a', 'c'], '2026-W50'],
    ]);
  });

  it('keeps its key through the week and changes it on Monday', () => {
    const key = (iso: string) => plan({ now: at(iso), actions: overdue })[0]!.key;
    expect(key('2026-12-07T00:00:00Z')).toBe(key('2026-12-13T23:59:59Z'));
    expect(key('2026-12-14T00:00:00Z')).not.toBe(key('2026-12-13T23:59:59Z'));
  });

  it('starts the week at midnight on Monday in the workspace zone', () => {
    // Sunday 23:30 UTC is Monday in Berlin: a new week there, not yet in UTC.
    const now = at('2026-12-13T23:30:00Z');
    expect(plan({ now, actions: overdue })[0]!.week).toBe('2026-W50');
    expect(plan({ now, timeZone: 'Europe/Berlin', actions: overdue })[0]!.week).toBe('2026-W51');
  });

  it('counts an action overdue from the day after its due date', () => {
    const a = action('a', '2026-12-07');
    expect(plan({ now: at('2026-12-07T23:59:00Z'), actions: [a] }).map((r) => r.kind)).toEqual([
      'due',
    ]);
    expect(plan({ now: at('2026-12-08T00:00:00Z'), actions: [a] }).map((r) => r.kind)).toEqual([
      'digest',
    ]);
  });

  it('sends channels no digest when nothing is overdue', () => {
    expect(plan({ actions: [action('a', '2026-12-20')], channelIds: ['c1'] })).toEqual([]);
  });
});
