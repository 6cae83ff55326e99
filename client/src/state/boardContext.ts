/** The context that hands an open board's store and commands to its components. */
import { createContext } from 'react';
import type { BoardCommands } from './boardCommands.ts';
import type { BoardStore } from './boardStore.ts';

export interface BoardSession {
  readonly store: BoardStore;
  readonly commands: BoardCommands;
}

export const BoardContext = createContext<BoardSession | null>(null);
