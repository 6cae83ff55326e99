/**
 * Wraps a store so that every write reports how it went: the storage health hears of a
 * failure whatever wrote (a room's append, a compaction, a new board, a version), and of
 * the next write that succeeds. Reads pass through untouched.
 *
 * It is also where a test may make writes fail on purpose (`failWrites`): the failure
 * then takes the same path as a full disk's, through every caller of the real store.
 */
import { StaleLeaseError } from '../cluster/leases.ts';
import type { Store } from './store.ts';
import type { VersionStore } from './versionStore.ts';

/** The store's methods that write. */
export const WRITE_METHODS = [
  'createBoard',
  'setToken',
  'appendUpdates',
  'writeSnapshot',
  'lockAnonymity',
  'recordAttendee',
  'registerMember',
  'removeMember',
  'nameMember',
  'setBoardPhase',
  'putPostmortem',
  'removePostmortem',
  'probeWrite',
  'addVersion',
  'deleteVersions',
] as const satisfies readonly (keyof (Store & VersionStore))[];

const WRITES: ReadonlySet<string | symbol> = new Set(WRITE_METHODS);

export type WriteMethod = (typeof WRITE_METHODS)[number];

export interface WriteObserver {
  wrote(method: WriteMethod): void;
  failed(err: unknown, method: WriteMethod): void;
}

/** What an injected failure looks like: the error SQLite gives on a full disk. */
export function injectedFullDisk(): Error {
  return Object.assign(new Error('database or disk is full (injected for a test)'), {
    code: 'SQLITE_FULL',
  });
}

export function watchWrites<S extends Store & VersionStore>(
  store: S,
  observer: WriteObserver,
  failWrites: () => boolean = () => false,
): S {
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (!WRITES.has(prop) || typeof value !== 'function') return value;
      const method = prop as WriteMethod;
      return async (...args: unknown[]) => {
        try {
          if (failWrites()) throw injectedFullDisk();
          const result: unknown = await value.apply(target, args);
          observer.wrote(method);
          return result;
        } catch (err) {
          // A refused stale write is another process's ownership, not a storage failure.
          if (!(err instanceof StaleLeaseError)) observer.failed(err, method);
          throw err;
        }
      };
    },
  });
}
