/**
 * The reminder worker: on each tick it plans what is due (shared/reminders/schedule.ts),
 * claims each reminder's key in the store before sending it, and tries again with
 * exponential backoff the sends whose receiver failed, until it gives up and logs them
 * failed. Every process may run it: the claim is what makes a reminder go out once.
 *
 * It works in batches and yields to the event loop between them, so that a workspace
 * with many actions does not hold up the boards this process serves.
 */
import type { FastifyBaseLogger } from 'fastify';
import {
  DEFAULT_REMINDER_SETTINGS,
  lastDueInReach,
  remindersDue,
  type PlannedReminder,
  type RemindableAction,
  type ReminderRecipient,
} from '@hindsight/shared';
import type { ClaimedSend, NewSend, ReminderStore, SendContent } from './reminderStore.ts';

/** How an attempt went: delivered, or not, and whether trying again may help. */
export type Delivery =
  { readonly ok: true } | { readonly ok: false; readonly retry: boolean; readonly detail: string };

/** Someone or somewhere a reminder can be delivered to now. */
export interface Reachable {
  readonly name: string;
  deliver(content: SendContent): Promise<Delivery>;
}

export interface Recipients {
  /** Who may be reminded: active members, existing channels; null for anyone else. */
  resolve(recipient: ReminderRecipient): Reachable | null;
  /** Whether a person muted their reminders. */
  muted(personId: string): boolean;
}

export interface WorkerOptions {
  readonly store: ReminderStore;
  /** The people and channels as they are at this tick. */
  recipients(): Promise<Recipients>;
  readonly now: () => number;
  /** The wait before the first retry, ms; each next one waits twice as long. */
  readonly retryMs: number;
  readonly log: FastifyBaseLogger;
}

/** Attempts of one send at most, the first included. */
export const MAX_ATTEMPTS = 5;
/** How long a claim is this process's alone while it sends, ms. */
export const LEASE_MS = 5 * 60_000;
/** Rows read, and sends made, between two yields to the event loop. */
const BATCH = 100;

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The wait before attempt `attempt + 1`: retryMs, then twice that, and so on. */
export const backoff = (retryMs: number, attempt: number) => retryMs * 2 ** (attempt - 1);

export interface TickSummary {
  /** Sends attempted this tick (first attempts and retries). */
  readonly attempted: number;
  /** Reminders found already claimed (sent before, or by another process). */
  readonly alreadyClaimed: number;
}

/** What came of one attempt, as logged. */
export interface AttemptEnd {
  readonly outcome: 'sent' | 'retried' | 'failed';
  readonly detail: string | null;
}

export interface ReminderWorker {
  /** One tick; ticks never overlap (a tick asked for during one waits for it). */
  tick(): Promise<TickSummary>;
  /** Sends one message now, claimed and logged as any other (an admin's test). */
  sendNow(send: Omit<ClaimedSend, 'attempt'>): Promise<AttemptEnd>;
  /**
   * Claims one message and sends it (or records it muted), unless its key was claimed
   * before, by this process or another: what makes a notice go out once.
   */
  sendOnce(send: NewSend): Promise<'sent' | 'claimed before' | 'unreachable'>;
}

export function reminderWorker(options: WorkerOptions): ReminderWorker {
  const { store, now, log } = options;
  let running: Promise<TickSummary> | null = null;

  async function attempt(send: ClaimedSend, recipients: Recipients): Promise<AttemptEnd> {
    const content = JSON.parse(send.content) as SendContent;
    const target = recipients.resolve(send.recipient);
    const delivery: Delivery = target
      ? await target
          .deliver(content)
          .catch((err: unknown): Delivery => ({ ok: false, retry: true, detail: String(err) }))
      : { ok: false, retry: false, detail: `no such ${send.recipient.kind} any more` };
    const at = now();
    const gaveUp = !delivery.ok && (!delivery.retry || send.attempt >= MAX_ATTEMPTS);
    const result = delivery.ok
      ? ({ state: 'sent' } as const)
      : gaveUp
        ? ({ state: 'failed' } as const)
        : ({ state: 'waiting', nextAt: at + backoff(options.retryMs, send.attempt) } as const);
    if (!(await store.finishSend(send.key, send.attempt, result, at))) {
      log.warn({ key: send.key }, 'a reminder’s claim was taken over while it was sent');
    }
    const outcome = delivery.ok ? 'sent' : gaveUp ? 'failed' : 'retried';
    const detail = delivery.ok ? null : delivery.detail;
    await store.appendReminderLog({
      key: send.key,
      at,
      kind: send.kind,
      recipient: send.recipient,
      recipientName: target?.name ?? '',
      outcome,
      attempt: send.attempt,
      detail,
    });
    if (outcome === 'failed') {
      log.warn(
        { key: send.key, attempts: send.attempt, detail },
        'a reminder could not be delivered',
      );
    }
    return { outcome, detail };
  }

  async function retries(recipients: Recipients): Promise<number> {
    let attempted = 0;
    for (;;) {
      const at = now();
      const taken = await store.takeRetries(at, at + LEASE_MS, BATCH);
      for (const send of taken) await attempt(send, recipients);
      attempted += taken.length;
      if (taken.length < BATCH) return attempted;
      await yieldToLoop();
    }
  }

  async function remindable(lastDue: string): Promise<RemindableAction[]> {
    const all: RemindableAction[] = [];
    let after: RemindableAction | null = null;
    for (;;) {
      const page = await store.remindableActions(lastDue, after, BATCH);
      all.push(...page);
      after = page.at(-1) ?? null;
      if (page.length < BATCH) return all;
      await yieldToLoop();
    }
  }

  /** Claims one planned reminder and sends it (or records it muted), unless claimed before. */
  function claimAndSend(planned: PlannedReminder, recipients: Recipients) {
    const content: SendContent = {
      kind: planned.kind,
      today: planned.today,
      week: planned.week,
      actions: planned.actions,
    };
    const send = {
      key: planned.key,
      kind: planned.kind,
      recipient: planned.recipient,
      content: JSON.stringify(content),
    };
    return claimAndSendOne(send, recipients);
  }

  async function claimAndSendOne(
    send: NewSend,
    recipients: Recipients,
  ): Promise<'sent' | 'claimed before' | 'unreachable'> {
    const target = recipients.resolve(send.recipient);
    if (!target) return 'unreachable';
    const at = now();
    const muted = send.recipient.kind === 'person' && recipients.muted(send.recipient.id);
    if (!(await store.claimSend(send, muted ? 'muted' : 'sending', at, at + LEASE_MS))) {
      return 'claimed before';
    }
    if (muted) {
      await store.appendReminderLog({
        key: send.key,
        kind: send.kind,
        recipient: send.recipient,
        at,
        recipientName: target.name,
        outcome: 'muted',
        attempt: 0,
        detail: null,
      });
    } else {
      await attempt({ ...send, attempt: 1 }, recipients);
    }
    return 'sent';
  }

  async function run(): Promise<TickSummary> {
    const settings = (await store.reminderSettings()) ?? DEFAULT_REMINDER_SETTINGS;
    if (!settings.enabled) return { attempted: 0, alreadyClaimed: 0 };
    const recipients = await options.recipients();
    let attempted = await retries(recipients);
    let alreadyClaimed = 0;
    const at = now();
    const channels = await store.listChannels();
    const planned = remindersDue({
      now: at,
      timeZone: settings.timeZone,
      daysBefore: settings.daysBefore,
      actions: await remindable(lastDueInReach(at, settings.timeZone, settings.daysBefore)),
      channelIds: channels.map((c) => c.id),
    });
    for (const [i, reminder] of planned.entries()) {
      const done = await claimAndSend(reminder, recipients);
      if (done === 'sent') attempted++;
      if (done === 'claimed before') alreadyClaimed++;
      if ((i + 1) % BATCH === 0) await yieldToLoop();
    }
    return { attempted, alreadyClaimed };
  }

  return {
    async tick() {
      while (running) await running.catch(() => undefined);
      running = run();
      try {
        return await running;
      } finally {
        running = null;
      }
    },
    async sendNow(send) {
      const at = now();
      if (!(await store.claimSend(send, 'sending', at, at + LEASE_MS))) {
        throw new Error(`the key ${send.key} was claimed before`);
      }
      return attempt({ ...send, attempt: 1 }, await options.recipients());
    },
    async sendOnce(send) {
      return claimAndSendOne(send, await options.recipients());
    },
  };
}
