/**
 * REST writes that would add to the store (a new board, a restore) are refused with 507
 * Insufficient Storage while the store cannot take writes (storage/storageHealth.ts), so
 * nothing is half-made and nothing is shown that could not be stored.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ApiError } from '@hindsight/shared';
import { sendError } from './apiError.ts';

export const NO_STORAGE: ApiError = {
  error: 'insufficient_storage',
  message:
    'The server cannot store changes right now (its disk is nearly full or its database cannot write); nothing was changed. Tell whoever runs Hindsight.',
};

export function sendNoStorage(reply: FastifyReply): FastifyReply {
  return sendError(reply, 507, NO_STORAGE);
}

/**
 * Reads free space now (a write is refused before the disk fills, not at the next tick)
 * and answers 507 when the store cannot take writes; true when it answered.
 */
export async function refusedForStorage(
  app: FastifyInstance,
  reply: FastifyReply,
): Promise<boolean> {
  await app.storageHealth.checkDisk();
  if (app.storageHealth.writable) return false;
  sendNoStorage(reply);
  return true;
}
