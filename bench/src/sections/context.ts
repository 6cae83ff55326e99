/** What every scenario section is given: the plan, the started servers and where to write. */
import type { Mode } from '../client.ts';
import type { Collected } from '../collect.ts';
import type { Plan } from '../plan.ts';
import type { BenchServer } from '../servers.ts';

export interface Section {
  readonly plan: Plan;
  readonly out: Collected;
  readonly servers: readonly BenchServer[];
  readonly mode: Mode;
  /** With --heap: the folder the heap snapshots go to. */
  readonly heapDir: string | undefined;
}
