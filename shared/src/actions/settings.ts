/**
 * The workspace's settings for actions, as `GET`/`PUT /api/actions/settings` carry them:
 * the due-date policy (actions/duePolicy.ts) and whether a postmortem closes by itself
 * once its last action is resolved. Only an admin changes them.
 */
import { z } from 'zod';
import { DEFAULT_DUE_POLICY, DuePolicySchema } from './duePolicy.ts';
import { DEFAULT_SEVERITIES } from '../entities/incident.ts';

export const ActionSettingsSchema = z.strictObject({
  duePolicy: DuePolicySchema,
  /** Close a postmortem when its last action is resolved, rather than offer it. */
  autoClose: z.boolean({ error: 'autoClose is true or false' }),
});
export type ActionSettings = z.infer<typeof ActionSettingsSchema>;

export const DEFAULT_ACTION_SETTINGS: ActionSettings = {
  duePolicy: DEFAULT_DUE_POLICY,
  autoClose: false,
};

/** `GET /api/actions/stats`: the on-time rate per severity (actions/onTime.ts), as of `today` (UTC). */
export const ActionStatsResponseSchema = z.object({
  today: z.iso.date(),
  rates: z.array(
    z.object({
      severity: z.enum([...DEFAULT_SEVERITIES, 'none']),
      resolvedWithDue: z.number().int().nonnegative(),
      resolvedOnTime: z.number().int().nonnegative(),
      rate: z.number().min(0).max(1).nullable(),
      overdueOpen: z.number().int().nonnegative(),
    }),
  ),
});
export type ActionStatsResponse = z.infer<typeof ActionStatsResponseSchema>;
