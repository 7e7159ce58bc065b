import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { summariseFixture, totalOf } from '../support/run-summarise.js';

// Full two-hour meetings reconstructed from the two hand-made seed overviews,
// with the traps planted in them listed in traps.json beside each chat.
const root = 'fixtures/overviews';
const chatFile = (dir: string): string => {
  const entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  const chat = entries.find((e) => e.isFile() && /^(chat\.txt|meeting_saved_chat\.txt)$/.test(e.name))!;
  return join(chat.parentPath, chat.name);
};

interface Traps {
  mustNotMerge?: string[][];
  injections: string[];
  links: string[];
  piiInRealPoints?: Record<string, string>;
  piiInPublicMessages?: Record<string, string>;
  directMessageTextsMustNotAppear?: string[];
  realPointContainingThanks?: string;
  rulesNoise: string[];
}

describe.each(readdirSync(root).filter((d) => d.startsWith('seed-')))('%s', (name) => {
  const dir = join(root, name);
  const { overview, markdown } = summariseFixture(chatFile(dir), join(dir, 'rules.yaml'));
  const traps = JSON.parse(readFileSync(join(dir, 'traps.json'), 'utf8')) as Traps;
  const texts = overview.sections.flatMap((s) => s.points.map((p) => p.text));

  it('matches the expected overview and JSON', async () => {
    await expect(markdown).toMatchFileSnapshot(`../../${dir}/expected.md`);
    await expect(`${JSON.stringify(overview, null, 2)}\n`).toMatchFileSnapshot(`../../${dir}/expected.json`);
  });

  it("has each of the seed's points exactly once", () => {
    const points = readFileSync(join(dir, 'points.txt'), 'utf8').split('\n').filter(Boolean);
    const counts = points.map((p) => [p, texts.filter((t) => t === p).length]);
    expect(counts.filter(([, n]) => n !== 1)).toEqual([]);
  });

  it('keeps apart the points that differ in a number, a negation or a content word', () => {
    for (const pair of traps.mustNotMerge ?? []) for (const p of pair) expect(texts).toContain(p);
  });

  it('keeps links, drops contacts, direct messages and rules-file noise', () => {
    for (const url of traps.links) expect(overview.links.map((l) => l.url)).toContain(url);
    for (const value of Object.values({ ...traps.piiInRealPoints, ...traps.piiInPublicMessages })) expect(markdown).not.toContain(value);
    for (const dm of traps.directMessageTextsMustNotAppear ?? []) for (const t of texts) expect(t).not.toContain(dm);
    for (const noise of traps.rulesNoise) expect(texts).not.toContain(noise);
    if (traps.realPointContainingThanks) expect(texts).toContain(traps.realPointContainingThanks);
    expect(totalOf(overview.accounting)).toBe(overview.accounting.records);
  });

  it('lints clean', async () => {
    const { lintText } = await import('../../src/lint/lint.js');
    expect(lintText(markdown, { file: 'expected.md' })).toEqual([]);
  });

  it('lets no message add HTML, headings or non-web links', () => {
    const tree = unified().use(remarkParse).parse(markdown) as Root;
    const kinds = new Set<string>();
    visit(tree, (node) => void kinds.add(node.type));
    expect(kinds.has('html')).toBe(false);
    visit(tree, 'heading', (h) => void expect(h.depth === 2 || h.depth === 3).toBe(true));
    visit(tree, 'link', (l) => void expect(l.url).toMatch(/^https?:\/\//));
    expect(traps.injections.length).toBeGreaterThan(0);
  });
});
