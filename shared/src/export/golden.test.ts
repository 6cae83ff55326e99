/**
 * Golden files: the sample incident exported in every format, compared byte for byte
 * with `__golden__/`. After a deliberate change, `UPDATE_GOLDEN=1 pnpm exec vitest run
 * --project shared` rewrites them (and the schema's copy in docs/); review the diff like code.
 */
import { describe, expect, it, vi } from 'vitest';
import { postmortemFromDocs } from './build.ts';
import { ALL_EXPORT_FORMATS, EXPORT_FORMAT_INFO, renderExport } from './formats.ts';
import { FIXTURE_BOARD_ID, FIXTURE_META, FIXTURE_NOW, fixtureBoard } from './fixtureBoard.ts';
import { postmortemJsonSchema } from './json.ts';
import { POSTMORTEM_SCHEMA_VERSION } from './document.ts';
import { renderMarkdown } from './markdown.ts';
import * as Y from 'yjs';
import { DEFAULT_TEMPLATE } from '../templates.ts';
import { initFacilitation } from '../entities/facilitation.ts';

/** Cluster and action ids, numbered from 1 for each board so the JSON golden is stable. */
const ids = vi.hoisted(() => ({ next: 0 }));
vi.mock('../ids.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../ids.ts')>()),
  randomId: (length = 16) => `Fixture${String(++ids.next).padStart(length - 7, '0')}`,
}));

/** Node's fs, typed for what this file uses; shared's code is not typed for Node. */
interface Fs {
  readFileSync(path: URL, encoding: 'utf8'): string;
  writeFileSync(path: URL, data: string): void;
  existsSync(path: URL): boolean;
}
const fs = (await import(/* @vite-ignore */ `node:${'fs'}`)) as Fs;
const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env;
const UPDATE = env?.UPDATE_GOLDEN === '1';

function golden(name: string, actual: string): void {
  const file = new URL(`./__golden__/${name}`, import.meta.url);
  if (UPDATE || !fs.existsSync(file)) {
    if (!UPDATE) throw new Error(`No golden file ${name}; run with UPDATE_GOLDEN=1 to write it.`);
    fs.writeFileSync(file, actual);
    return;
  }
  expect(actual, `${name} differs from its golden file`).toBe(fs.readFileSync(file, 'utf8'));
}

/** Who took part in the complete retrospective, as the server records them from presence. */
const PARTICIPANTS = [
  { role: 'facilitator', names: ['Dana Whitfield'] },
  { role: 'participant', names: ['Priya Raman', 'Tomás Ortega', 'Li Wei'] },
  { role: 'observer', names: ['Morgan Ellis'] },
] as const;

const sample = (complete = false) => {
  ids.next = 0;
  const { board, facilitation } = fixtureBoard({ complete });
  return postmortemFromDocs(board, facilitation, {
    boardId: FIXTURE_BOARD_ID,
    meta: FIXTURE_META,
    now: FIXTURE_NOW,
    participants: complete ? PARTICIPANTS.map((g) => ({ role: g.role, names: [...g.names] })) : [],
  });
};

describe('export golden files', () => {
  it.each(ALL_EXPORT_FORMATS)('renders the sample incident as %s', (format) => {
    golden(`postmortem.${EXPORT_FORMAT_INFO[format].extension}`, renderExport(sample(), format));
  });

  it.each(ALL_EXPORT_FORMATS)(
    'renders the whole retrospective, made through the shared commands, as %s',
    (format) => {
      const ext = EXPORT_FORMAT_INFO[format].extension;
      golden(`postmortem-complete.${ext}`, renderExport(sample(true), format));
    },
  );

  it('renders a board nobody has filled in, saying what is not recorded yet', () => {
    const board = new Y.Doc();
    const facilitation = new Y.Doc();
    initFacilitation(facilitation, DEFAULT_TEMPLATE);
    const doc = postmortemFromDocs(board, facilitation, {
      boardId: FIXTURE_BOARD_ID,
      meta: { title: 'Blank board', template: 'default', createdAt: FIXTURE_NOW },
      now: FIXTURE_NOW,
    });
    golden('postmortem-blank.md', renderMarkdown(doc));
  });

  it('publishes the JSON Schema of the JSON export', () => {
    const schema = `${JSON.stringify(postmortemJsonSchema(), null, 2)}\n`;
    golden('postmortem.schema.json', schema);
    // The copy docs/EXPORT.md links; jsonSchema.test.ts holds it equal to the golden file.
    if (UPDATE)
      fs.writeFileSync(new URL('../../../docs/postmortem.schema.json', import.meta.url), schema);
  });

  it('is described in the README at the schemaVersion the JSON export writes', () => {
    const readme = fs.readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const said = [...readme.matchAll(/`schemaVersion`\s+(\d+)/g)].map((m) => Number(m[1]));
    expect(said.length).toBeGreaterThan(0);
    expect(said).toEqual(said.map(() => POSTMORTEM_SCHEMA_VERSION));
  });
});
