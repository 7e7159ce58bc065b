import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { STRINGIFY_OPTIONS } from '../../src/render/escape.js';
import { isExportFixture } from '../support/export-input.js';
import { summariseFixture, totalOf } from '../support/run-summarise.js';

// Every export fixture of every format, with its expected overview beside it.
const root = 'fixtures/exports';
const cases = readdirSync(root).flatMap((format) =>
  readdirSync(join(root, format))
    .filter(isExportFixture)
    .map((f) => join(root, format, f)),
);

describe.each(cases)('summarise %s', (file) => {
  const base = file.replace(/\.[^.]+$/, '');
  const { overview, markdown } = summariseFixture(file);

  it('matches the expected overview and JSON', async () => {
    await expect(markdown).toMatchFileSnapshot(`../../${base}.overview.md`);
    await expect(`${JSON.stringify(overview, null, 2)}\n`).toMatchFileSnapshot(`../../${base}.overview.json`);
  });

  it('accounts for every record exactly once', () => {
    expect(totalOf(overview.accounting)).toBe(overview.accounting.records);
  });

  it('is deterministic and a fixpoint of remark', () => {
    expect(summariseFixture(file).markdown).toBe(markdown);
    const again = unified().use(remarkParse).use(remarkStringify, STRINGIFY_OPTIONS).processSync(markdown).toString();
    expect(again).toBe(markdown);
  });
});

describe('summarise output lints clean', () => {
  it.each(cases)('%s', async (file) => {
    const { lintText } = await import('../../src/lint/lint.js');
    // An export with no date anywhere needs --date (summarise warns), and one of offsets with no recording start
    // (SubRip captions) needs --start and --end: lint rightly flags a date line without them, so they are given as a user would.
    const plain = summariseFixture(file).overview;
    const times = plain.start ? {} : { start: '14:00', end: '15:00' };
    const dated = plain.date && plain.start ? summariseFixture(file) : summariseFixture(file, undefined, { date: plain.date ?? '2026-03-13', ...times });
    expect(lintText(dated.markdown, { file })).toEqual([]);
  });
});
