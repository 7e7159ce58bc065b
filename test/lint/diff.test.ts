/** The `--dry-run` diff matches GNU `diff -u` (golden files made with it, headers renamed). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/lint/diff.js';
import { fixText } from '../../src/lint/fix.js';

const read = (path: string): string => readFileSync(path, 'utf8');

describe('unifiedDiff', () => {
  it.each([
    ['seed-000', 'fixtures/seeds/000_4496a28c678f666b.txt'],
    ['seed-001', 'fixtures/seeds/001_c84b97bb5e5a426a.txt'],
  ])('diffs the --fix of %s as diff -u does', (name, path) => {
    const before = read(path);
    const after = fixText(before, { file: name }).text;
    expect(unifiedDiff(`${name}.md`, before, after)).toBe(read(`fixtures/lint/_diff/${name}.diff`));
  });

  it('is empty for equal texts', () => {
    expect(unifiedDiff('a.md', 'x\ny\n', 'x\ny\n')).toBe('');
  });

  it('marks a missing final newline', () => {
    expect(unifiedDiff('a.md', 'a\nb\n', 'a\nb')).toBe('--- a/a.md\n+++ b/a.md\n@@ -1,2 +1,2 @@\n a\n-b\n+b\n\\ No newline at end of file\n');
  });

  it('counts from 0 when one side is empty', () => {
    expect(unifiedDiff('a.md', '', 'a\nb\n')).toBe('--- a/a.md\n+++ b/a.md\n@@ -0,0 +1,2 @@\n+a\n+b\n');
  });

  it('keeps far-apart changes in separate hunks', () => {
    const before = Array.from({ length: 20 }, (_v, i) => `line ${i + 1}\n`).join('');
    const after = before.replace('line 2\n', 'line two\n').replace('line 19\n', '');
    const hunks = unifiedDiff('a.md', before, after).split('\n').filter((l) => l.startsWith('@@'));
    expect(hunks).toEqual(['@@ -1,5 +1,5 @@', '@@ -16,5 +16,4 @@']);
  });
});
