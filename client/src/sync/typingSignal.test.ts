import { describe, expect, it, vi } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { createTypingSignal, publishTyping, readTypingClients } from './typingSignal.ts';

describe('typing signal', () => {
  it('says "writing" once for many keystrokes, and clears itself after the idle time', () => {
    vi.useFakeTimers();
    try {
      const published: boolean[] = [];
      const signal = createTypingSignal((t) => published.push(t), 4000);
      signal.activity();
      vi.advanceTimersByTime(3000);
      signal.activity();
      signal.activity();
      vi.advanceTimersByTime(3999);
      expect(published).toEqual([true]);
      vi.advanceTimersByTime(1);
      expect(published).toEqual([true, false]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops at once, and only says so when it was writing', () => {
    const published: boolean[] = [];
    const signal = createTypingSignal((t) => published.push(t), 4000);
    signal.stop();
    signal.activity();
    signal.stop();
    signal.stop();
    expect(published).toEqual([true, false]);
  });

  it('publishes the presence field only when it changes, and reads only a literal true', () => {
    const awareness = new Awareness(new Y.Doc());
    let updates = 0;
    awareness.on('update', () => updates++);
    publishTyping(awareness, true);
    publishTyping(awareness, true);
    expect(updates).toBe(1);
    awareness.states.set(7, { typing: 'yes' });
    awareness.states.set(8, { typing: true });
    expect(readTypingClients(awareness)).toEqual([awareness.clientID, 8].sort((a, b) => a - b));
    publishTyping(awareness, false);
    expect(readTypingClients(awareness)).toEqual([8]);
    awareness.destroy();
  });
});
