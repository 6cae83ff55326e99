import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { loadKey, parseKey, secretBox } from './secretBox.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the secret box of trackers’ tokens', () => {
  it('seals so that the text is not in the sealed value and opens only under its key', () => {
    const box = secretBox(randomBytes(32));
    const sealed = box.seal('ghp_16C7e42F292c6912E7710c838347Ae178B4a');
    expect(sealed).not.toContain('ghp_');
    expect(box.seal('same')).not.toBe(box.seal('same'));
    expect(box.open(sealed)).toBe('ghp_16C7e42F292c6912E7710c838347Ae178B4a');
    expect(secretBox(randomBytes(32)).open(sealed)).toBeNull();
    expect(box.open(`${sealed.slice(0, -2)}AA`)).toBeNull();
  });

  it('takes the configured key, else makes one in DATA_DIR readable by its owner only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hindsight-key-'));
    dirs.push(dir);
    const made = loadKey(undefined, dir);
    expect(loadKey(undefined, dir).equals(made)).toBe(true);
    expect(statSync(join(dir, 'tracker-secret.key')).mode & 0o777).toBe(0o600);
    expect(parseKey(readFileSync(join(dir, 'tracker-secret.key'), 'utf8'))?.equals(made)).toBe(
      true,
    );
    const configured = randomBytes(32);
    expect(loadKey(configured.toString('hex'), dir).equals(configured)).toBe(true);
    expect(() => loadKey('too short', dir)).toThrow(/32 bytes/);
  });
});
