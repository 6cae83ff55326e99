import { describe, expect, it } from 'vitest';
import { connectionView, type ConnectionFacts } from './connectionView.ts';

const base: ConnectionFacts = {
  status: 'connecting',
  synced: false,
  everSynced: false,
  online: true,
  fatal: null,
  fatalCode: null,
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
});
