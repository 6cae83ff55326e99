import { describe, expect, it } from 'vitest';
import { colorForName, PRESENCE_COLORS } from './color.ts';

describe('colorForName', () => {
  it('gives the same colour for the same name, whatever the case and spacing', () => {
    expect(colorForName('Ada Lovelace')).toBe(colorForName('  ada lovelace '));
  });

  it('always picks from the palette', () => {
    for (const name of ['', 'a', 'Grace', 'Linus', 'Margaret Hamilton', '李雷']) {
      expect(PRESENCE_COLORS).toContain(colorForName(name));
    }
  });

  it('spreads names over several colours', () => {
    const names = ['Ada', 'Grace', 'Linus', 'Ken', 'Barbara', 'Edsger', 'Donald', 'Frances'];
    expect(new Set(names.map(colorForName)).size).toBeGreaterThan(3);
  });
});
