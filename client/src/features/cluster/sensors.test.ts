import { describe, expect, it } from 'vitest';
import { startsMouseDrag } from './sensors.ts';

describe('sensors', () => {
  it('leaves touch to the press-and-hold sensor, and starts mouse drags on the main button', () => {
    expect(startsMouseDrag({ pointerType: 'mouse', isPrimary: true, button: 0 })).toBe(true);
    expect(startsMouseDrag({ pointerType: 'pen', isPrimary: true, button: 0 })).toBe(true);
    expect(startsMouseDrag({ pointerType: 'touch', isPrimary: true, button: 0 })).toBe(false);
    expect(startsMouseDrag({ pointerType: 'mouse', isPrimary: true, button: 2 })).toBe(false);
  });
});
