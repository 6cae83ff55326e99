/**
 * Fan-out in one room: one writer edits a card, every other client receives each edit.
 * A room is opened once per server and then driven in rounds, alternating between the
 * servers, so that whatever else the machine does falls on all of them alike.
 *
 * Latency runs at a fixed rate (an edit every 1/rate s). Throughput keeps a window of
 * edits in flight (an edit leaves it once every client has it).
 */
import * as Y from 'yjs';
import { CardEditor } from '../boardDoc.ts';
import { SimClient, type Mode } from '../client.ts';
import { cpuMs, type Room, type RoomServer } from '../servers.ts';
import { mapLimit, sleep, summarize, waitFor, type Summary } from '../stats.ts';

export type Pace =
  | { readonly kind: 'rate'; readonly perSecond: number; readonly updates: number }
  | { readonly kind: 'window'; readonly inFlight: number; readonly seconds: number };

export interface FanoutResult {
  readonly clients: number;
  /** Per delivery: from the writer's send to one client's receipt, ms. */
  readonly latency: Summary;
  readonly updates: number;
  readonly deliveries: number;
  /** Deliveries expected but not seen before the deadline. */
  readonly lost: number;
  readonly deliveriesPerSecond: number;
  /** Server CPU time per delivery, µs. */
  readonly cpuPerDeliveryUs: number;
  /** Server and bench CPU over the runs, % of one core: near 100 is the limit. */
  readonly serverCpuPercent: number;
  readonly benchCpuPercent: number;
}

const CONNECT_CONCURRENCY = 50;
const DRAIN_TIMEOUT_MS = 15_000;
/** A hard stop for any one run, whatever the pace. */
const RUN_TIMEOUT_MS = 120_000;

/** One room with its clients connected, driven run after run. */
export class FanoutRoom {
  // Edit k is known to a receiver once the writer's clock in what it got reaches sentEnd[k].
  private readonly sentEnd: number[] = [];
  private readonly sentAt: number[] = [];
  private readonly arrivals: number[] = [];
  private readonly samples: number[] = [];
  private complete = 0;
  private onComplete: () => void = () => undefined;
  private wallMs = 0;
  private serverCpuMs = 0;
  private benchCpuMs = 0;
  private others: SimClient[] = [];

  private constructor(
    private readonly server: RoomServer,
    readonly clients: number,
    private readonly writer: SimClient,
    private readonly editor: CardEditor,
  ) {}

  static async open(server: RoomServer, clients: number, mode: Mode): Promise<FanoutRoom> {
    const address = await server.newRoom();
    const writer = new SimClient(address, { mode: 'decode' });
    const editor = new CardEditor((update) => writer.sendUpdate(update));
    await writer.synced;
    // As a step 2, which the floor keeps for the clients that join next.
    const state = editor.state();
    writer.sendState(state);
    await writer.roundTrip(Y.encodeStateVectorFromUpdate(state));
    const room = new FanoutRoom(server, clients, writer, editor);
    room.others = await mapLimit(Array.from({ length: clients - 1 }), CONNECT_CONCURRENCY, () =>
      room.receiver(address, mode),
    );
    await sleep(200);
    return room;
  }

  private async receiver(address: Room, mode: Mode): Promise<SimClient> {
    let cursor = this.sentEnd.length;
    const receivers = this.clients - 1;
    const client = new SimClient(address, {
      mode,
      onUpdate: (clockOf, at) => {
        const clock = clockOf(this.editor.clientId);
        while (cursor < this.sentEnd.length && this.sentEnd[cursor]! <= clock) {
          this.samples.push(at - this.sentAt[cursor]!);
          this.arrivals[cursor] = this.arrivals[cursor]! + 1;
          if (this.arrivals[cursor] === receivers) {
            this.complete += 1;
            this.onComplete();
          }
          cursor += 1;
        }
      },
    });
    await client.synced;
    return client;
  }

  private send(): void {
    this.sentAt.push(performance.now());
    this.arrivals.push(0);
    this.editor.edit();
    this.sentEnd.push(this.editor.clock());
  }

  /** One run at the given pace; its samples add to the earlier runs'. */
  async run(pace: Pace): Promise<void> {
    const before = await this.server.usage();
    const benchBefore = process.cpuUsage();
    const start = performance.now();
    const hardStop = start + RUN_TIMEOUT_MS;
    if (pace.kind === 'rate') {
      const interval = 1000 / pace.perSecond;
      for (let i = 0; i < pace.updates && performance.now() < hardStop; i++) {
        this.send();
        await sleep(Math.max(0, start + (i + 1) * interval - performance.now()));
      }
    } else {
      const until = start + pace.seconds * 1000;
      const pump = () => {
        while (this.sentAt.length - this.complete < pace.inFlight && performance.now() < until) {
          this.send();
        }
      };
      this.onComplete = pump;
      pump();
      await waitFor(() => performance.now() >= until, pace.seconds * 1000 + 1000, 20);
      this.onComplete = () => undefined;
    }
    await waitFor(() => this.complete === this.sentAt.length, DRAIN_TIMEOUT_MS);
    this.wallMs += performance.now() - start;
    const bench = process.cpuUsage(benchBefore);
    this.benchCpuMs += (bench.user + bench.system) / 1000;
    this.serverCpuMs += cpuMs(before, await this.server.usage());
  }

  result(): FanoutResult {
    const deliveries = this.samples.length;
    return {
      clients: this.clients,
      latency: summarize(this.samples),
      updates: this.sentAt.length,
      deliveries,
      lost: this.sentAt.length * (this.clients - 1) - deliveries,
      deliveriesPerSecond: (deliveries / this.wallMs) * 1000,
      cpuPerDeliveryUs: (this.serverCpuMs * 1000) / Math.max(1, deliveries),
      serverCpuPercent: (this.serverCpuMs / this.wallMs) * 100,
      benchCpuPercent: (this.benchCpuMs / this.wallMs) * 100,
    };
  }

  async close(): Promise<void> {
    await mapLimit([this.writer, ...this.others], CONNECT_CONCURRENCY * 4, (c) => c.close());
    this.editor.doc.destroy();
  }
}
