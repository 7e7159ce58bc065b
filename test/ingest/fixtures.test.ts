import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseExport } from '../../src/ingest/read-export.js';
import { isExportFixture, readExportInput } from '../support/export-input.js';

// Each fixtures/exports/<format>/<case>.<ext> is parsed with detection on; the
// folder names the format detection must pick. UPDATE=1 (or a missing file)
// writes <case>.expected.json, to be reviewed in the diff.
const root = join(import.meta.dirname, '../../fixtures/exports');
const update = process.env.UPDATE === '1';

const cases = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(root, d.name))
      .filter(isExportFixture)
      .map((f) => ({ format: d.name, file: f })),
  );

describe('fixtures/exports', () => {
  it('has fixtures', () => {
    expect(cases.length).toBeGreaterThan(10);
  });

  it.each(cases)('$format/$file', ({ format, file }) => {
    const result = parseExport(readExportInput(join(root, format, file)), { file: `${format}/${file}` });
    expect(result.format).toBe(format);
    const expectedPath = join(root, format, `${file.replace(/\.[^.]+$/, '')}.expected.json`);
    const json = `${JSON.stringify(result, null, 2)}\n`;
    if (update || !existsSync(expectedPath)) writeFileSync(expectedPath, json);
    expect(JSON.parse(json)).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
  });
});
