import { useStore } from 'zustand';
import { toastStore, type Toast } from './toastStore.ts';

/** The toast on screen, if any. */
export function useToast(): Toast | null {
  return useStore(toastStore, (s) => s.toast);
}
