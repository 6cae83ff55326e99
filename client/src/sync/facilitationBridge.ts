/**
 * The facilitation doc's Yjs -> zustand bridge: the plan and the session, read with
 * shared's validating readers, pushed into the facilitation store on every change.
 */
import { facilitationMap, readPlan, readSession, type Template } from '@hindsight/shared';
import type { FacilitationStore } from '../state/facilitationStore.ts';
import { bindConnectionFacts } from './connectionFacts.ts';
import type { DocConnection } from './docConnection.ts';

/** Wires `connection` to `store`; returns the function that unwires it. */
export function bindFacilitation(
  connection: DocConnection,
  store: FacilitationStore,
  template: Template,
): () => void {
  const { doc } = connection;
  const push = () => store.setState({ plan: readPlan(doc, template), session: readSession(doc) });

  facilitationMap(doc).observe(push);
  const unbindFacts = bindConnectionFacts(connection, store);
  push();

  return () => {
    facilitationMap(doc).unobserve(push);
    unbindFacts();
  };
}
