import {
  DOCUMENT_TEMPLATE_NAMES,
  DOCUMENT_TEMPLATES,
  type DocumentSettings,
  type DocumentTemplate,
} from '@hindsight/shared';
import { useId, useState } from 'react';
import { FieldError } from '../../../ui/FieldError.tsx';
import { useSubmit } from '../useSubmit.ts';
import { saveDocumentSettings } from './documentSettingsApi.ts';
import './documentTemplate.css';

/** What each template puts first, said beside its choice. */
const TEMPLATE_HINTS: Readonly<Record<DocumentTemplate, string>> = {
  default:
    'An executive page first (summary, impact, trigger, root causes, detection, recovery and the top actions), then the timeline, the analysis and an appendix with the raw cards.',
  'google-sre':
    'The Google SRE book’s example: summary, impact, root causes, trigger, resolution and detection, then action items, lessons learned and the timeline.',
  atlassian:
    'Atlassian’s incident handbook: incident summary, leadup, fault, impact, detection, response and recovery, then the five whys and the actions.',
};

/** The template a postmortem's document follows when its board chose none. */
export function DocumentTemplateForm({
  settings,
  onSaved,
}: {
  settings: DocumentSettings;
  onSaved(): void;
}) {
  const [chosen, setChosen] = useState<DocumentTemplate>(settings.defaultTemplate);
  const [saved, setSaved] = useState(false);
  const name = useId();
  const errorId = useId();
  const { error, busy, submit } = useSubmit(async () => {
    setSaved(false);
    const stored = await saveDocumentSettings({ defaultTemplate: chosen });
    setChosen(stored.defaultTemplate);
    setSaved(true);
    onSaved();
  });

  return (
    <form className="invite-form" onSubmit={submit} noValidate aria-label="Document template">
      <fieldset className="document-template__choices">
        <legend>Postmortems follow</legend>
        {DOCUMENT_TEMPLATES.map((template) => (
          <div key={template} className="document-template__choice">
            <input
              id={`${name}-${template}`}
              type="radio"
              name={name}
              value={template}
              checked={chosen === template}
              aria-describedby={`${name}-${template}-hint`}
              onChange={() => {
                setSaved(false);
                setChosen(template);
              }}
            />{' '}
            <label htmlFor={`${name}-${template}`}>{DOCUMENT_TEMPLATE_NAMES[template]}</label>
            <p id={`${name}-${template}-hint`} className="people-page__hint">
              {TEMPLATE_HINTS[template]}
            </p>
          </div>
        ))}
      </fieldset>
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? 'Saving…' : 'Save'}
      </button>
      <FieldError id={errorId} message={error ?? undefined} />
      {saved && (
        <p className="people-page__hint" role="status">
          Saved. Every postmortem whose facilitator chose no template now follows{' '}
          {DOCUMENT_TEMPLATE_NAMES[chosen]}; a board’s own choice stays.
        </p>
      )}
    </form>
  );
}
