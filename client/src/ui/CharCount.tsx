import { charsLeft } from '../lib/charsLeft.ts';

/** Characters left near a limit; silent while there is plenty of room. */
export function CharCount({ text, max, id }: { text: string; max: number; id?: string }) {
  const { text: message, over } = charsLeft(text, max);
  return (
    <span id={id} className={`char-count${over ? ' char-count--over' : ''}`} aria-live="polite">
      {message}
    </span>
  );
}
