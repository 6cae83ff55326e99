import { DEFAULT_TEMPLATE, planFromTemplate } from '@hindsight/shared';
import { describe, expect, it } from 'vitest';
import {
  addColumn,
  canRemoveColumn,
  draftFromPlan,
  fieldKey,
  isDirty,
  moveColumn,
  movePhase,
  planFromDraft,
  removeColumn,
  updateColumn,
  updatePhase,
} from './planDraft.ts';

const plan = planFromTemplate(DEFAULT_TEMPLATE);
const draft = draftFromPlan(plan);

describe('plan draft', () => {
  it('gives back the stored plan when nothing changed', () => {
    expect(planFromDraft(draft)).toEqual({ ok: true, plan });
    expect(isDirty(draft, plan)).toBe(false);
  });

  it('renames a phase and changes its duration', () => {
    const edited = updatePhase(updatePhase(draft, 'goal', { title: 'Why we are here' }), 'goal', {
      minutes: '3',
    });
    const result = planFromDraft(edited);
    expect(result.ok && result.plan.phases[0]).toMatchObject({
      title: 'Why we are here',
      minutes: 3,
    });
    expect(isDirty(edited, plan)).toBe(true);
  });

  it('keeps a bad value and says what is wrong next to the field', () => {
    const bad = updatePhase(updatePhase(draft, 'goal', { minutes: 'ten' }), 'timeline', {
      minutes: '0',
    });
    const withTitle = updatePhase(bad, 'cluster', { title: '   ' });
    const result = planFromDraft(withTitle);
    expect(result).toEqual({
      ok: false,
      errors: {
        [fieldKey.phase('goal', 'minutes')]: 'Minutes must be a number',
        [fieldKey.phase('timeline', 'minutes')]: 'A phase lasts at least 1 minute',
        [fieldKey.phase('cluster', 'title')]: 'A phase needs a name',
      },
    });
    // The draft itself is untouched: the person fixes the value where it is.
    expect(withTitle.phases[0]?.minutes).toBe('ten');
  });

  it('rejects fractions and empty minutes with their own messages', () => {
    const errors = (minutes: string) => {
      const result = planFromDraft(updatePhase(draft, 'owner', { minutes }));
      return result.ok ? {} : result.errors;
    };
    expect(errors('2.5')[fieldKey.phase('owner', 'minutes')]).toBe('Minutes must be whole');
    expect(errors(' ')[fieldKey.phase('owner', 'minutes')]).toBe('How many minutes?');
    expect(errors('999')[fieldKey.phase('owner', 'minutes')]).toMatch(/at most 240/);
  });

  it('refuses a plan that skips every phase, at the list', () => {
    const allSkipped = draft.phases.reduce(
      (d, p) => updatePhase(d, p.id, { skipped: true }),
      draft,
    );
    const result = planFromDraft(allSkipped);
    expect(result.ok ? null : result.errors.phases).toBe('At least one phase must not be skipped');
  });

  it('reorders phases and columns, and does nothing past either end', () => {
    expect(
      movePhase(draft, 'timeline', -1)
        .phases.map((p) => p.id)
        .slice(0, 2),
    ).toEqual(['timeline', 'goal']);
    expect(movePhase(draft, 'goal', -1).phases).toEqual(draft.phases);
    expect(moveColumn(draft, 'lucky', 1).columns).toEqual(draft.columns);
    expect(moveColumn(draft, 'lucky', -1).columns.map((c) => c.id)).toEqual([
      'went-well',
      'lucky',
      'went-wrong',
    ]);
  });

  it('adds a column with a fresh id that must be given a title', () => {
    const added = addColumn(draft);
    const column = added.columns.at(-1)!;
    expect(column.id).toBe('column-4');
    const result = planFromDraft(added);
    expect(result.ok ? null : result.errors[fieldKey.column(column.id, 'title')]).toBe(
      'A column needs a title',
    );
    const named = updateColumn(added, column.id, { title: 'Open questions', prompt: 'What?' });
    expect(planFromDraft(named).ok).toBe(true);
  });

  it('never reuses the id of a stored column, even after it was removed from the draft', () => {
    const removed = removeColumn(draft, 'lucky');
    const again = addColumn(addColumn(removed));
    expect(again.columns.map((c) => c.id)).toEqual([
      'went-well',
      'went-wrong',
      'column-3',
      'column-4',
    ]);
  });

  it('removes a column only when it holds no cards and others remain', () => {
    expect(canRemoveColumn(draft, 0)).toBe(true);
    expect(canRemoveColumn(draft, 2)).toBe(false);
    const single = removeColumn(removeColumn(draft, 'lucky'), 'went-wrong');
    expect(canRemoveColumn(single, 0)).toBe(false);
  });
});
