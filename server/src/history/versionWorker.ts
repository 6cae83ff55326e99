/**
 * Runs in a worker thread of history/versionBuilder.ts: builds one version from a board
 * doc's state, off the event loop.
 */
import { buildVersion, type BuiltVersion } from './versionContent.ts';

export interface VersionTask {
  readonly state: Uint8Array;
  readonly skip: readonly string[];
}

export default function build({ state, skip }: VersionTask): BuiltVersion {
  return buildVersion(state, skip);
}
