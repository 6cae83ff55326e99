/**
 * The Yjs -> zustand bridge: observers on the doc, the provider and awareness push plain
 * snapshots into the board store. Components read the store, never the doc.
 */
import {
  cardsMap,
  CloseCode,
  describeClose,
  isFatalClose,
  isSchemaSupported,
  metaMap,
  readBoardMeta,
  readCards,
} from '@hindsight/shared';
import type { BoardStore } from '../state/boardStore.ts';
import type { BoardConnection } from './boardConnection.ts';
import { readPeers } from './presence.ts';

/** Wires `connection` to `store`; returns the function that unwires it. */
export function bindBoard(
  { doc, provider, awareness }: BoardConnection,
  store: BoardStore,
): () => void {
  const set = store.setState;

  const pushCards = () => set({ cards: readCards(doc) });
  const pushMeta = () => set({ meta: readBoardMeta(doc), schemaSupported: isSchemaSupported(doc) });
  const pushPeers = () => set({ peers: readPeers(awareness) });

  const onStatus = ({ status }: { status: 'connected' | 'disconnected' | 'connecting' }) =>
    set({ status });
  const onSync = (synced: boolean) => {
    set((s) => ({ synced, everSynced: s.everSynced || synced, notice: synced ? null : s.notice }));
  };
  const onClose = (event: CloseEvent | null) => {
    if (event === null) return; // we closed it ourselves
    if (isFatalClose(event.code)) {
      provider.disconnect();
      set({ fatal: describeClose(event.code) });
    } else if (event.code >= 4000 && event.code !== CloseCode.ServerError) {
      set({ notice: describeClose(event.code) });
    }
  };
  const onOnline = () => {
    set({ online: navigator.onLine });
    if (navigator.onLine && store.getState().fatal === null) provider.connect();
  };

  cardsMap(doc).observeDeep(pushCards);
  metaMap(doc).observe(pushMeta);
  provider.on('status', onStatus);
  provider.on('sync', onSync);
  provider.on('connection-close', onClose);
  awareness.on('change', pushPeers);
  window.addEventListener('online', onOnline);
  window.addEventListener('offline', onOnline);

  // Catch up with whatever happened before the observers were attached.
  pushCards();
  pushMeta();
  pushPeers();
  set({
    status: provider.wsconnected
      ? 'connected'
      : provider.wsconnecting
        ? 'connecting'
        : 'disconnected',
    synced: provider.synced,
  });

  return () => {
    cardsMap(doc).unobserveDeep(pushCards);
    metaMap(doc).unobserve(pushMeta);
    provider.off('status', onStatus);
    provider.off('sync', onSync);
    provider.off('connection-close', onClose);
    awareness.off('change', pushPeers);
    window.removeEventListener('online', onOnline);
    window.removeEventListener('offline', onOnline);
  };
}
