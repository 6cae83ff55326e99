import { describe, expect, it } from 'vitest';
import { blankDraft, checkEventDraft, draftFromEvent, newEventInput } from './eventDraft.ts';

const ms = Date.parse('2026-11-03T14:02:00Z');

describe('event drafts', () => {
  it('round-trip an event through the form in the incident zone', () => {
    const draft = draftFromEvent({ at: ms, kind: 'trigger', text: 'Rollout' }, 'Europe/Berlin');
    expect(draft).toEqual({
      time: '2026-11-03T15:02',
      kind: 'trigger',
      text: 'Rollout',
      source: '',
    });
    expect(checkEventDraft(draft, 'Europe/Berlin')).toEqual({
      ok: true,
      event: { at: ms, kind: 'trigger', text: 'Rollout', source: '' },
    });
  });

  it('name every bad field, keeping the draft as typed', () => {
    const draft = { ...blankDraft(null, 'UTC'), text: '   ', source: 'x'.repeat(121) };
    expect(checkEventDraft(draft, 'UTC')).toEqual({
      ok: false,
      errors: {
        time: 'Enter when it happened',
        text: 'An event needs some text',
        source: 'A source has at most 120 characters',
      },
    });
  });

  it('leave out an empty source from a new event', () => {
    expect(newEventInput({ at: 1, kind: 'other', text: 't', source: '' })).toEqual({
      at: 1,
      kind: 'other',
      text: 't',
    });
    expect(newEventInput({ at: 1, kind: 'other', text: 't', source: 's' })).toMatchObject({
      source: 's',
    });
  });
});
