import { describe, expect, it } from 'vitest';
import type { FastifyBaseLogger } from 'fastify';
import { StorageHealth } from './storageHealth.ts';

const full = () => Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });

function health() {
  const lines: { level: number; msg: string }[] = [];
  const at = (level: number) => (_fields: unknown, msg?: string) =>
    void lines.push({ level, msg: msg ?? String(_fields) });
  const log = { error: at(50), warn: at(40), info: at(30), debug: at(20) } as FastifyBaseLogger;
  const h = new StorageHealth({ log, dataDir: null, minFreeBytes: 0, checkEveryMs: 1000 });
  return { h, lines };
}

describe('StorageHealth', () => {
  it('logs one error for an episode of failed writes and one line when writes work again', () => {
    const { h, lines } = health();
    for (let i = 0; i < 727; i++) h.failed(full());
    expect(h.problem).toBe('store');
    h.wrote('appendUpdates');
    expect(h.writable).toBe(true);
    expect(lines.filter((l) => l.level >= 50)).toHaveLength(1);
    expect(lines.filter((l) => l.msg.startsWith('storage: writes work again'))).toHaveLength(1);
  });

  it('a broken constraint does not pause writes', () => {
    const { h } = health();
    h.failed(Object.assign(new Error('x'), { code: 'SQLITE_CONSTRAINT_UNIQUE' }));
    expect(h.writable).toBe(true);
  });

  it('a probe ends the episode only when no failed write waits for its retry', () => {
    const { h } = health();
    let waiting = true;
    h.retriesWaiting = () => waiting;
    h.failed(full());
    h.wrote('probeWrite');
    expect(h.problem).toBe('store');
    waiting = false;
    h.wrote('probeWrite');
    expect(h.writable).toBe(true);
  });

  it('lets writers wait for the end of an episode', async () => {
    const { h } = health();
    await h.whenWritable();
    h.failed(full());
    let resumed = false;
    const waiting = h.whenWritable().then(() => (resumed = true));
    h.failed(full());
    await Promise.resolve();
    expect(resumed).toBe(false);
    h.wrote('appendUpdates');
    await waiting;
    expect(resumed).toBe(true);
  });
});
