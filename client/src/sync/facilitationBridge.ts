/**
 * The facilitation doc's Yjs -> zustand bridge: the plan, the session and the document
 * template, read with
 * shared's validating readers, pushed into the facilitation store on every change.
 */
import {
  facilitationMap,
  readDocumentTemplate,
  readPlan,
  readSession,
  readWritesWaiting,
  WRITES_WAITING_MESSAGE,
  type Template,
} from '@hindsight/shared';
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
  const push = () =>
    store.setState({
      plan: readPlan(doc, template),
      session: readSession(doc),
      documentTemplate: readDocumentTemplate(doc),
    });

  facilitationMap(doc).observe(push);
  const unbindFacts = bindConnectionFacts(connection, store);
  push();

  // The server tells a facilitator whether its own writes wait for the store. A closed
  // connection says nothing either way: the server tells again on the next one.
  const { provider } = connection;
  provider.messageHandlers[WRITES_WAITING_MESSAGE] = (_encoder, decoder) =>
    store.setState({ writesWaiting: readWritesWaiting(decoder) });
  const onClose = () => store.setState({ writesWaiting: false });
  provider.on('connection-close', onClose);

  return () => {
    facilitationMap(doc).unobserve(push);
    provider.off('connection-close', onClose);
    unbindFacts();
  };
}
