import { DEFAULT_SEVERITIES, type ActionSettings, type Severity } from '@hindsight/shared';
import { useId, useState } from 'react';
import { FieldError } from '../../../ui/FieldError.tsx';
import { Field } from '../Field.tsx';
import { SelectField } from '../SelectField.tsx';
import { useSubmit } from '../useSubmit.ts';
import { saveActionSettings } from './actionPolicyApi.ts';
import './actionPolicy.css';
import { DUE_UNITS, draftOf, settingsOf, type DueField, type PolicyDraft } from './policyDraft.ts';

/** Per severity, the span a new action is due within; and closing by itself or offered. */
export function ActionPolicyForm({
  settings,
  onSaved,
}: {
  settings: ActionSettings;
  onSaved(): void;
}) {
  const [draft, setDraft] = useState<PolicyDraft>(() => draftOf(settings));
  const [errors, setErrors] = useState<Partial<Record<Severity, string>>>({});
  const [other, setOther] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const autoCloseId = useId();
  const errorId = useId();
  const { error, busy, submit } = useSubmit(async () => {
    setSaved(false);
    const check = settingsOf(draft);
    if (!check.ok) {
      setErrors(check.errors);
      setOther(check.other);
      return;
    }
    setErrors({});
    setOther(null);
    const stored = await saveActionSettings(check.settings);
    setDraft(draftOf(stored));
    setSaved(true);
    onSaved();
  });
  const setDue = (severity: Severity, field: Partial<DueField>) => {
    setSaved(false);
    setDraft((d) => ({ ...d, due: { ...d.due, [severity]: { ...d.due[severity], ...field } } }));
  };
  const message = other ?? error ?? undefined;

  return (
    <form className="invite-form" onSubmit={submit} noValidate aria-label="Action policy">
      <fieldset className="action-policy__due">
        <legend>New actions are due within</legend>
        <p className="people-page__hint">
          An action added with no due date gets one from its postmortem’s severity. Leave a severity
          blank to give its actions none.
        </p>
        {DEFAULT_SEVERITIES.map((severity) => (
          <div key={severity} className="action-policy__row">
            <div>
              <Field
                label={`${severity} actions due within`}
                value={draft.due[severity].amount}
                onChange={(amount) => setDue(severity, { amount })}
                inputMode="numeric"
                autoComplete="off"
                error={errors[severity]}
              />
            </div>
            <div>
              <SelectField
                label={`${severity} unit`}
                value={draft.due[severity].unit}
                options={DUE_UNITS}
                optionLabel={(unit) => unit}
                onChange={(unit) => setDue(severity, { unit })}
              />
            </div>
          </div>
        ))}
      </fieldset>
      <div className="action-policy__close">
        <input
          id={autoCloseId}
          type="checkbox"
          checked={draft.autoClose}
          onChange={(e) => {
            setSaved(false);
            setDraft((d) => ({ ...d, autoClose: e.target.checked }));
          }}
        />{' '}
        <label htmlFor={autoCloseId}>
          Close a postmortem by itself once its last action is resolved
        </label>
        <p className="people-page__hint">
          Otherwise it is offered for closing on the ledger to its facilitator, its owners and
          admins. Either way its owners are told.
        </p>
      </div>
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? 'Saving…' : 'Save'}
      </button>
      <FieldError id={errorId} message={message} />
      {Object.keys(errors).length > 0 && (
        <p className="field-error" role="alert">
          Not saved: check the fields marked above.
        </p>
      )}
      {saved && (
        <p className="people-page__hint" role="status">
          Saved. New actions get these due dates from now on; dates already given stay.
        </p>
      )}
    </form>
  );
}
