/** The two hand-made overviews: lint must find exactly their known defects, at the right lines. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixText } from '../../src/lint/fix.js';
import { lintText } from '../../src/lint/lint.js';

const seed000 = readFileSync('fixtures/seeds/000_4496a28c678f666b.txt', 'utf8');
const seed001 = readFileSync('fixtures/seeds/001_c84b97bb5e5a426a.txt', 'utf8');
const brief = (text: string, file: string): string[] =>
  lintText(text, { file }).map((d) => `${d.line}:${d.column} ${d.ruleId}${d.cause ? ` <- ${d.cause.line}` : ''}`);

describe('seed 000 (no headings, uneven bullets, stray "-")', () => {
  it('finds the uneven indentation and the empty bullets', () => {
    expect(brief(seed000, 'seed-000.md')).toEqual([
      '22:2 list-indent',
      '23:2 list-indent',
      '24:2 list-indent',
      '25:1 no-empty-bullets',
      '68:2 list-indent',
      '69:1 no-empty-bullets',
    ]);
  });

  it('--fix removes the stray markers and the extra spaces, and nothing else', () => {
    const { text, findings } = fixText(seed000, { file: 'seed-000.md' });
    expect(findings).toEqual([]);
    const lines = seed000.split('\n');
    // Lines 22-24 and 68 lose their leading space; lines 25 and 69 (`-`) go; the file still has no final newline.
    const expected = lines
      .map((line, i) => ([21, 22, 23, 67].includes(i) ? line.slice(1) : line))
      .filter((_line, i) => i !== 24 && i !== 68)
      .join('\n')
      .replace(/\n$/, '');
    expect(text).toBe(expected);
    expect(text.endsWith('- Contribute to future versions of the group.')).toBe(true);
  });
});

describe('seed 001 (four repeated points, an orphan bullet)', () => {
  it('finds the four repeats, pointing at the first occurrence, and the split lists', () => {
    expect(brief(seed001, 'seed-001.md')).toEqual([
      '37:1 no-split-lists <- 35',
      '38:1 no-duplicate-bullets <- 34',
      '47:1 no-duplicate-bullets <- 19',
      '60:1 no-duplicate-bullets <- 39',
      '76:1 no-duplicate-bullets <- 37',
      '81:1 no-split-lists <- 77',
    ]);
  });

  it('names the first occurrence in the message', () => {
    const first = lintText(seed001, { file: 'overview.md' }).find((d) => d.line === 38);
    expect(first?.message).toBe('Unexpected duplicate bullet, expected each point once (first at 34:1)');
    expect(first?.severity).toBe('error');
  });

  it('--fix drops the repeats and joins the orphan, keeping every other byte', () => {
    const { text, findings } = fixText(seed001, { file: 'seed-001.md' });
    expect(findings).toEqual([]);
    const dropped = new Set([36, 38, 47, 60, 76, 78, 79, 80]);
    const expected = seed001.split('\n').filter((_line, i) => !dropped.has(i + 1)).join('\n');
    expect(text).toBe(expected);
  });
});
