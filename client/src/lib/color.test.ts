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

/** WCAG relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

describe('PRESENCE_COLORS', () => {
  it('each holds white initials at 4.5:1 or more (WCAG AA for 12 px text)', () => {
    for (const color of PRESENCE_COLORS) {
      expect((1 + 0.05) / (luminance(color) + 0.05), color).toBeGreaterThanOrEqual(4.5);
    }
  });
});
