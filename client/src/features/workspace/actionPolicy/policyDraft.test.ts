import { describe, expect, it } from 'vitest';
import { draftOf, settingsOf, type PolicyDraft } from './policyDraft.ts';

const draft = draftOf({ duePolicy: { SEV1: 28, SEV2: 10 }, autoClose: false });

const withDue = (severity: 'SEV1' | 'SEV2' | 'SEV3', amount: string): PolicyDraft => ({
  ...draft,
  due: { ...draft.due, [severity]: { ...draft.due[severity], amount } },
});

describe('the action policy form', () => {
  it('shows whole weeks in weeks, other spans in days, and none as blank', () => {
    expect(draft.due.SEV1).toEqual({ amount: '4', unit: 'weeks' });
    expect(draft.due.SEV2).toEqual({ amount: '10', unit: 'days' });
    expect(draft.due.SEV3).toEqual({ amount: '', unit: 'weeks' });
  });

  it('gives back the settings in days; a blank severity gets no default', () => {
    expect(settingsOf({ ...withDue('SEV2', '2'), autoClose: true })).toEqual({
      ok: true,
      settings: { duePolicy: { SEV1: 28, SEV2: 2 }, autoClose: true },
    });
    const weeks = withDue('SEV3', ' 3 ');
    expect(settingsOf(weeks)).toMatchObject({ ok: true, settings: { duePolicy: { SEV3: 21 } } });
  });

  it('says what is wrong with each field in the schema’s words', () => {
    expect(settingsOf(withDue('SEV1', '0'))).toEqual({
      ok: false,
      errors: { SEV1: 'At least 1 day' },
      other: null,
    });
    expect(settingsOf(withDue('SEV1', 'soon'))).toMatchObject({
      errors: { SEV1: 'Days must be a whole number' },
    });
    expect(settingsOf(withDue('SEV3', '1000'))).toMatchObject({
      errors: { SEV3: 'At most 3650 days' },
    });
    expect(settingsOf(withDue('SEV1', '1.5'))).toMatchObject({
      errors: { SEV1: 'Days must be a whole number' },
    });
  });
});
