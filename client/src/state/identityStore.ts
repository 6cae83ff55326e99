/**
 * Who this browser says it is: the display name shown to others. Scope: session state of
 * this browser, remembered in localStorage so a person is asked once; it reaches other
 * people only through presence (awareness), never the document.
 */
import { DisplayNameSchema } from '@hindsight/shared';
import { createStore } from 'zustand/vanilla';
import { colorForName } from '../lib/color.ts';

const NAME_KEY = 'hindsight:name';

/** The one display-name rule (shared/src/presence.ts), for the name dialogs. */
export { DisplayNameSchema };

export interface IdentityState {
  /** The display name, or null before the person gave one. */
  readonly name: string | null;
  /** Derived from the name, so it is the same on every device. */
  readonly color: string;
}

function readName(): string | null {
  try {
    const stored = localStorage.getItem(NAME_KEY);
    const parsed = DisplayNameSchema.safeParse(stored ?? '');
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // storage disabled
  }
}

function stateFor(name: string | null): IdentityState {
  return { name, color: colorForName(name ?? '') };
}

export const identityStore = createStore<IdentityState>()(() => stateFor(readName()));

/** Sets and remembers the display name. Throws a ZodError for an invalid one. */
export function setDisplayName(name: string): void {
  const parsed = DisplayNameSchema.parse(name);
  try {
    localStorage.setItem(NAME_KEY, parsed);
  } catch {
    // storage disabled: the name lasts for this page
  }
  identityStore.setState(stateFor(parsed));
}
