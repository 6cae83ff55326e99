/**
 * The document's section order and headings, per document template
 * (entities/documentTemplate.ts). Every template puts what decides on the first page —
 * summary, impact, trigger, leadup, root causes, detection, resolution, the top actions — and
 * the supporting detail after; they differ in order and in the words organisations know.
 * docs/ARCHITECTURE.md maps the sections to the Google SRE, Atlassian and PagerDuty templates.
 */
import type { DocumentTemplate } from '../entities/documentTemplate.ts';
import { SECTION_KEYS, type ExportOutline, type SectionKey } from './document.ts';

/**
 * The sections that make the executive page: those {@link SECTION_KEYS} lists before the
 * timeline, whatever order a template gives them.
 */
export const EXECUTIVE_SECTIONS: ReadonlySet<SectionKey> = new Set(
  SECTION_KEYS.slice(0, SECTION_KEYS.indexOf('timeline')),
);

const OUTLINES: Readonly<Record<DocumentTemplate, readonly (readonly [SectionKey, string])[]>> = {
  default: [
    ['summary', 'Summary'],
    ['impact', 'Impact'],
    ['trigger', 'Trigger'],
    ['leadup', 'Leadup and fault'],
    ['rootCauseSummary', 'Root causes'],
    ['detection', 'Detection'],
    ['resolution', 'Resolution and recovery'],
    ['topActions', 'Top actions'],
    ['timeline', 'Timeline'],
    ['analysis', 'Analysis'],
    ['lessons', 'Lessons learned'],
    ['actionItems', 'All action items'],
    ['followUp', 'Follow-up'],
    ['cards', 'Appendix: cards by cluster'],
    ['participants', 'Appendix: participants'],
    ['supportingLinks', 'Appendix: supporting links'],
  ],
  // The example postmortem of Google's SRE book, chapter 15 and appendix D.
  'google-sre': [
    ['summary', 'Summary'],
    ['impact', 'Impact'],
    ['rootCauseSummary', 'Root Causes'],
    ['trigger', 'Trigger'],
    ['leadup', 'Leadup'],
    ['resolution', 'Resolution'],
    ['detection', 'Detection'],
    ['topActions', 'Action Items'],
    ['lessons', 'Lessons Learned'],
    ['timeline', 'Timeline'],
    ['analysis', 'Root cause analysis'],
    ['actionItems', 'All action items'],
    ['followUp', 'Follow-up'],
    ['cards', 'What went well, what went wrong, where we got lucky'],
    ['participants', 'Participants'],
    ['supportingLinks', 'Supporting information'],
  ],
  // Atlassian's incident handbook postmortem template.
  atlassian: [
    ['summary', 'Incident summary'],
    ['leadup', 'Leadup'],
    ['trigger', 'Fault'],
    ['rootCauseSummary', 'Root cause'],
    ['impact', 'Impact'],
    ['detection', 'Detection'],
    ['resolution', 'Response and recovery'],
    ['topActions', 'Corrective actions'],
    ['timeline', 'Timeline'],
    ['analysis', 'Five whys'],
    ['lessons', 'Lessons learned'],
    ['actionItems', 'Follow-up tasks'],
    ['followUp', 'Postmortem review'],
    ['cards', 'Team input'],
    ['participants', 'Participants'],
    ['supportingLinks', 'Related records'],
  ],
};

/** The outline of a template: each section once, in order, with its heading. */
export function outlineOf(template: DocumentTemplate): ExportOutline {
  return { template, sections: OUTLINES[template].map(([key, heading]) => ({ key, heading })) };
}
