import { useStore } from 'zustand';
import { chimeSetting } from './chimeSetting.ts';

/** True when this browser plays a chime at time-up. */
export function useChimeEnabled(): boolean {
  return useStore(chimeSetting, (s) => s.enabled);
}
