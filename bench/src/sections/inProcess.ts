/** The scenarios that run the server's code in this process: restore, history, reveal. */
import { format } from '../report.ts';
import { ratio } from '../stats.ts';
import { progress } from '../drive.ts';
import { runRestore, runSessionHistory } from '../scenarios/history.ts';
import { runReveal } from '../scenarios/reveal.ts';
import type { Section } from './context.ts';

export async function restore({ plan, out }: Section): Promise<void> {
  const { boardBytes, runs } = plan.restore;
  progress(`restore of a ${format(boardBytes, 'bytes')} board x ${runs}`);
  const r = await runRestore(boardBytes, runs);
  out.results.restore = r;
  const sorted = [...r.runsMs].sort((a, b) => a - b);
  const at = `restore of a ${format(r.boardBytes, 'bytes')} board (version ${format(r.versionBytes, 'bytes')})`;
  const median = out.add(`${at}: median`, 'ms', { ours: sorted[Math.floor(sorted.length / 2)]! });
  out.add(`${at}: slowest of ${runs}`, 'ms', { ours: sorted.at(-1)! });
  out.add(`${at}: the change it makes`, 'bytes', { ours: r.changeBytes });
  out.summary.push(`restore 1 MB ${format(median.values.ours, 'ms')}`);
}

export function history({ out }: Section): void {
  progress('history of a 90-minute session');
  const h = runSessionHistory();
  out.results.history = h;
  const at = '90-minute session, 8 people';
  out.add(`${at}: versions taken`, 'count', { ours: h.taken });
  const kept = out.add(`${at}: versions kept`, 'count', { ours: h.kept });
  const bytes = out.add(`${at}: bytes kept`, 'bytes', { ours: h.keptBytes });
  out.add(`${at}: largest version`, 'bytes', { ours: h.largestBytes });
  out.add(`${at}: board doc at the end`, 'bytes', { ours: h.boardBytes });
  for (const { days, kept: n, bytes: b } of h.later) {
    out.add(`${at}: versions kept ${days} days later`, 'count', { ours: n });
    out.add(`${at}: bytes kept ${days} days later`, 'bytes', { ours: b });
  }
  out.notes.push(`versions kept by reason: ${JSON.stringify(h.byReason)}`);
  out.summary.push(
    `session history ${kept.values.ours} versions, ${format(bytes.values.ours, 'bytes')}`,
  );
}

export function reveal({ plan, out }: Section): void {
  const { members, runs } = plan.reveal;
  progress(`reveal projection after one change, ${members.join(' and ')} members x ${runs}`);
  const byMembers = members.map((n) => runReveal(n, runs));
  out.results.reveal = byMembers;
  for (const r of byMembers) {
    const at = `reveal mirror after one change, ${r.members} members`;
    out.add(`${at}: reading the changed doc`, 'ms', { ours: r.incrementalMs });
    out.add(`${at}: reading every doc (before)`, 'ms', { ours: r.fullMs });
  }
  const [small, large] = [byMembers[0]!, byMembers.at(-1)!];
  out.notes.push(
    `reveal mirror ${large.members} / ${small.members} members: ${ratio(large.incrementalMs, small.incrementalMs).toFixed(1)}x reading the changed doc, ${ratio(large.fullMs, small.fullMs).toFixed(1)}x reading every doc`,
  );
  out.summary.push(`reveal mirror ${large.members} members ${format(large.incrementalMs, 'ms')}`);
}
