/** Persistence on each store (ours only): appends and the reload of a long update log. */
import { progress } from '../drive.ts';
import { format } from '../report.ts';
import { runPersistence, type PersistenceResult } from '../scenarios/persistence.ts';
import { openBenchStore, STORE_KINDS } from '../stores.ts';
import type { Section } from './context.ts';

export async function persistence({ plan, out }: Section): Promise<void> {
  const byStore: PersistenceResult[] = [];
  for (const kind of STORE_KINDS) {
    progress(`persistence on ${kind} (ours only)`);
    const opened = await openBenchStore(kind);
    try {
      byStore.push(await runPersistence(opened.store, plan.persistence));
    } finally {
      await opened.remove();
    }
  }
  const [sqlite, postgres] = byStore as [PersistenceResult, PersistenceResult];
  out.results.persistence = { sqlite, postgres };
  const pair = (get: (r: PersistenceResult) => number) => [get(sqlite), get(postgres)] as const;
  out.storeRows.push(
    {
      label: 'store appends (one transaction each)',
      unit: 'per-s',
      values: pair((r) => r.storeAppendsPerSecond),
    },
    {
      label: 'appends through a room (one update per turn)',
      unit: 'per-s',
      values: pair((r) => r.roomAppendsPerSecond),
    },
    {
      label: `reload of a board with ${sqlite.reloadUpdates} logged updates`,
      unit: 'ms',
      values: pair((r) => r.reloadMs),
    },
  );
  out.summary.push(
    `appends ${format(sqlite.storeAppendsPerSecond, 'per-s')} SQLite, ${format(postgres.storeAppendsPerSecond, 'per-s')} Postgres`,
    `reload ${format(sqlite.reloadMs, 'ms')} SQLite, ${format(postgres.reloadMs, 'ms')} Postgres`,
  );
}
