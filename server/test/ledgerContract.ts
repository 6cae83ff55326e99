/**
 * What every {@link LedgerStore} must do, as one suite each implementation runs against
 * itself: a board's rows replaced whole, each filter, the due order with paging, the
 * postmortem's facts joined in, and the history kept apart from the rows.
 */
import { describe, expect, it } from 'vitest';
import { randomId } from '@hindsight/shared';
import type { LedgerFilters, LedgerRow } from '../src/ledger/ledgerStore.ts';
import { testEntry } from '../src/search/testEntry.ts';
import type { Store } from '../src/storage/store.ts';

export interface OpenedLedgerStore {
  readonly store: Store;
  close(): Promise<void>;
}

const T0 = Date.parse('2026-01-01T00:00:00Z');

/** An open action of a board with nothing in it but what a test patches in. */
export function row(boardId: string, patch: Partial<LedgerRow> = {}): LedgerRow {
  return {
    boardId,
    actionId: randomId(16),
    title: 'Add an alert',
    owner: null,
    ownerNames: [],
    ownerPersonId: null,
    due: null,
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

async function board(
  store: Store,
  facts: { severity?: 'SEV1' | 'SEV2'; services?: string[] } = {},
) {
  const id = randomId(16);
  await store.createBoard(
    { id, title: `Board ${id}`, template: 'default', createdAt: T0 },
    [],
    new Map(),
  );
  await store.putPostmortem(
    testEntry(id, {
      title: `Incident ${id}`,
      severity: facts.severity ?? 'SEV2',
      services: facts.services ?? [],
    }),
    T0,
  );
  return id;
}

export function ledgerContract(name: string, open: () => Promise<OpenedLedgerStore>): void {
  describe(`${name} action ledger`, () => {
    const withStore = (fn: (store: Store) => Promise<void>) => async () => {
      const { store, close } = await open();
      try {
        await fn(store);
      } finally {
        await close();
      }
    };
    const ids = async (store: Store, filters: LedgerFilters) =>
      (await store.listActions(filters, null, 100)).map((a) => a.title);

    it(
      "replaces a board's rows whole and joins the postmortem's title, severity and services",
      withStore(async (store) => {
        const b = await board(store, { severity: 'SEV1', services: ['checkout'] });
        await store.replaceBoardActions(b, [row(b, { title: 'one' }), row(b, { title: 'two' })]);
        await store.replaceBoardActions(b, [row(b, { title: 'three', ticket: 'https://t/1' })]);
        const listed = await store.listActions({}, null, 10);
        expect(listed).toHaveLength(1);
        expect(listed[0]).toMatchObject({
          title: 'three',
          ticket: 'https://t/1',
          postmortemTitle: `Incident ${b}`,
          severity: 'SEV1',
          services: ['checkout'],
        });
        expect(await store.findAction(listed[0]!.actionId)).toMatchObject({ title: 'three' });
        expect(await store.findAction('Nosuchaction0000')).toBeNull();
      }),
    );

    it(
      'filters by owner (a whole name, or the person chosen), status, overdue, due range, severity, service and postmortem',
      withStore(async (store) => {
        const a = await board(store, { severity: 'SEV1', services: ['checkout'] });
        const b = await board(store, { severity: 'SEV2', services: ['search'] });
        await store.replaceBoardActions(a, [
          row(a, {
            title: 'pat late',
            owner: 'Pat Lee',
            ownerNames: ['pat lee'],
            due: '2026-01-05',
          }),
          row(a, {
            title: 'pat chosen',
            owner: 'P.',
            ownerNames: ['p.'],
            ownerPersonId: 'p-pat',
            due: '2026-03-01',
          }),
          row(a, { title: 'done late', status: 'done', resolved: true, due: '2026-01-02' }),
        ]);
        await store.replaceBoardActions(b, [
          row(b, {
            title: 'patrick',
            owner: 'Patrick',
            ownerNames: ['patrick'],
            status: 'blocked',
            reason: 'x',
          }),
          row(b, { title: '50% off_', owner: 'a%b', ownerNames: ['a%b'] }),
        ]);
        expect(await ids(store, { ownerName: 'pat lee' })).toEqual(['pat late']);
        expect(await ids(store, { ownerName: 'pat lee', ownerPersonId: 'p-pat' })).toEqual([
          'pat late',
          'pat chosen',
        ]);
        expect(await ids(store, { ownerName: 'a_b' })).toEqual([]);
        expect(await ids(store, { ownerName: 'a%b' })).toEqual(['50% off_']);
        expect(await ids(store, { status: 'blocked' })).toEqual(['patrick']);
        expect(await ids(store, { overdue: { today: '2026-02-01', is: true } })).toEqual([
          'pat late',
        ]);
        expect(await ids(store, { dueFrom: '2026-01-03', dueTo: '2026-03-01' })).toEqual([
          'pat late',
          'pat chosen',
        ]);
        expect((await ids(store, { severity: 'SEV2' })).sort()).toEqual(['50% off_', 'patrick']);
        expect((await ids(store, { service: 'Search' })).sort()).toEqual(['50% off_', 'patrick']);
        expect(await ids(store, { boardId: a })).toHaveLength(3);
      }),
    );

    it(
      'lists soonest due first, none last, and pages after a position without skipping or repeating',
      withStore(async (store) => {
        const a = await board(store);
        const rows = [null, '2026-02-01', '2026-01-01', null, '2026-02-01'].map((due, i) =>
          row(a, { title: `r${i}`, due }),
        );
        await store.replaceBoardActions(a, rows);
        const seen: string[] = [];
        let after = null;
        for (;;) {
          const page = await store.listActions({}, after, 2);
          seen.push(...page.map((p) => p.due ?? 'none'));
          const last = page.at(-1);
          if (page.length < 2 || !last) break;
          after = {
            dueKey: last.due ?? '9999-12-31',
            boardId: last.boardId,
            actionId: last.actionId,
          };
        }
        expect(seen).toEqual(['2026-01-01', '2026-02-01', '2026-02-01', 'none', 'none']);
      }),
    );

    it(
      'keeps the history in order, apart from the rows it describes',
      withStore(async (store) => {
        const a = await board(store);
        const r = row(a);
        await store.replaceBoardActions(a, [r]);
        const by = { byKind: 'person' as const, byId: 'p1', byName: 'Pat' };
        await store.appendHistory([
          {
            boardId: a,
            actionId: r.actionId,
            at: T0,
            field: 'status',
            from: 'open',
            to: 'in progress',
            ...by,
            via: 'api',
          },
          {
            boardId: a,
            actionId: r.actionId,
            at: T0 + 1,
            field: 'status',
            from: 'in progress',
            to: 'done',
            ...by,
            via: 'board',
          },
        ]);
        await store.replaceBoardActions(a, []);
        const history = await store.actionHistory(a, r.actionId);
        expect(history.map((h) => [h.from, h.to, h.via])).toEqual([
          ['open', 'in progress', 'api'],
          ['in progress', 'done', 'board'],
        ]);
        expect(history[0]).toMatchObject({ byKind: 'person', byId: 'p1', byName: 'Pat', at: T0 });
      }),
    );

    it(
      'keeps the date an action was first seen resolved, across replaces, and drops it when reopened',
      withStore(async (store) => {
        const a = await board(store, { severity: 'SEV1' });
        const done = row(a, { title: 'done', status: 'done', resolved: true, due: '2026-02-03' });
        const open = row(a, { title: 'open', due: '2026-02-01' });
        await store.replaceBoardActions(a, [done, open], undefined, '2026-02-02');
        await store.replaceBoardActions(a, [done, open], undefined, '2026-02-09');
        expect(await store.findAction(done.actionId)).toMatchObject({ resolvedOn: '2026-02-02' });
        expect(await store.findAction(open.actionId)).toMatchObject({ resolvedOn: null });
        await store.replaceBoardActions(a, [{ ...done, status: 'open', resolved: false }, open]);
        expect(await store.findAction(done.actionId)).toMatchObject({ resolvedOn: null });
        await store.replaceBoardActions(a, [done, open], undefined, '2026-02-10');
        expect(await store.findAction(done.actionId)).toMatchObject({ resolvedOn: '2026-02-10' });
        const facts = await store.actionFacts();
        expect(facts).toEqual(
          expect.arrayContaining([
            { severity: 'SEV1', due: '2026-02-03', resolved: true, resolvedOn: '2026-02-10' },
            { severity: 'SEV1', due: '2026-02-01', resolved: false, resolvedOn: null },
          ]),
        );
      }),
    );

    it(
      'keeps a workspace setting, replaced whole',
      withStore(async (store) => {
        expect(await store.readSetting('actions')).toBeNull();
        await store.writeSetting('actions', { autoClose: true }, T0, 'p1');
        await store.writeSetting('actions', { autoClose: false, duePolicy: {} }, T0 + 1, null);
        expect(await store.readSetting('actions')).toEqual({ autoClose: false, duePolicy: {} });
      }),
    );
  });
}
