/**
 * The one passing message at the bottom of the screen ("Card deleted · Undo").
 * Scope: session, this tab.
 */
import { createStore } from 'zustand/vanilla';

export interface Toast {
  /** Changes with every toast, so a newer one restarts the timer. */
  readonly id: number;
  readonly message: string;
  readonly action?: { readonly label: string; readonly run: () => void };
}

export const toastStore = createStore<{ toast: Toast | null }>()(() => ({ toast: null }));

let nextId = 1;

export function showToast(toast: Omit<Toast, 'id'>): void {
  toastStore.setState({ toast: { ...toast, id: nextId++ } });
}

export function dismissToast(id: number): void {
  if (toastStore.getState().toast?.id === id) toastStore.setState({ toast: null });
}
