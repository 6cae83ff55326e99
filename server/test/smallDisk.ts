/**
 * A small filesystem the test makes itself: a tmpfs of a few MiB mounted on a fresh
 * directory (root only). A test that cannot mount one says so and makes the store fail
 * its writes instead (STORE_FAULT_FILE).
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freeBytes } from '../src/storage/storageHealth.ts';

export interface SmallDisk {
  readonly path: string;
  /** Writes a filler file until at most `leaveBytes` are free (0: until the disk is full). */
  fill(leaveBytes: number): Promise<void>;
  /** Removes the filler. */
  unfill(): void;
  /** Mounts it again with a new size, keeping its files. */
  resize(mib: number): void;
  free(): Promise<number>;
  remove(): void;
}

const CHUNK = 64 * 1024;

/** A tmpfs of `mib` MiB, or null when this process may not mount one (not root). */
export function mountSmallDisk(mib: number): SmallDisk | null {
  const path = mkdtempSync(join(tmpdir(), 'hindsight-small-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${mib}m`, 'tmpfs', path], { stdio: 'pipe' });
  } catch {
    rmSync(path, { recursive: true, force: true });
    return null;
  }
  const filler = join(path, 'filler');
  return {
    path,
    async fill(leaveBytes) {
      const fd = openSync(filler, 'a');
      try {
        for (;;) {
          const room = (await freeBytes(path)) - leaveBytes;
          if (room <= 0) return;
          try {
            writeSync(fd, Buffer.alloc(Math.min(CHUNK, room)));
          } catch {
            return; // ENOSPC: full
          }
        }
      } finally {
        closeSync(fd);
      }
    },
    unfill: () => rmSync(filler, { force: true }),
    resize(size) {
      execFileSync('mount', ['-o', `remount,size=${size}m`, path], { stdio: 'pipe' });
    },
    free: () => freeBytes(path),
    remove() {
      execFileSync('umount', ['-l', path], { stdio: 'pipe' });
      rmSync(path, { recursive: true, force: true });
    },
  };
}
