import {
  DOCUMENT_TEMPLATE_NAMES,
  DOCUMENT_TEMPLATES,
  DocumentTemplateSchema,
} from '@hindsight/shared';
import { useId } from 'react';
import { useBoard } from '../../state/useBoard.ts';
import { useFacilitation } from '../../state/useFacilitation.ts';
import { useFacilitator } from '../../state/useFacilitator.ts';

/**
 * The template the exported document follows (section order and headings). The
 * facilitator chooses it; everyone else reads which one it is. Unchosen, the export
 * uses the workspace's template, which an admin sets (`/document-template`).
 */
export function DocumentTemplateSelect() {
  const id = useId();
  const facilitator = useFacilitator();
  const chosen = useFacilitation((s) => s.documentTemplate);
  const workspaceDefault = useBoard((s) => s.defaultDocumentTemplate);
  const fallback = `${DOCUMENT_TEMPLATE_NAMES[workspaceDefault]}, the workspace default`;
  if (!facilitator) {
    return (
      <p className="findings__intro" data-testid="document-template">
        Document template: {chosen ? DOCUMENT_TEMPLATE_NAMES[chosen] : fallback}
      </p>
    );
  }
  return (
    <div className="inc-field findings__template">
      <label htmlFor={id} className="field-label">
        Document template
      </label>
      <select
        id={id}
        className="input"
        value={chosen ?? ''}
        disabled={!facilitator.ready}
        onChange={(e) => {
          const parsed = DocumentTemplateSchema.safeParse(e.target.value);
          if (parsed.success) facilitator.commands.setDocumentTemplate(parsed.data);
        }}
      >
        {chosen === null && <option value="">{fallback}</option>}
        {DOCUMENT_TEMPLATES.map((t) => (
          <option key={t} value={t}>
            {DOCUMENT_TEMPLATE_NAMES[t]}
          </option>
        ))}
      </select>
    </div>
  );
}
