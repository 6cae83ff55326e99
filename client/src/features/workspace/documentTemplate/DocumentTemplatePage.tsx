import { useFetched } from '../../../lib/useFetched.ts';
import { AdminPageFrame } from '../AdminPageFrame.tsx';
import { DocumentTemplateForm } from './DocumentTemplateForm.tsx';
import { fetchDocumentSettings } from './documentSettingsApi.ts';

/**
 * `/document-template` (admins): the template every postmortem document follows (its
 * section order and headings) unless its facilitator chose another for the board.
 */
export function DocumentTemplatePage() {
  const settings = useFetched(fetchDocumentSettings, 'document-settings', { whenShown: true });
  return (
    <AdminPageFrame title="Document template" error={settings.error} signedOut={settings.signedOut}>
      {settings.data === null && !settings.error && (
        <p className="people-page__hint" role="status">
          Loading…
        </p>
      )}
      {settings.data && (
        <section aria-labelledby="document-template-title" className="people-page__section">
          <h2 id="document-template-title">The workspace’s standard</h2>
          <p className="people-page__hint">
            The exported postmortem (Markdown, HTML, PDF and JSON) puts its sections in this
            template’s order under its headings. A facilitator may still choose another for their
            board, in its Export dialog or after the meeting.
          </p>
          <DocumentTemplateForm settings={settings.data} onSaved={settings.reload} />
        </section>
      )}
    </AdminPageFrame>
  );
}
