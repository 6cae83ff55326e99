import { useStore } from 'zustand';
import { identityStore, type IdentityState } from './identityStore.ts';

/** This browser's display name and colour. */
export function useIdentity(): IdentityState {
  return useStore(identityStore);
}
