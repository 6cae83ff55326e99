/**
 * Issue trackers (routes/trackers.ts for the API): the secret box their tokens are sealed
 * with, and the poll that keeps actions in step when a webhook never came. The poll runs
 * on a ticker, every `TRACKER_POLL_SECONDS` by default; tests pass their own and tick it.
 */
import fp from 'fastify-plugin';
import { pollOnce } from './poll.ts';
import { loadKey, secretBox, type SecretBox } from './secretBox.ts';

declare module 'fastify' {
  interface FastifyInstance {
    trackers: {
      readonly box: SecretBox;
      /** One poll round now; answers how many actions changed. */
      poll(): Promise<number>;
    };
  }
}

/** Runs `tick` now and then; answers how to stop. */
export type Ticker = (tick: () => void) => () => void;

export interface TrackersPluginOptions {
  readonly dataDir: string;
  readonly secretKey?: string | undefined;
  /** Seconds between polls; 0 turns the poll off. */
  readonly pollSeconds: number;
  /** The poll's clock; a `setInterval` of `pollSeconds` unless given. */
  readonly ticker?: Ticker | undefined;
}

export default fp<TrackersPluginOptions>(
  async (app, { dataDir, secretKey, pollSeconds, ticker }) => {
    const box = secretBox(loadKey(secretKey, dataDir));
    /** One round at a time: a slow tracker does not pile rounds up. */
    let running: Promise<number> | null = null;
    const poll = () => {
      running ??= pollOnce(app, box).finally(() => {
        running = null;
      });
      return running;
    };
    app.decorate('trackers', { box, poll });

    const every: Ticker | null =
      ticker ??
      (pollSeconds > 0
        ? (tick) => {
            const timer = setInterval(tick, pollSeconds * 1000);
            timer.unref();
            return () => clearInterval(timer);
          }
        : null);
    let stop: (() => void) | null = null;
    app.addHook('onReady', async () => {
      stop =
        every?.(() => {
          poll().catch((err: unknown) => app.log.warn({ err: String(err) }, 'tracker poll failed'));
        }) ?? null;
    });
    app.addHook('preClose', async () => {
      stop?.();
      await running;
    });
  },
  { name: 'trackers', dependencies: ['store', 'rooms', 'searchIndexer'] },
);
