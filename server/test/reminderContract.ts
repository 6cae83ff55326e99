/**
 * What every {@link ReminderStore} must do, as one suite each implementation runs against
 * itself: settings, channels and mutes kept; the remindable actions read in due order; a
 * reminder's key claimed by one caller only, even by two connections at once (as two
 * processes would); a retry taken by one caller only, and an attempt's end recorded only
 * by the holder of that attempt.
 */
import { describe, expect, it } from 'vitest';
import { randomId, type RemindableAction } from '@hindsight/shared';
import type { LedgerRow } from '../src/ledger/ledgerStore.ts';
import type { NewSend } from '../src/reminders/reminderStore.ts';
import type { Store } from '../src/storage/store.ts';

export interface OpenedReminderStores {
  /** Two connections to one database, as two server processes have. */
  readonly stores: readonly [Store, Store];
  close(): Promise<void>;
}

const T0 = Date.parse('2026-12-07T09:00:00Z');

function send(key = randomId(16)): NewSend {
  return { key, kind: 'due', recipient: { kind: 'person', id: 'p1' }, content: '{"x":1}' };
}

function row(boardId: string, patch: Partial<LedgerRow>): LedgerRow {
  return {
    boardId,
    actionId: randomId(16),
    title: 'Add an alert',
    owner: 'Pat',
    ownerNames: ['pat'],
    ownerPersonId: 'p1',
    due: '2026-12-10',
    priority: null,
    status: 'open',
    reason: null,
    accepted: false,
    resolved: false,
    ticket: null,
    createdAt: T0,
    updatedAt: T0,
    ...patch,
  };
}

export function reminderContract(name: string, open: () => Promise<OpenedReminderStores>): void {
  describe(`${name} reminder store`, () => {
    const withStores = (fn: (a: Store, b: Store) => Promise<void>) => async () => {
      const { stores, close } = await open();
      try {
        await fn(...stores);
      } finally {
        await close();
      }
    };

    it(
      'keeps the settings, the channels and who muted',
      withStores(async (store) => {
        expect(await store.reminderSettings()).toBeNull();
        await store.saveReminderSettings({ enabled: true, daysBefore: 3, timeZone: 'UTC' }, T0);
        await store.saveReminderSettings(
          { enabled: false, daysBefore: 5, timeZone: 'Europe/Berlin' },
          T0 + 1,
        );
        expect(await store.reminderSettings()).toEqual({
          enabled: false,
          daysBefore: 5,
          timeZone: 'Europe/Berlin',
        });
        const channel = { name: 'Ops', format: 'slack', url: 'https://hooks.example/x' } as const;
        await store.addChannel({ id: 'c1', ...channel, createdAt: T0 });
        await store.addChannel({ id: 'c2', ...channel, name: 'SRE', createdAt: T0 + 1 });
        expect((await store.listChannels()).map((c) => c.name)).toEqual(['Ops', 'SRE']);
        expect(await store.removeChannel('c1')).toBe(true);
        expect(await store.removeChannel('c1')).toBe(false);
        expect((await store.listChannels()).map((c) => c.id)).toEqual(['c2']);
        await store.setMuted('p1', true, T0);
        await store.setMuted('p1', true, T0);
        await store.setMuted('p2', true, T0);
        await store.setMuted('p2', false, T0);
        expect([...(await store.mutedPeople())]).toEqual(['p1']);
      }),
    );

    it(
      'reads open actions with a member owner and a due date in reach, in due order, by pages',
      withStores(async (store) => {
        const boardId = randomId(16);
        await store.createBoard(
          { id: boardId, title: 'Outage', template: 'default', createdAt: T0 },
          [],
          new Map(),
        );
        const rows = [
          row(boardId, { title: 'c', due: '2026-12-09' }),
          row(boardId, { title: 'a', due: '2026-11-01' }),
          row(boardId, { title: 'b', due: '2026-12-01' }),
          row(boardId, { title: 'too late', due: '2026-12-11' }),
          row(boardId, { title: 'done', resolved: true, status: 'done' }),
          row(boardId, { title: 'no member', ownerPersonId: null }),
          row(boardId, { title: 'no due', due: null }),
        ];
        await store.replaceBoardActions(boardId, rows);
        const read: RemindableAction[] = [];
        let after: RemindableAction | null = null;
        for (;;) {
          const page = await store.remindableActions('2026-12-10', after, 2);
          read.push(...page);
          if (page.length < 2) break;
          after = page.at(-1)!;
        }
        expect(read.map((a) => a.title)).toEqual(['a', 'b', 'c']);
        expect(read[0]).toMatchObject({ boardId, postmortemTitle: 'Outage', ownerPersonId: 'p1' });
      }),
    );

    it(
      'lets one caller claim a key, even two connections racing for many keys',
      withStores(async (a, b) => {
        const s = send();
        expect(await a.claimSend(s, 'sending', T0, T0 + 1000)).toBe(true);
        expect(await a.claimSend(s, 'sending', T0, T0 + 1000)).toBe(false);
        expect(await b.claimSend(s, 'muted', T0, T0 + 1000)).toBe(false);
        const keys = Array.from({ length: 40 }, () => randomId(16));
        const claims = await Promise.all(
          keys.flatMap((key) =>
            [a, b].map((store) => store.claimSend(send(key), 'sending', T0, T0 + 1000)),
          ),
        );
        expect(claims.filter(Boolean)).toHaveLength(keys.length);
      }),
    );

    it(
      'takes each retry once, when its time has come, and lets only its holder finish it',
      withStores(async (a, b) => {
        const waiting = Array.from({ length: 30 }, () => send());
        for (const s of waiting) {
          await a.claimSend(s, 'sending', T0, T0 + 1000);
          expect(await a.finishSend(s.key, 1, { state: 'waiting', nextAt: T0 + 500 }, T0)).toBe(
            true,
          );
        }
        expect(await a.takeRetries(T0 + 499, T0 + 2000, 100)).toEqual([]);
        const [x, y] = await Promise.all([
          a.takeRetries(T0 + 500, T0 + 2000, 100),
          b.takeRetries(T0 + 500, T0 + 2000, 100),
        ]);
        const taken = [...x!, ...y!];
        expect(taken.map((s) => s.key).sort()).toEqual(waiting.map((s) => s.key).sort());
        expect(new Set(taken.map((s) => s.attempt))).toEqual(new Set([2]));
        expect(taken[0]).toMatchObject({ kind: 'due', recipient: { kind: 'person', id: 'p1' } });
        const first = taken[0]!;
        // The first attempt's claim is over: its holder can no longer record an end.
        expect(await a.finishSend(first.key, 1, { state: 'sent' }, T0 + 600)).toBe(false);
        expect(await b.finishSend(first.key, 2, { state: 'sent' }, T0 + 600)).toBe(true);
        expect(await a.finishSend(first.key, 2, { state: 'sent' }, T0 + 600)).toBe(false);
        // A sent one is never taken again; a claim whose lease ran out is.
        expect(
          (await a.takeRetries(T0 + 10_000, T0 + 20_000, 100)).map((s) => s.key),
        ).not.toContain(first.key);
        const stalled = send();
        await a.claimSend(stalled, 'sending', T0, T0 + 1000);
        expect(await a.takeRetries(T0 + 999, T0 + 5000, 100)).toEqual([]);
        expect((await b.takeRetries(T0 + 1001, T0 + 5000, 100)).map((s) => s.key)).toEqual([
          stalled.key,
        ]);
      }),
    );

    it(
      'logs each attempt, newest first',
      withStores(async (store) => {
        for (const [i, outcome] of (['retried', 'failed'] as const).entries()) {
          await store.appendReminderLog({
            key: 'k',
            at: T0 + i,
            kind: 'digest',
            recipient: { kind: 'channel', id: 'c1' },
            recipientName: 'Ops',
            outcome,
            attempt: i + 1,
            detail: outcome === 'failed' ? 'HTTP 503' : null,
          });
        }
        expect((await store.reminderLog(10)).map((e) => [e.outcome, e.attempt, e.detail])).toEqual([
          ['failed', 2, 'HTTP 503'],
          ['retried', 1, null],
        ]);
      }),
    );
  });
}
