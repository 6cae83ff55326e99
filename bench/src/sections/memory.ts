/** Memory: resident rooms of a large board, then many small rooms, on every server. */
import { join } from 'node:path';
import { pick } from '../collect.ts';
import { each, progress } from '../drive.ts';
import { formatGrowth, heapGrowth } from '../heapGrowth.ts';
import { format } from '../report.ts';
import { runManyRooms, runResidentRooms } from '../scenarios/memory.ts';
import type { Section } from './context.ts';

export async function memory({ plan, out, servers, heapDir }: Section): Promise<void> {
  const { rooms, boardBytes } = plan.resident;
  progress('memory');
  const res = await each(servers, 'resident rooms', (s) => runResidentRooms(s, rooms, boardBytes));
  const many = await each(servers, 'many rooms', async (s) => {
    const snapshots = heapDir
      ? {
          before: join(heapDir, `${s.kind}-before.heapsnapshot`),
          after: join(heapDir, `${s.kind}-after.heapsnapshot`),
        }
      : undefined;
    const result = await runManyRooms(s, plan.many.rooms, plan.many.clients, snapshots);
    if (snapshots) {
      out.heapReport.push(`${s.kind}, heap growth per room:`);
      out.heapReport.push(
        ...formatGrowth(heapGrowth(snapshots.before, snapshots.after), plan.many.rooms),
      );
    }
    return result;
  });
  out.results.resident = res;
  out.results.many = many;
  const at = `${rooms} resident rooms of ${format(boardBytes, 'bytes')} encoded`;
  out.add(
    `${at}: heap per room`,
    'bytes',
    pick(res, (x) => x.heapPerRoom),
  );
  out.add(
    `${at}: heap per room / encoded size`,
    'x',
    pick(res, (x) => x.heapPerRoom / x.boardBytes),
  );
  const held = `${at}: heap per room still held after all left`;
  out.add(
    held,
    'bytes',
    pick(res, (x) => x.retainedPerRoom),
  );
  out.add(
    `${at}: rooms still resident after all left`,
    'count',
    pick(res, (x) => x.roomsLeft),
  );
  const m = `${plan.many.rooms} rooms x ${plan.many.clients} clients`;
  out.add(
    `${m}: RSS`,
    'bytes',
    pick(many, (x) => x.rssBytes),
  );
  out.add(
    `${m}: heap per room`,
    'bytes',
    pick(many, (x) => x.heapPerRoom),
  );
  const ours = res.ours;
  if (ours) {
    const released = ours.roomsLeft === 0 && ours.retainedPerRoom < ours.heapPerRoom / 10;
    out.summary.push(`unloaded rooms released: ${released ? 'yes' : 'NO'}`);
  }
}
