import { describe, expect, it } from 'vitest';
import { nameInPresence } from './attendance.ts';

describe('nameInPresence', () => {
  it('reads the display name a client publishes', () => {
    expect(nameInPresence(JSON.stringify({ user: { name: '  Dana  ', color: '#123' } }))).toBe(
      'Dana',
    );
  });

  it('ignores leaving clients, missing, empty, overlong and non-text names, and bad JSON', () => {
    for (const state of [
      'null',
      '{}',
      JSON.stringify({ user: { name: '' } }),
      JSON.stringify({ user: { name: 'x'.repeat(61) } }),
      JSON.stringify({ user: { name: 42 } }),
      '{not json',
    ]) {
      expect(nameInPresence(state)).toBeNull();
    }
  });
});
