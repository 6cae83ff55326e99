/**
 * The stall meter in a process of its own (`stallWorker.ts <url>`, forked with IPC): its
 * loop does not share the event loop of the bench's attacking clients, so what they do
 * on this side does not count as the server's stall. Stops and sends its report when
 * the parent sends any message.
 */
import { startStallMeter } from '../../server/test/stallMeter.ts';

const meter = startStallMeter(process.argv[2]!);
process.once('message', () => {
  void meter.stop().then((report) => process.send!(report, () => process.exit(0)));
});
process.send!('started');
