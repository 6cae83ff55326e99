import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { CloseCode, describeClose } from '@hindsight/shared';
import type { ConnectionFacts } from '../lib/connectionView.ts';
import { bindConnectionFacts, SAVING_HELD_MS } from './connectionFacts.ts';
import type { DocConnection } from './docConnection.ts';

/** The provider's side that the facts read: its events, connect and disconnect. */
class FakeProvider {
  private readonly handlers = new Map<string, Set<(...args: unknown[]) => void>>();
  on(name: string, fn: (...args: unknown[]) => void) {
    this.handlers.set(name, (this.handlers.get(name) ?? new Set()).add(fn));
  }
  off(name: string, fn: (...args: unknown[]) => void) {
    this.handlers.get(name)?.delete(fn);
  }
  emit(name: string, args: unknown[]) {
    for (const fn of this.handlers.get(name) ?? []) fn(...args);
  }
  wsconnected = false;
  wsconnecting = false;
  synced = false;
  connects = 0;
  connect() {
    this.connects++;
  }
  disconnect() {}
}

function setup() {
  const provider = new FakeProvider();
  const store = createStore<ConnectionFacts & { notice: string | null }>(() => ({
    status: 'connecting',
    synced: false,
    everSynced: false,
    online: true,
    fatal: null,
    fatalCode: null,
    savingPaused: false,
    notice: null,
  }));
  const unbind = bindConnectionFacts({ provider } as unknown as DocConnection, store);
  const close = (code: number) => provider.emit('connection-close', [{ code }]);
  const sync = () => provider.emit('sync', [true]);
  return { provider, store, unbind, close, sync };
}

const PAUSED = describeClose(CloseCode.SavingPaused);

describe('connection facts after 4507 (saving paused)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('window', new EventTarget());
    vi.stubGlobal('navigator', { onLine: true });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('says the edits are kept, reconnects after a wait that grows, and is not fatal', () => {
    const { provider, store, close, unbind } = setup();
    close(CloseCode.SavingPaused);
    expect(store.getState()).toMatchObject({ notice: PAUSED, fatal: null, savingPaused: true });
    expect(PAUSED).toMatch(/edits are kept/);
    vi.advanceTimersByTime(999);
    expect(provider.connects).toBe(0);
    vi.advanceTimersByTime(1);
    expect(provider.connects).toBe(1);
    close(CloseCode.SavingPaused);
    vi.advanceTimersByTime(1999);
    expect(provider.connects).toBe(1);
    vi.advanceTimersByTime(1);
    expect(provider.connects).toBe(2);
    unbind();
  });

  it('keeps the notice through a sync that is paused again, and clears it once saving holds', () => {
    const { store, close, sync, unbind } = setup();
    close(CloseCode.SavingPaused);
    vi.advanceTimersByTime(1000);
    sync();
    expect(store.getState().notice).toBe(PAUSED);
    close(CloseCode.SavingPaused); // refused again right after the handshake
    vi.advanceTimersByTime(SAVING_HELD_MS);
    expect(store.getState().notice).toBe(PAUSED);
    vi.advanceTimersByTime(2000);
    sync();
    vi.advanceTimersByTime(SAVING_HELD_MS);
    expect(store.getState()).toMatchObject({ notice: null, savingPaused: false });
    unbind();
  });
});

describe('connection facts after 4430 (too many connections)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('window', new EventTarget());
    vi.stubGlobal('navigator', { onLine: true });
    vi.spyOn(Math, 'random').mockReturnValue(1);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('says why, knocks again after a wait that grows, is not fatal, and starts over once synced', () => {
    const { provider, store, close, sync, unbind } = setup();
    close(CloseCode.TooManyConnections);
    expect(store.getState()).toMatchObject({
      notice: describeClose(CloseCode.TooManyConnections),
      fatal: null,
    });
    vi.advanceTimersByTime(499);
    expect(provider.connects).toBe(0);
    vi.advanceTimersByTime(1);
    expect(provider.connects).toBe(1);
    close(CloseCode.TooManyConnections);
    vi.advanceTimersByTime(999);
    expect(provider.connects).toBe(1);
    vi.advanceTimersByTime(1);
    expect(provider.connects).toBe(2);
    sync();
    expect(store.getState().notice).toBeNull();
    close(CloseCode.TooManyConnections);
    vi.advanceTimersByTime(500);
    expect(provider.connects).toBe(3);
    unbind();
  });
});
