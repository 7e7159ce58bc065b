import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint/lint.js';

const read = (path: string) => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');
const DATE_RULES = new Set(['weekday-matches-date', 'valid-time-range', 'session-dates-order', 'list-indent', 'no-empty-bullets']);

describe('dates --update output lints clean', () => {
  it('removes every finding in the block of seed 000 and adds none', () => {
    const before = lintText(read('seeds/000_4496a28c678f666b.txt'), { file: 'seed-000' });
    const after = lintText(read('dates/seed-000.updated.md'), { file: 'seed-000' });
    // The block is lines 21-25 before (four sessions and a stray "-") and 21-24 after.
    expect(before.filter((d) => d.line! >= 21 && d.line! <= 25).map((d) => d.ruleId).sort()).toEqual(['list-indent', 'list-indent', 'list-indent', 'no-empty-bullets']);
    expect(after.filter((d) => d.line! >= 21 && d.line! <= 24)).toEqual([]);
    // What is left are the seed's own defects further down (its second mis-indented list), one line earlier.
    expect(after.map((d) => [d.line, d.ruleId])).toEqual(before.filter((d) => d.line! > 25).map((d) => [d.line! - 1, d.ruleId]));
  });

  it('adds a session block to seed 001 that no date or list rule objects to', () => {
    const before = lintText(read('seeds/001_c84b97bb5e5a426a.txt'), { file: 'seed-001' });
    const after = lintText(read('dates/seed-001.updated.md'), { file: 'seed-001' });
    expect(after.filter((d) => DATE_RULES.has(d.ruleId!))).toEqual([]);
    expect(after.map((d) => [d.line, d.ruleId])).toEqual(before.map((d) => [d.line, d.ruleId]));
  });
});
