/**
 * A short, soft two-note chime made with WebAudio (no sound file to ship). Browsers only
 * let a page play sound after a gesture, so turning the chime on also unlocks audio.
 */
let context: AudioContext | null = null;

function audio(): AudioContext | null {
  if (typeof AudioContext === 'undefined') return null;
  context ??= new AudioContext();
  if (context.state === 'suspended') void context.resume();
  return context;
}

/** Call from a click: makes later chimes allowed. */
export function unlockAudio(): void {
  audio();
}

export function playChime(): void {
  const ctx = audio();
  if (!ctx) return;
  const start = ctx.currentTime + 0.02;
  const notes: [frequency: number, delay: number][] = [
    [659.25, 0], // E5
    [987.77, 0.16], // B5
  ];
  for (const [frequency, delay] of notes) {
    const oscillator = ctx.createOscillator();
    const gain = ctx.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    const at = start + delay;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.16, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 1.1);
    oscillator.connect(gain).connect(ctx.destination);
    oscillator.start(at);
    oscillator.stop(at + 1.2);
  }
}
