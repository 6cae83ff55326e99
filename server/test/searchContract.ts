/**
 * What every {@link SearchIndexStore} must do, as one suite each implementation runs
 * against itself (`searchContract('SQLite', open)`): ranking, exclusion and OR, each
 * filter, paging, removal, and queries full of operator characters that never fail.
 */
import { describe, expect, it } from 'vitest';
import { POSTMORTEM_SORTS, randomId } from '@hindsight/shared';
import type { IndexEntry, Section } from '../src/search/entry.ts';
import { parseQuery } from '../src/search/query.ts';
import { testEntry } from '../src/search/testEntry.ts';
import type {
  PostmortemFilters,
  ScoredEntry,
  SearchSort,
  SortedEntry,
} from '../src/search/searchIndex.ts';
import type { ListSort, SortPosition } from '../src/search/sorts.ts';
import type { Store } from '../src/storage/store.ts';

export interface OpenedSearchStore {
  readonly store: Store;
  close(): Promise<void>;
}

const DAY = 86_400_000;
const T0 = Date.parse('2026-01-01T00:00:00Z');

const section = (group: Section['group'], where: string, text: string): Section => ({
  group,
  where,
  text,
});

/** A board and its entry in the index, last changed at `changedAt` if given. */
async function put(
  store: Store,
  patch: Partial<IndexEntry>,
  times: { changedAt?: number; createdAt?: number } = {},
): Promise<IndexEntry> {
  const id = patch.id ?? randomId(16);
  const createdAt = times.createdAt ?? T0;
  await store.createBoard({ id, title: 't', template: 'default', createdAt }, [], new Map());
  const entry = testEntry(id, { severity: 'SEV2', incidentAt: T0, ...patch });
  await store.putPostmortem(entry, T0, undefined, times.changedAt);
  return entry;
}

/** Filler so that the documents compared have the same length. */
const FILLER = 'the team met on tuesday and wrote things down about the incident';

/** Severity for sorting, as people read it: SEV1 first, none last. */
const SEVERITY_ORDER = (e: IndexEntry) => (e.severity === null ? 9 : Number(e.severity.slice(3)));

/**
 * Each order as a comparison of two entries (negative: `a` comes first), written from
 * the contract, not from the stores' SQL; ties are left to the store (broken by id).
 */
function comparing(changedAt: ReadonlyMap<string, number>) {
  const newest = (a: IndexEntry, b: IndexEntry) => b.incidentAt - a.incidentAt;
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    relevance: () => 0,
    incident: newest,
    'incident-asc': (a, b) => a.incidentAt - b.incidentAt,
    severity: (a, b) => SEVERITY_ORDER(a) - SEVERITY_ORDER(b) || newest(a, b),
    title: (a, b) => text(a.title.toLowerCase(), b.title.toLowerCase()),
    'open-actions': (a, b) => b.openDue.length - a.openDue.length || newest(a, b),
    updated: (a, b) => changedAt.get(b.id)! - changedAt.get(a.id)!,
  } satisfies Record<SearchSort, (a: IndexEntry, b: IndexEntry) => number>;
}

const LIST_SORTS = POSTMORTEM_SORTS.filter((s): s is ListSort => s !== 'relevance');

export function searchContract(name: string, open: () => Promise<OpenedSearchStore>): void {
  describe(`${name} postmortem index`, () => {
    const withStore = (fn: (store: Store) => Promise<void>) => async () => {
      const { store, close } = await open();
      try {
        await fn(store);
      } finally {
        await close();
      }
    };
    const ids = async (store: Store, q: string, filters: PostmortemFilters = {}) =>
      (await store.searchPostmortems(parseQuery(q), filters, null, 50)).map((h) => h.entry.id);

    it(
      'ranks the exact phrase above the same words scattered',
      withStore(async (store) => {
        const scattered = await put(store, {
          sections: [
            section('notes', 'Notes', `connection refused by the gateway. ${FILLER}`),
            section('notes', 'Notes', `the pool of workers was fine. ${FILLER}`),
          ],
        });
        const together = await put(store, {
          sections: [
            section('notes', 'Notes', `the connection pool was exhausted. ${FILLER}`),
            section('notes', 'Notes', `workers refused nothing at all. ${FILLER}`),
          ],
        });
        expect(await ids(store, 'connection pool')).toEqual([together.id, scattered.id]);
        expect(await ids(store, '"connection pool"')).toEqual([together.id]);
        const [first] = await store.searchPostmortems(parseQuery('connection pool'), {}, null, 5);
        expect(first!.score).toBeGreaterThan(0);
      }),
    );

    it(
      'ranks a hit in the title or a root cause above one in a card',
      withStore(async (store) => {
        const card = await put(store, {
          sections: [section('cards', 'Card', `certificate expired. ${FILLER}`)],
        });
        const cause = await put(store, {
          sections: [section('causes', 'Root cause', `certificate expired. ${FILLER}`)],
        });
        expect(await ids(store, 'certificate')).toEqual([cause.id, card.id]);
      }),
    );

    it(
      'finds every word, excludes with -, joins with OR, and stems',
      withStore(async (store) => {
        const a = await put(store, {
          sections: [section('facts', 'Summary', 'DNS outage in staging')],
        });
        const b = await put(store, {
          sections: [section('facts', 'Summary', 'DNS outage in production')],
        });
        const c = await put(store, { sections: [section('facts', 'Summary', 'Disk filled up')] });
        expect((await ids(store, 'dns outage')).sort()).toEqual([a.id, b.id].sort());
        expect(await ids(store, 'dns -staging')).toEqual([b.id]);
        expect(await ids(store, 'dns -"in staging"')).toEqual([b.id]);
        expect((await ids(store, 'staging OR disk')).sort()).toEqual([a.id, c.id].sort());
        expect(await ids(store, 'outages filling')).toEqual([]);
        expect((await ids(store, 'outages')).sort()).toEqual([a.id, b.id].sort());
        expect(await ids(store, 'filled')).toEqual([c.id]);
      }),
    );

    it(
      'filters by status, severity, service, tag, owner and date, with or without words',
      withStore(async (store) => {
        const match = await put(store, {
          status: 'actions open',
          severity: 'SEV1',
          services: ['Checkout API'],
          tags: ['Missing alert'],
          owners: ['Dana Ops', 'Eli'],
          incidentAt: T0 + 10 * DAY,
          sections: [section('facts', 'Summary', 'payment latency')],
        });
        await put(store, {
          status: 'draft',
          severity: 'SEV3',
          services: ['Search'],
          tags: ['Config drift'],
          owners: ['Sam'],
          incidentAt: T0 + 20 * DAY,
          sections: [section('facts', 'Summary', 'payment latency')],
        });
        const filters: PostmortemFilters[] = [
          { status: 'actions open' },
          { severity: 'SEV1' },
          { service: 'checkout api' },
          { tag: 'MISSING ALERT' },
          { owner: 'eli' },
          { from: T0, to: T0 + 15 * DAY },
        ];
        for (const filter of filters) {
          expect(await ids(store, 'payment', filter)).toEqual([match.id]);
          const listed = await store.listPostmortems(filter, null, 10);
          expect(listed.map((e) => e.entry.id)).toEqual([match.id]);
        }
        expect(await ids(store, 'payment', { service: 'checkout' })).toEqual([]);
        const listed = await store.listPostmortems({}, null, 10);
        expect(listed.find((e) => e.entry.id === match.id)?.entry).toEqual(match);
      }),
    );

    it(
      'pages the list newest incident first by keyset, with ties broken by id',
      withStore(async (store) => {
        const made: IndexEntry[] = [];
        for (let i = 0; i < 7; i++) made.push(await put(store, { incidentAt: T0 + (i % 3) * DAY }));
        const expected = [...made]
          .sort((x, y) => y.incidentAt - x.incidentAt || (x.id < y.id ? 1 : -1))
          .map((e) => e.id);
        const seen: string[] = [];
        let after: SortPosition | null = null;
        for (;;) {
          const page: SortedEntry[] = await store.listPostmortems({}, after, 3);
          seen.push(...page.map((e) => e.entry.id));
          if (page.length < 3) break;
          after = page.at(-1)!.position;
        }
        expect(seen).toEqual(expected);
        const second = await store.searchPostmortems(parseQuery('nothing'), {}, null, 3);
        expect(second).toEqual([]);
      }),
    );

    it(
      'pages search results best first by keyset, every match once, with or without filters',
      withStore(async (store) => {
        const made: IndexEntry[] = [];
        for (let i = 0; i < 9; i++) {
          // Three pairs of identical documents: ties in score are paged too.
          const words = 'walrus '.repeat(1 + (i % 3)) + FILLER;
          made.push(
            await put(store, {
              services: [i % 2 === 0 ? 'Even' : 'Odd'],
              sections: [section('facts', 'Summary', words)],
            }),
          );
        }
        const all = async (filters: PostmortemFilters) => {
          const seen: ScoredEntry[] = [];
          let after: SortPosition | null = null;
          for (;;) {
            const page = await store.searchPostmortems(parseQuery('walrus'), filters, after, 2);
            seen.push(...page);
            if (page.length < 2) return seen;
            after = page.at(-1)!.position;
          }
        };
        const everything = await all({});
        expect(everything.map((h) => h.entry.id).sort()).toEqual(made.map((e) => e.id).sort());
        const scores = everything.map((h) => h.score);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
        expect(scores[0]).toBeGreaterThan(scores.at(-1)!);
        const even = await all({ service: 'even' });
        expect(even.map((h) => h.entry.id).sort()).toEqual(
          made
            .filter((_, i) => i % 2 === 0)
            .map((e) => e.id)
            .sort(),
        );
      }),
    );

    it(
      'lists in every order, each page after the last, every row exactly once with ties',
      withStore(async (store) => {
        const made: IndexEntry[] = [];
        const changedAt = new Map<string, number>();
        const titles = ['Zebra outage', 'alpha outage', 'Alpha outage', 'beta', 'Ärger', 'beta'];
        const severities = ['SEV1', 'SEV3', null, 'SEV1', 'SEV4'] as const;
        for (let i = 0; i < 14; i++) {
          const entry = await put(
            store,
            {
              title: titles[i % titles.length]!,
              severity: severities[i % severities.length]!,
              incidentAt: T0 + (i % 3) * DAY,
              openDue: Array.from({ length: i % 4 }, () => null),
              services: [i % 2 === 0 ? 'Even' : 'Odd'],
              sections: [section('facts', 'Summary', `walrus ${'tusk '.repeat(1 + (i % 2))}`)],
            },
            { changedAt: T0 + (i % 5) * 1000 },
          );
          made.push(entry);
          changedAt.set(entry.id, T0 + (i % 5) * 1000);
        }
        const order = comparing(changedAt);
        /** Every page of an order, 3 at a time, each after the last's position. */
        const pages = async (fetch: (after: SortPosition | null) => Promise<SortedEntry[]>) => {
          const seen: IndexEntry[] = [];
          let after: SortPosition | null = null;
          for (let guard = 0; guard < 50; guard++) {
            const page = await fetch(after);
            seen.push(...page.map((r) => r.entry));
            if (page.length < 3) return seen;
            after = page.at(-1)!.position;
          }
          throw new Error('pages never ended');
        };
        const expectOrder = (sort: SearchSort, seen: IndexEntry[], expected: IndexEntry[]) => {
          expect(seen.map((e) => e.id).sort(), sort).toEqual(expected.map((e) => e.id).sort());
          for (let i = 1; i < seen.length; i++) {
            const [a, b] = [seen[i - 1]!, seen[i]!];
            expect(order[sort](a, b), `${sort}: ${a.title} before ${b.title}`).toBeLessThanOrEqual(
              0,
            );
          }
        };
        const odd = made.filter((e) => e.services[0] === 'Odd');
        const tusks = made.filter((_, i) => i % 2 === 1);
        for (const sort of LIST_SORTS) {
          expectOrder(
            sort,
            await pages((after) => store.listPostmortems({}, after, 3, sort)),
            made,
          );
          const filtered = await pages((after) =>
            store.listPostmortems({ service: 'odd' }, after, 3, sort),
          );
          expectOrder(sort, filtered, odd);
          const searched = await pages((after) =>
            store.searchPostmortems(parseQuery('walrus'), {}, after, 3, sort),
          );
          expectOrder(sort, searched, made);
          const both = await pages((after) =>
            store.searchPostmortems(parseQuery('"tusk tusk"'), { service: 'odd' }, after, 3, sort),
          );
          expectOrder(sort, both, tusks);
          const [first] = await store.searchPostmortems(parseQuery('walrus'), {}, null, 1, sort);
          expect(first!.score).toBeGreaterThan(0);
        }
        // The orders differ from each other on these rows: a store ignoring `sort` fails.
        const firsts = new Set<string>();
        for (const sort of LIST_SORTS) {
          firsts.add(
            (await store.listPostmortems({}, null, 3, sort)).map((r) => r.entry.id).join(),
          );
        }
        expect(firsts.size).toBe(LIST_SORTS.length);
      }),
    );

    it(
      'orders by the last change to the board, which writing the entry again keeps',
      withStore(async (store) => {
        const early = await put(store, {}, { changedAt: T0 + 5 * DAY });
        const late = await put(store, {}, { changedAt: T0 + 10 * DAY });
        // Indexed without a change (a reindex, the catch-up at start): it was made on day 3.
        const unchanged = await put(store, {}, { createdAt: T0 + 3 * DAY });
        const updated = async () =>
          (await store.listPostmortems({}, null, 10, 'updated')).map((r) => r.entry.id);
        expect(await updated()).toEqual([late.id, early.id, unchanged.id]);
        // Written again much later with no change: neither that time nor the board's
        // creation becomes its last change.
        await store.putPostmortem({ ...early, title: 'Again' }, T0 + 100 * DAY);
        await store.putPostmortem(early, T0 + 100 * DAY, 0);
        expect(await updated()).toEqual([late.id, early.id, unchanged.id]);
        await store.putPostmortem(early, T0 + 100 * DAY, undefined, T0 + 11 * DAY);
        expect(await updated()).toEqual([early.id, late.id, unchanged.id]);
      }),
    );

    it(
      'replaces an entry when it is put again and forgets it when removed',
      withStore(async (store) => {
        const entry = await put(store, {
          services: ['Queue'],
          sections: [section('cards', 'Card', 'flaky consumer')],
        });
        expect(await ids(store, 'flaky')).toEqual([entry.id]);
        await store.putPostmortem({ ...entry, services: ['Billing'], sections: [] }, T0 + 1);
        expect(await ids(store, 'flaky')).toEqual([]);
        expect(await store.listPostmortems({ service: 'queue' }, null, 5)).toEqual([]);
        expect((await store.getPostmortem(entry.id))?.services).toEqual(['Billing']);
        await store.removePostmortem(entry.id);
        expect(await store.getPostmortem(entry.id)).toBeNull();
        expect(await store.listPostmortems({ service: 'billing' }, null, 5)).toEqual([]);
        expect((await store.searchIndexSize()).entries).toBe(0);
      }),
    );

    it(
      'never fails on punctuation, operators, unbalanced quotes or emoji',
      withStore(async (store) => {
        const entry = await put(store, {
          sections: [section('facts', 'Summary', 'pool NEAR exhaustion: 5xx errors (again)')],
        });
        const queries = [
          '"',
          '"""',
          '-',
          '--pool',
          '*',
          'pool*',
          '(',
          ')pool(',
          'NEAR',
          'NEAR(pool exhaustion)',
          'pool:',
          'summary:pool',
          '^pool',
          '"unbalanced pool',
          'pool OR',
          'OR',
          'AND NOT pool',
          '🔥',
          '🔥 pool 💥',
          "pool' OR 1=1 --",
          '\\',
          '%_',
          'a'.repeat(500),
        ];
        for (const q of queries) {
          await expect(store.searchPostmortems(parseQuery(q), {}, null, 5)).resolves.toBeDefined();
        }
        expect(await ids(store, 'pool NEAR exhaustion')).toEqual([entry.id]);
        expect(await ids(store, '🔥 pool 💥')).toEqual([entry.id]);
        expect(await ids(store, '5xx')).toEqual([entry.id]);
      }),
    );

    it(
      'merges the vocabulary case-insensitively and shows the form most used',
      withStore(async (store) => {
        await put(store, { services: ['PostgreSQL', 'Redis'], tags: ['Pool size'] });
        await put(store, { services: ['postgresql', 'POSTGRESQL'] });
        await put(store, { services: ['PostgreSQL'] });
        await put(store, { services: ['redis', 'Postfix'] });
        expect(await store.vocabulary('service', 'POST', 10)).toEqual(['PostgreSQL', 'Postfix']);
        // A tie between two forms shows the first in code-point order, on both engines.
        expect(await store.vocabulary('service', 'red', 10)).toEqual(['Redis']);
        expect(await store.vocabulary('tag', '', 10)).toEqual(['Pool size']);
      }),
    );

    it(
      'offers similar candidates by shared service, tag or word, never the board itself',
      withStore(async (store) => {
        const self = await put(store, { services: ['Checkout'], tags: ['Pool size'] });
        const byService = await put(store, { services: ['checkout'] });
        const byTag = await put(store, { tags: ['POOL SIZE'] });
        const byWord = await put(store, {
          sections: [section('causes', 'Root cause', 'pgbouncer limits')],
        });
        await put(store, {
          services: ['Search'],
          sections: [section('facts', 'Summary', 'unrelated')],
        });
        const found = await store.similarCandidates(
          self.id,
          { services: self.services, tags: self.tags },
          ['pgbouncer'],
          10,
        );
        expect(found.map((e) => e.id).sort()).toEqual([byService.id, byTag.id, byWord.id].sort());
      }),
    );
  });
}
