/**
 * Mirrors a connection's state (status, synced, offline, refused) into a store, the same
 * way for every doc of the board: a close the shared protocol calls fatal stops the
 * connection and is explained; 4403 and the like become a passing notice.
 *
 * 4507 (saving paused) is the server saying it cannot store changes now: the page keeps
 * its edits, shows why, and reconnects on its own after a wait (`savingPausedRetryMs`),
 * which sends them again. The notice stays until a connection has held for
 * {@link SAVING_HELD_MS} without being paused again: then the edits have landed.
 *
 * 4430 (too many connections) is the server letting a crowd in a few at a time: the page
 * says so and knocks again after a growing, spread wait (`admissionRetryMs`), since the
 * provider's own backoff restarts at each socket that opened, and a refused one did.
 */
import {
  admissionRetryMs,
  CloseCode,
  describeClose,
  isFatalClose,
  savingPausedRetryMs,
} from '@hindsight/shared';
import type { StoreApi } from 'zustand/vanilla';
import type { ConnectionFacts } from '../lib/connectionView.ts';
import type { DocConnection } from './docConnection.ts';

type FactsStore = StoreApi<ConnectionFacts & { readonly notice: string | null }>;

/**
 * How long a synced connection must stay open after a pause before saving counts as
 * resumed, ms. The server refuses a kept edit right after the handshake, within a round
 * trip; this is far longer.
 */
export const SAVING_HELD_MS = 3000;

/** Wires the connection's events to `store`; returns the function that unwires them. */
export function bindConnectionFacts({ provider }: DocConnection, store: FactsStore): () => void {
  const set = store.setState;
  /** Pauses in a row, 0 while saving works; refusals at the door in a row, 0 once synced. */
  let pauses = 0;
  let refusals = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let held: ReturnType<typeof setTimeout> | undefined;

  const onStatus = ({ status }: { status: 'connected' | 'disconnected' | 'connecting' }) =>
    set({ status });
  const onSync = (synced: boolean) => {
    if (synced) refusals = 0;
    const keep = pauses > 0;
    set((s) => ({
      synced,
      everSynced: s.everSynced || synced,
      notice: synced && !keep ? null : s.notice,
    }));
    if (synced && keep) {
      clearTimeout(held);
      held = setTimeout(() => {
        pauses = 0;
        set({ notice: null, savingPaused: false });
      }, SAVING_HELD_MS);
    }
  };
  const onClose = (event: CloseEvent | null) => {
    clearTimeout(held);
    if (event === null) return; // we closed it ourselves
    if (event.code === CloseCode.SavingPaused) {
      set({ notice: describeClose(event.code), savingPaused: true });
      clearTimeout(retry);
      retry = setTimeout(() => provider.connect(), savingPausedRetryMs(pauses++));
    } else if (event.code === CloseCode.TooManyConnections) {
      set({ notice: describeClose(event.code) });
      clearTimeout(retry);
      retry = setTimeout(() => provider.connect(), admissionRetryMs(refusals++, Math.random()));
    } else if (isFatalClose(event.code)) {
      provider.disconnect();
      set({ fatal: describeClose(event.code, event.reason), fatalCode: event.code });
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
    clearTimeout(retry);
    clearTimeout(held);
    provider.off('status', onStatus);
    provider.off('sync', onSync);
    provider.off('connection-close', onClose);
    window.removeEventListener('online', onOnline);
    window.removeEventListener('offline', onOnline);
  };
}
