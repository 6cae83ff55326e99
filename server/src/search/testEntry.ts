/** An index entry with nothing in it but what a test patches in. Tests only. */
import type { IndexEntry } from './entry.ts';

export const testEntry = (id: string, patch: Partial<IndexEntry> = {}): IndexEntry => ({
  id,
  title: 'Untitled',
  severity: null,
  status: 'draft',
  incidentAt: 0,
  services: [],
  tags: [],
  owners: [],
  openDue: [],
  actionsTotal: 0,
  actionsDone: 0,
  rootCauses: [],
  sections: [],
  ...patch,
});
