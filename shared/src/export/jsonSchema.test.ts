/**
 * The JSON export against its published JSON Schema, read by a validator that is not
 * zod: Ajv in strict mode, at the draft the schema declares (2020-12), with its date and
 * date-time formats checked. The sample, whole and blank, and documents full of hostile
 * text validate; a wrong value is refused at its path; the copy in `docs/` that
 * docs/EXPORT.md links is the golden schema, byte for byte.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import schemaText from './__golden__/postmortem.schema.json?raw';
import type { PostmortemDocument } from './document.ts';
import { renderJson } from './json.ts';
import { documentTexts, documentWith } from './testArbitraries.ts';
import { NOW, fromFixture, source } from './testSources.ts';
import { buildPostmortem } from './build.ts';

/** Node's fs, typed for what this file uses; shared's code is not typed for Node. */
interface Fs {
  readFileSync(path: URL, encoding: 'utf8'): string;
}
const fs = (await import(/* @vite-ignore */ `node:${'fs'}`)) as Fs;

const schema = JSON.parse(schemaText) as Record<string, unknown>;
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats.default(ajv);
const validate = ajv.compile(schema);

/** What Ajv says is wrong with the exported JSON of the document, as `path message`. */
function schemaErrors(doc: PostmortemDocument): string[] {
  validate(JSON.parse(renderJson(doc)));
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

describe('the JSON export in an independent JSON Schema validator', () => {
  it('declares the draft it is written in, which Ajv reads', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('validates the sample incident, whole and just begun, and a blank board', () => {
    expect(schemaErrors(fromFixture())).toEqual([]);
    expect(schemaErrors(fromFixture({ complete: true }))).toEqual([]);
    expect(schemaErrors(buildPostmortem(source(), { now: NOW }))).toEqual([]);
  });

  it('validates documents full of hostile text', () => {
    fc.assert(
      fc.property(documentTexts, (texts) => {
        expect(schemaErrors(documentWith(texts))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  }, 90_000);

  it('refuses a wrong value at its path', () => {
    const json = JSON.parse(renderJson(fromFixture({ complete: true })));
    json.timeline.events[0].at = 'yesterday';
    json.schemaVersion = 1;
    expect(validate(json)).toBe(false);
    const paths = (validate.errors ?? []).map((e) => e.instancePath);
    expect(paths).toContain('/timeline/events/0/at');
    expect(paths).toContain('/schemaVersion');
  });

  it('is published in docs/ as the golden file has it', () => {
    const docs = fs.readFileSync(
      new URL('../../../docs/postmortem.schema.json', import.meta.url),
      'utf8',
    );
    expect(docs).toBe(schemaText);
  });
});
