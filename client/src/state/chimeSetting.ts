/**
 * Whether a short chime plays when the phase timer reaches zero. Off by default. Scope:
 * this browser, remembered in localStorage; never shared.
 */
import { createStore } from 'zustand/vanilla';

const KEY = 'hindsight:chime';

function read(): boolean {
  try {
    return localStorage.getItem(KEY) === 'on';
  } catch {
    return false;
  }
}

export const chimeSetting = createStore<{ enabled: boolean }>()(() => ({
  enabled: typeof localStorage === 'undefined' ? false : read(),
}));

export function setChimeEnabled(enabled: boolean): void {
  try {
    if (enabled) localStorage.setItem(KEY, 'on');
    else localStorage.removeItem(KEY);
  } catch {
    // storage disabled: the setting lasts for this page
  }
  chimeSetting.setState({ enabled });
}
