/**
 * The facilitator's session commands on the facilitation doc: shared's reducer and plan
 * update, stamped with the server's time. Only a facilitator's tab creates these; every
 * other role's facilitation doc is never written locally, so its connection only reads.
 */
import {
  runSessionCommand,
  setDocumentTemplate,
  updatePlan,
  type Template,
} from '@hindsight/shared';
import type * as Y from 'yjs';
import type { FacilitatorCommands } from '../state/facilitatorCommands.ts';

export function createFacilitatorCommands(
  doc: Y.Doc,
  template: Template,
  serverNow: () => number,
): FacilitatorCommands {
  /** Marks this tab's transactions. */
  const origin = { source: 'hindsight:facilitator' };
  return {
    run(command) {
      runSessionCommand(doc, template, command, serverNow(), origin);
    },
    updatePlan(plan) {
      updatePlan(doc, plan, origin);
    },
    setDocumentTemplate(template) {
      setDocumentTemplate(doc, template, origin);
    },
  };
}
