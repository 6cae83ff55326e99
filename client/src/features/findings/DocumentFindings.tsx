import { useCanEdit } from '../../state/useCanEdit.ts';
import { useIncidentCommands } from '../../state/useIncidentCommands.ts';
import { useIncidentState } from '../../state/useIncidentState.ts';
import { LinksField } from '../incident/LinksField.tsx';
import { DocumentTemplateSelect } from './DocumentTemplateSelect.tsx';
import { FindingField } from './FindingField.tsx';
import './findings.css';

/**
 * The after view's part of the document: every finding, the supporting links and the
 * template, editable after the session as during it.
 */
export function DocumentFindings() {
  const canEdit = useCanEdit();
  const commands = useIncidentCommands();
  const links = useIncidentState((s) => s.findings.links);
  return (
    <section className="findings" aria-label="Postmortem document" data-testid="after-findings">
      <h2 className="findings__title">Postmortem document</h2>
      <p className="findings__intro">
        What heads the exported document&apos;s first page, with the root causes and the top
        actions.
      </p>
      <DocumentTemplateSelect />
      <div className="findings__fields">
        <FindingField field="trigger" />
        <FindingField field="leadup" rows={4} />
        <FindingField field="detection" />
        <FindingField field="detectionSooner" />
        <FindingField field="recovery" rows={4} />
        <FindingField field="lessons" rows={4} />
      </div>
      <LinksField
        links={links}
        disabled={!canEdit}
        title="Supporting links"
        onSave={(next) => commands.setSupportingLinks(next)}
      />
    </section>
  );
}
