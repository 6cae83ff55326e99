/**
 * One end-to-end run at a time per machine. The stories drive several Chromium contexts
 * each; two runs side by side on a small machine starve each other's browsers and turn
 * waits into timeouts. The lock is held by a `flock` child for as long as this run lives:
 * it ends when the run ends or dies (its stdin closes), so a crashed run never leaves it
 * behind. `E2E_MACHINE_LOCK=0` turns it off; without `flock` (not Linux) it is skipped.
 */
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LOCK_FILE = join(tmpdir(), 'hindsight-e2e.lock');

export default async function machineLock(): Promise<(() => void) | undefined> {
  if (process.env.E2E_MACHINE_LOCK === '0') return undefined;
  const holder = spawn('flock', ['--exclusive', LOCK_FILE, '-c', 'echo locked; exec cat'], {
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  const got = await new Promise<boolean>((resolve) => {
    let announced = false;
    const waiting = setTimeout(() => {
      announced = true;
      console.log(`Waiting for another end-to-end run on this machine to finish (${LOCK_FILE})…`);
    }, 1000);
    holder.stdout.once('data', () => {
      clearTimeout(waiting);
      if (announced) console.log('…the other run finished; starting.');
      resolve(true);
    });
    holder.once('error', () => {
      clearTimeout(waiting);
      resolve(false);
    });
    holder.once('exit', () => {
      clearTimeout(waiting);
      resolve(false);
    });
  });
  if (!got) return undefined;
  return () => {
    holder.stdin.end();
  };
}
