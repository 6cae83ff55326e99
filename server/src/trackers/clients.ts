/** Each tracker's client, by kind. */
import type { TrackerKind } from '@hindsight/shared';
import type { TrackerClient } from './client.ts';
import { github } from './github.ts';
import { jira } from './jira.ts';
import { linear } from './linear.ts';

export const TRACKER_CLIENTS: Record<TrackerKind, TrackerClient> = { github, jira, linear };
