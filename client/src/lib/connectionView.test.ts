import { describe, expect, it } from 'vitest';
import { connectionView, type ConnectionFacts } from './connectionView.ts';

const base: ConnectionFacts = {
  status: 'connecting',
  synced: false,
  everSynced: false,
  online: true,
  fatal: null,
  fatalCode: null,
  savingPaused: false,
};

describe('connectionView', () => {
  it('is connecting before the first sync', () => {
    expect(connectionView(base).kind).toBe('connecting');
  });
  it('is live only when connected and synced', () => {
    expect(connectionView({ ...base, status: 'connected' }).kind).toBe('connecting');
    expect(
      connectionView({ ...base, status: 'connected', synced: true, everSynced: true }).kind,
    ).toBe('live');
  });
  it('is reconnecting after a drop once it has synced', () => {
    expect(connectionView({ ...base, status: 'disconnected', everSynced: true }).kind).toBe(
      'reconnecting',
    );
  });
  it('says offline when the browser is offline, even if the socket looks open', () => {
    const facts = {
      ...base,
      status: 'connected',
      synced: true,
      everSynced: true,
      online: false,
    } as const;
    expect(connectionView(facts).kind).toBe('offline');
  });
  it('a fatal close beats everything and explains itself', () => {
    const view = connectionView({ ...base, online: false, fatal: 'This link is not valid.' });
    expect(view).toMatchObject({ kind: 'closed', detail: 'This link is not valid.' });
  });
  it('says saving is paused while the server cannot store, even on a live socket', () => {
    const live = { ...base, status: 'connected' as const, synced: true, everSynced: true };
    const view = connectionView({ ...live, savingPaused: true });
    expect(view).toMatchObject({ kind: 'paused', label: 'Saving paused' });
    expect(view.detail).toMatch(/edits are kept/);
    expect(connectionView({ ...live, savingPaused: true, online: false }).kind).toBe('offline');
  });
});
