/**
 * Mirrors a connection's state (status, synced, offline, refused) into a store, the same
 * way for every doc of the board: a close the shared protocol calls fatal stops the
 * connection and is explained; 4403 and the like become a passing notice.
 */
import { CloseCode, describeClose, isFatalClose } from '@hindsight/shared';
import type { StoreApi } from 'zustand/vanilla';
import type { ConnectionFacts } from '../lib/connectionView.ts';
import type { DocConnection } from './docConnection.ts';

type FactsStore = StoreApi<ConnectionFacts & { readonly notice: string | null }>;

/** Wires the connection's events to `store`; returns the function that unwires them. */
export function bindConnectionFacts({ provider }: DocConnection, store: FactsStore): () => void {
  const set = store.setState;

  const onStatus = ({ status }: { status: 'connected' | 'disconnected' | 'connecting' }) =>
    set({ status });
  const onSync = (synced: boolean) => {
    set((s) => ({ synced, everSynced: s.everSynced || synced, notice: synced ? null : s.notice }));
  };
  const onClose = (event: CloseEvent | null) => {
    if (event === null) return; // we closed it ourselves
    if (isFatalClose(event.code)) {
      provider.disconnect();
      set({ fatal: describeClose(event.code), fatalCode: event.code });
    } else if (event.code >= 4000 && event.code !== CloseCode.ServerError) {
      set({ notice: describeClose(event.code) });
    }
  };
  const onOnline = () => {
    set({ online: navigator.onLine });
    if (navigator.onLine && store.getState().fatal === null) provider.connect();
  };

  provider.on('status', onStatus);
  provider.on('sync', onSync);
  provider.on('connection-close', onClose);
  window.addEventListener('online', onOnline);
  window.addEventListener('offline', onOnline);

  set({
    status: provider.wsconnected
      ? 'connected'
      : provider.wsconnecting
        ? 'connecting'
        : 'disconnected',
    synced: provider.synced,
  });

  return () => {
    provider.off('status', onStatus);
    provider.off('sync', onSync);
    provider.off('connection-close', onClose);
    window.removeEventListener('online', onOnline);
    window.removeEventListener('offline', onOnline);
  };
}
