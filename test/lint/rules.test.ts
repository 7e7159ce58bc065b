/**
 * One harness for every rule, from its fixtures (markdownlint style):
 * `fixtures/lint/<rule-id>/ok.md` has no finding of the rule; in `not-ok.md` each expected
 * finding is marked by a trailing `<!-- expect: rule-id -->` on its line. The harness strips
 * the markers (keeping line numbers) before linting, so they cannot change what is parsed.
 * Fixable rules also have `not-ok.fixed.md`, the exact `--fix` output. A rule may have more
 * cases as `not-ok-<case>.md` (with `not-ok-<case>.fixed.md`), e.g. for findings that need a file each.
 */
import type { RuleLevels } from '../../src/lint/types.js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixText } from '../../src/lint/fix.js';
import { lintTree } from '../../src/lint/lint.js';
import { parseMarkdown } from '../../src/lint/parse.js';
import { rules } from '../../src/lint/rules/index.js';
import type { Rule } from '../../src/lint/types.js';

const MARKER = /[ \t]*<!-- expect: ([\w-]+(?:,\s*[\w-]+)*) -->/g;
const fixture = (id: string, name: string): string => `fixtures/lint/${id}/${name}`;
const read = (path: string): string => readFileSync(path, 'utf8');

/** The text without markers, and `line rule-id` for every marker. */
const unmark = (marked: string): { text: string; expected: string[] } => {
  const expected: string[] = [];
  const text = marked
    .split('\n')
    .map((line, i) => line.replace(MARKER, (_all, ids: string) => {
      for (const id of ids.split(',')) expected.push(`${i + 1} ${id.trim()}`);
      return '';
    }))
    .join('\n');
  return { text, expected: expected.sort() };
};

/** `not-ok` and any `not-ok-<case>` of a rule. */
const notOkCases = (id: string): string[] =>
  readdirSync(`fixtures/lint/${id}`).flatMap((name) => /^(not-ok(?:-[\w-]+)?)\.md$/.exec(name)?.[1] ?? []).sort();

const found = (text: string, rule: Rule): string[] =>
  lintTree(parseMarkdown(text), text, { file: 'not-ok.md' }, [rule]).map((f) => `${f.line} ${f.ruleId}`).sort();

/** A deep copy of a tree with every position removed, as a rendered tree would be. */
const stripPositions = (node: unknown): unknown => {
  if (Array.isArray(node)) return node.map(stripPositions);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(Object.entries(node).filter(([key]) => key !== 'position').map(([k, v]) => [k, stripPositions(v)]));
};

describe.each(rules.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  it('is named after its file and documented', () => {
    expect(existsSync(`src/lint/rules/${id}.ts`)).toBe(true);
    expect(rule.description.length).toBeGreaterThan(10);
    expect(rule.docs.length).toBeGreaterThan(80);
    expect(['error', 'warning']).toContain(rule.defaultSeverity);
  });

  it('finds nothing in ok.md, under any rule', () => {
    const text = read(fixture(id, 'ok.md'));
    // Most fixtures are fragments of an overview, without its title and date line.
    const rules: RuleLevels = id === 'date-line' ? {} : { 'date-line': 'off' };
    const all = lintTree(parseMarkdown(text), text, { file: 'ok.md', rules });
    expect(all.map((f) => `${f.line}:${f.column} ${f.message} ${f.ruleId}`)).toEqual([]);
  });

  it.each(notOkCases(id))('finds exactly what %s.md marks', (name) => {
    const { text, expected } = unmark(read(fixture(id, `${name}.md`)));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.every((e) => e.endsWith(` ${id}`))).toBe(true);
    expect(found(text, rule)).toEqual(expected);
  });

  it.each(notOkCases(id))('says "Unexpected …, expected …" in %s.md', (name) => {
    const { text } = unmark(read(fixture(id, `${name}.md`)));
    for (const f of lintTree(parseMarkdown(text), text, { file: 'x' }, [rule])) {
      expect(f.message).toMatch(/^Unexpected .+, expected .+/);
    }
  });

  it.each(notOkCases(id))('reports nothing on %s.md without positions', (name) => {
    const { text } = unmark(read(fixture(id, `${name}.md`)));
    const tree = stripPositions(parseMarkdown(text)) as ReturnType<typeof parseMarkdown>;
    expect(lintTree(tree, text, { file: 'x' }, [rule])).toEqual([]);
  });

  it.each(notOkCases(id))(rule.fixable ? 'fixes %s.md into its .fixed.md, which re-lints clean' : 'offers no fixes for %s.md', (name) => {
    const { text } = unmark(read(fixture(id, `${name}.md`)));
    const result = fixText(text, { file: `${name}.md` }, [rule]);
    if (!rule.fixable) {
      expect(result.text).toBe(text);
      expect(result.findings.some((f) => f.fix)).toBe(false);
      return;
    }
    expect(result.text).toBe(read(fixture(id, `${name}.fixed.md`)));
    const again = lintTree(parseMarkdown(result.text), result.text, { file: 'not-ok.md' }, [rule]);
    expect(again.filter((f) => f.fix)).toEqual([]);
    expect(again).toEqual(result.findings);
  });
});

it('registry is alphabetical with unique ids', () => {
  const ids = rules.map((r) => r.id);
  expect(ids).toEqual([...ids].sort());
  expect(new Set(ids).size).toBe(ids.length);
});
