import { templateById, type Template } from '@hindsight/shared';
import { useBoard } from './useBoard.ts';

/** The template the board's columns come from. */
export function useTemplate(): Template {
  return templateById(useBoard((s) => s.meta?.template ?? s.fallback.template));
}
