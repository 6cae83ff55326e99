import { useEffect, useState } from 'react';

interface Props {
  readonly text: string;
  /** Accessible name, e.g. "Copy participant link". */
  readonly label: string;
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false; // insecure context or denied: the link is still selectable in its field
  }
}

/** Copies a text and says so for two seconds. */
export function CopyButton({ text, label }: Props) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);

  const shown = state === 'copied' ? 'Copied' : state === 'failed' ? 'Select and copy' : 'Copy';
  return (
    <button
      type="button"
      className="button button--small"
      // The visible word leads the name, so speech input and screen readers agree.
      aria-label={state === 'idle' ? label : `${shown}: ${label}`}
      onClick={() => void copy(text).then((ok) => setState(ok ? 'copied' : 'failed'))}
    >
      {shown}
    </button>
  );
}
