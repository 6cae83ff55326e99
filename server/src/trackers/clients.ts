/** Each tracker's client, by kind. */
import type { TrackerKind } from '@hindsight/shared';
import type { TrackerClient } from './client.ts';
import { github } from './github.ts';

export const TRACKER_CLIENTS: Partial<Record<TrackerKind, TrackerClient>> = { github };
