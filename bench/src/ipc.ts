/** Messages between the bench and a server child process (Node IPC). */

export const SERVER_KINDS = ['ours', 'floor', 'reference'] as const;
export type ServerKind = (typeof SERVER_KINDS)[number];
/** What a server child process may run: the three above, or Hocuspocus (the cluster section). */
export type ProcessKind = ServerKind | 'hocuspocus';

/**
 * `board` creates a board in ours (the REST route is rate-limited per address);
 * `snapshot` collects garbage and writes a V8 heap snapshot to `path`.
 */
export type Request = {
  readonly id: number;
  readonly op: 'usage' | 'gc' | 'stop' | 'board' | 'snapshot';
  readonly path?: string;
};

/** A board of ours: its id and a participant token. */
export interface Board {
  readonly id: string;
  readonly token: string;
}

/** What a child reports about itself. CPU in µs since it started; memory in bytes. */
export interface Usage {
  readonly cpuUser: number;
  readonly cpuSystem: number;
  readonly rss: number;
  readonly heapUsed: number;
  readonly external: number;
  /** Rooms (docs) the server holds in memory. */
  readonly rooms: number;
}

export type Reply =
  | { readonly type: 'ready'; readonly port: number }
  | { readonly type: 'reply'; readonly id: number; readonly usage: Usage; readonly board?: Board };
