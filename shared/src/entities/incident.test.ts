import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { syncDocs } from '../doc/testSync.ts';
import { incidentMap } from '../doc/layout.ts';
import incidentFile from '../fixtures/incident.json?raw';
import {
  checkIncidentTimes,
  editIncidentProse,
  INCIDENT_DEFAULTS,
  IncidentValidationError,
  readIncident,
  unreadableIncidentFacts,
  updateIncident,
  type IncidentPatch,
} from './incident.ts';
import { incidentPatchFromFixture, loadIncidentFixture } from './incidentFixture.ts';

const utc = (iso: string) => Date.parse(iso);

/** The error updateIncident threw, for looking at its issues. */
function failure(doc: Y.Doc, patch: IncidentPatch): IncidentValidationError {
  try {
    updateIncident(doc, patch);
  } catch (error) {
    if (error instanceof IncidentValidationError) return error;
    throw error;
  }
  throw new Error('expected updateIncident to refuse the patch');
}

describe('incident facts', () => {
  it('read as blank defaults on a new board', () => {
    expect(readIncident(new Y.Doc())).toEqual(INCIDENT_DEFAULTS);
  });

  it('update in one transaction with the given origin, normalising what was typed', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    const origin = { local: true };
    const next = updateIncident(
      doc,
      {
        title: '  Checkout 5xx  ',
        severity: 'SEV2',
        status: 'resolved',
        timeZone: 'america/new_york',
        startedAt: '2026-11-03T09:02:00-05:00',
        detectedAt: utc('2026-11-03T14:05:00Z'),
        impact: { usersAffected: 18400, revenueLost: 'USD 212,000' },
        services: ['checkout-api', ' checkout-api ', 'orders-db'],
        links: [{ label: 'Ticket', url: 'https://tracker.example.com/browse/INC-4821' }],
      },
      origin,
    );
    expect(origins).toEqual([origin]);
    expect(readIncident(doc)).toEqual(next);
    expect(next).toMatchObject({
      title: 'Checkout 5xx',
      timeZone: 'America/New_York',
      startedAt: utc('2026-11-03T14:02:00Z'),
      detectedAt: utc('2026-11-03T14:05:00Z'),
      services: ['checkout-api', 'orders-db'],
      impact: { usersAffected: 18400, durationMinutes: null, revenueLost: 'USD 212,000' },
    });
  });

  it('blank a fact by storing nothing for it; a prose fact stays a text, emptied in place', () => {
    const doc = new Y.Doc();
    updateIncident(doc, { summary: 'text', severity: 'SEV1', services: ['a'] });
    updateIncident(doc, { summary: '', severity: null, services: [] });
    expect([...incidentMap(doc).keys()]).toEqual(['summary']);
    expect(incidentMap(doc).get('summary')).toBeInstanceOf(Y.Text);
    expect(readIncident(doc)).toEqual(INCIDENT_DEFAULTS);
  });

  it('refuse a patch with a bad field, change nothing, and name the field', () => {
    const doc = new Y.Doc();
    updateIncident(doc, { title: 'Before' });
    const error = failure(doc, {
      title: 'After',
      severity: 'SEV9' as 'SEV1',
      impact: { usersAffected: -3 },
      links: [
        { label: 'Dashboard', url: 'https://dashboards.example.com/d/1' },
        { label: 'Evil', url: 'javascript:alert(1)' },
      ],
      timeZone: 'Mars/Olympus',
    });
    expect(error.issues).toEqual([
      { path: 'severity', message: 'Severity must be one of SEV1, SEV2, SEV3, SEV4' },
      {
        path: 'timeZone',
        message:
          "Time zone 'Mars/Olympus' is unknown; use a name like Europe/Berlin, America/New_York or UTC",
      },
      { path: 'impact.usersAffected', message: 'Users affected must not be negative' },
      { path: 'links.1.url', message: 'Link 2: A link must be a full http:// or https:// address' },
    ]);
    expect(error.message).toContain('Severity must be one of SEV1, SEV2, SEV3, SEV4');
    expect(readIncident(doc).title).toBe('Before');
  });

  it('refuse unknown fields and malformed instants with the field’s label', () => {
    const doc = new Y.Doc();
    expect(() => updateIncident(doc, { titel: 'x' } as IncidentPatch)).toThrow(
      IncidentValidationError,
    );
    expect(() => updateIncident(doc, { startedAt: '2026-11-03 14:02' })).toThrow(
      'Started: not a date and time with a zone; write a date, time and zone like 2026-11-03T14:02:00Z',
    );
    expect(() => updateIncident(doc, { resolvedAt: '2026-11-31T14:02:00Z' })).toThrow(
      'Resolved: day 31 is out of range (2026-11 has 30 days)',
    );
  });

  it('keep the four instants in order: started ≤ detected ≤ mitigated ≤ resolved', () => {
    const doc = new Y.Doc();
    updateIncident(doc, { startedAt: '2026-11-03T14:02:00Z' });
    expect(() => updateIncident(doc, { detectedAt: '2026-11-03T14:00:00Z' })).toThrow(
      'Detected must not be before Started',
    );
    updateIncident(doc, { detectedAt: '2026-11-03T14:05:00Z', resolvedAt: '2026-11-03T14:49:00Z' });
    const error = failure(doc, { startedAt: '2026-11-03T14:10:00Z' });
    expect(error.issues).toEqual([
      { path: 'startedAt', message: 'Detected must not be before Started' },
    ]);
    expect(() => updateIncident(doc, { mitigatedAt: '2026-11-03T14:50:00Z' })).toThrow(
      'Resolved must not be before Mitigated',
    );
    expect(readIncident(doc).startedAt).toBe(utc('2026-11-03T14:02:00Z'));
  });

  it('let unrelated edits through when concurrent edits left the instants out of order', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    updateIncident(a, { startedAt: '2026-11-03T14:02:00Z' });
    updateIncident(b, { detectedAt: '2026-11-03T14:00:00Z' });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    expect(checkIncidentTimes(readIncident(a))).toEqual([
      { path: 'detectedAt', message: 'Detected must not be before Started' },
    ]);
    expect(() => updateIncident(a, { title: 'Still editable' })).not.toThrow();
    expect(() => updateIncident(a, { detectedAt: '2026-11-03T14:05:00Z' })).not.toThrow();
    expect(checkIncidentTimes(readIncident(a))).toEqual([]);
  });

  it('merge two people’s edits of different facts', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    updateIncident(a, { title: 'Checkout down', impact: { usersAffected: 100 } });
    updateIncident(b, { severity: 'SEV2', impact: { description: 'EU and US' } });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readIncident(a)).toEqual(readIncident(b));
    expect(readIncident(a)).toMatchObject({
      title: 'Checkout down',
      severity: 'SEV2',
      impact: { usersAffected: 100, description: 'EU and US' },
    });
  });

  it('read a malformed stored field as its default, keeping the others', () => {
    const doc = new Y.Doc();
    updateIncident(doc, { title: 'ok' });
    incidentMap(doc).set('severity', 'SEV42');
    incidentMap(doc).set('links', [{ label: 'x', url: 'ftp://example.com' }]);
    expect(readIncident(doc)).toMatchObject({ title: 'ok', severity: null, links: [] });
  });
});

describe('the sample incident file', () => {
  it('fills a board, keeping the channel name and the impact figure the model has no field for', () => {
    const doc = new Y.Doc();
    const incident = loadIncidentFixture(doc, JSON.parse(incidentFile));
    expect(readIncident(doc)).toEqual(incident);
    expect(incident).toMatchObject({
      title: 'Checkout API returned 5xx for 47 minutes after a connection-pool config change',
      severity: 'SEV2',
      status: 'resolved',
      timeZone: 'UTC',
      startedAt: utc('2026-11-03T14:02:00Z'),
      detectedAt: utc('2026-11-03T14:05:00Z'),
      mitigatedAt: utc('2026-11-03T14:38:00Z'),
      resolvedAt: utc('2026-11-03T14:49:00Z'),
      services: ['checkout-api', 'payments-gateway', 'orders-db'],
      channel: '#inc-2026-11-03-checkout',
      links: [
        { label: 'Dashboard', url: 'https://dashboards.example.com/d/checkout-overview' },
        { label: 'Ticket', url: 'https://tracker.example.com/browse/INC-4821' },
      ],
    });
    expect(incident.impact).toMatchObject({
      usersAffected: 18400,
      durationMinutes: null,
      revenueLost: 'USD 212,000',
      errorBudgetBurned: '38% of the monthly checkout SLO budget',
    });
    expect(incident.impact.description).toMatch(/^About 60% of checkout attempts failed/);
    expect(incident.impact.description).toMatch(/\nFailed checkouts: 6210\.$/);
    expect(incident.summary).toMatch(/^A configuration change lowered/);
  });

  it('is refused whole when a fact is wrong', () => {
    const bad = { ...JSON.parse(incidentFile), detectedAt: '2026-11-03T13:00:00Z' };
    expect(() => incidentPatchFromFixture(bad)).toThrow('Detected must not be before Started');
    expect(() => incidentPatchFromFixture({ links: 'nope' })).toThrow(
      'The incident file is malformed',
    );
    expect(() => incidentPatchFromFixture({ links: { wiki: 'file:///etc/passwd' } })).toThrow(
      'Link 1: A link must be a full http:// or https:// address',
    );
  });
});

describe('incident prose merges like text', () => {
  const SUMMARY = 'The pool ran out. Nobody load tested it. Alerts came late.';

  it('two people edit the summary and the impact in words at once, one deleting a sentence while the other types at the end: both edits survive exactly', () => {
    const alex = new Y.Doc();
    updateIncident(alex, { summary: SUMMARY, impact: { description: 'EU users. Card only.' } });
    const bea = new Y.Doc();
    syncDocs(alex, bea);

    editIncidentProse(alex, 'summary', {
      before: SUMMARY,
      after: 'The pool ran out. Alerts came late.',
    });
    editIncidentProse(bea, 'summary', { before: SUMMARY, after: `${SUMMARY} Fixed by 14:20.` });
    editIncidentProse(alex, 'impact.description', {
      before: 'EU users. Card only.',
      after: 'EU users.',
    });
    editIncidentProse(bea, 'impact.description', {
      before: 'EU users. Card only.',
      after: 'EU users. Card only. 40 minutes.',
    });
    syncDocs(alex, bea);

    for (const doc of [alex, bea]) {
      const read = readIncident(doc);
      expect(read.summary).toBe('The pool ran out. Alerts came late. Fixed by 14:20.');
      expect(read.impact.description).toBe('EU users. 40 minutes.');
    }
  });

  it('reads a string stored before the summary was a text, as typed, and edits it into a text', () => {
    const doc = new Y.Doc();
    incidentMap(doc).set('summary', 'Stored as a string ');
    expect(readIncident(doc).summary).toBe('Stored as a string ');
    editIncidentProse(doc, 'summary', {
      before: 'Stored as a string ',
      after: 'Stored as a string. ',
    });
    expect(incidentMap(doc).get('summary')).toBeInstanceOf(Y.Text);
    expect(readIncident(doc).summary).toBe('Stored as a string. ');
    expect(unreadableIncidentFacts(doc)).toBe(0);
  });

  it('refuse a summary that is too long and change nothing', () => {
    const doc = new Y.Doc();
    updateIncident(doc, { summary: 'Kept' });
    expect(() => editIncidentProse(doc, 'summary', 'x'.repeat(5001))).toThrow(
      IncidentValidationError,
    );
    expect(readIncident(doc).summary).toBe('Kept');
  });
});
