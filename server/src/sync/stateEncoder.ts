/**
 * Encodes large docs' whole states (sync/docState.ts) in a worker thread, shared by every
 * room of the server (threads/threadPool.ts).
 */
import type { Piscina } from 'piscina';
import { threadPool } from '../threads/threadPool.ts';
import type { EncodedState, StateEncoder } from './docState.ts';

export interface StateEncoderPool {
  readonly encode: StateEncoder;
  /** Ends the worker thread; encodes still running finish first. */
  close(): Promise<void>;
}

export function stateEncoderPool(): StateEncoderPool {
  let pool: Piscina<readonly Uint8Array[], EncodedState> | undefined;
  return {
    encode(updates) {
      pool ??= threadPool(new URL('./stateWorker.ts', import.meta.url));
      return pool.run(updates);
    },
    async close() {
      await pool?.close();
      pool = undefined;
    },
  };
}
