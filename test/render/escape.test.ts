import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { escapeMany, escapeWithRemark, phrasing, quickEscape, STRINGIFY_OPTIONS, type Context } from '../../src/render/escape.js';

const nasty = [
  '# not a heading',
  '- not a list',
  '1. not an ordered list',
  '> not a quote',
  '<script>alert(1)</script>',
  '[click](javascript:alert(1))',
  '![img](https://example.org/x.png)',
  '**bold** and _em_ and `code`',
  '---',
  '=== setext?',
  'a | b | c',
  'Resource list: https://example.org/peer-resources and more',
  'snake_case_word and 5 * 3 = 15',
  '\\ backslash',
];

const reparse = (md: string) => unified().use(remarkParse).parse(md) as Root;

describe('escapeMany', () => {
  it('keeps every text one plain list item, with only http(s) URLs as links', () => {
    const items = escapeMany(nasty, 'item');
    const tree = reparse(items.map((i) => `- ${i}`).join('\n'));
    expect(tree.children).toHaveLength(1);
    const list = tree.children[0]!;
    expect(list.type).toBe('list');
    if (list.type !== 'list') return;
    expect(list.children).toHaveLength(nasty.length);
    list.children.forEach((item, i) => {
      const paragraph = item.children[0]!;
      expect(item.children).toHaveLength(1);
      expect(paragraph.type).toBe('paragraph');
      if (paragraph.type !== 'paragraph') return;
      const kinds = paragraph.children.map((c) => c.type);
      expect(kinds.every((k) => k === 'text' || k === 'link')).toBe(true);
      for (const child of paragraph.children) if (child.type === 'link') expect(child.url).toMatch(/^https:\/\//);
      const text = paragraph.children.map((c) => ('value' in c ? c.value : c.type === 'link' ? c.url : '')).join('');
      expect(text).toBe(nasty[i]);
    });
  });

  it('writes headings and paragraphs that remark re-stringifies unchanged', () => {
    const md = [...escapeMany(nasty, 'heading').map((h) => `### ${h}`), ...escapeMany(nasty, 'paragraph')].join('\n\n') + '\n';
    const again = unified().use(remarkParse).use(remarkStringify, STRINGIFY_OPTIONS).processSync(md).toString();
    expect(again).toBe(md);
  });

  it('keeps blank texts blank and in place', () => {
    expect(escapeMany(['a', '', 'b*'], 'paragraph')).toEqual(['a', '', 'b\\*']);
  });
});

describe('the plain-text fast path', () => {
  it('gives exactly what remark writes', async () => {
    const { toMarkdown } = await import('mdast-util-to-markdown');
    const texts = ['Band 4 agreed.', '1. not a list', '2) nor this', '2026 plans: more peer roles (maybe)!', 'Quote "this" – and that / other', 'Is it 10%? Yes.', "Don't stop", 'Agree - team prep 👍', 'Family 👨‍👩‍👧 and a thumbs up 👍🏽', 'Scotland 🏴󠁧󠁢󠁳󠁣󠁴󠁿 flag', 'Sad 😢!!'];
    const viaRemark = texts.map((t) =>
      toMarkdown({ type: 'root', children: [{ type: 'list', spread: false, children: [{ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: t }] }] }] }] }, STRINGIFY_OPTIONS)
        .replace(/^- /, '')
        .replace(/\n$/, ''),
    );
    expect(escapeMany(texts, 'item')).toEqual(viaRemark);
  });
});

describe('the fast path with links', () => {
  const contexts: Context[] = ['item', 'heading', 'paragraph'];
  // Pieces chosen to sit on every boundary remark cares about: line starts, list
  // markers, emphasis and HTML characters, URLs with trailing punctuation, spacing.
  const safe = ['See', 'the', 'rota', 'Band', '3', 'é', '(555).', 'ok,', 'yes!', 'why?', '10%', '"quoted"', "don't", 'don’t', '–', 'a/b', '👍', '😢', '&', '& ', '&x', '&#', '…', 'pilot (902).…', 'Ideas & Suggestions', '|', 'a|b', '| MS Teams',
    'https://example.org/r/555', 'https://example.org/a_b*c', 'http://x.org/p?q=1&r=2#frag', 'https://example.org/x.', 'HTTPS://EXAMPLE.ORG/Z', '(https://example.org/p)'];
  const risky = ['1.', '2)', '-', '*', '_', '#', '<', '>', '&amp;', '!', '[x]', '`', '~', '=', '+', 'https://x.org/<y>', 'ftp://x.org', '\\'];
  const seps = [' ', ' ', ' ', ' ', '', '  ', '\t'];
  let seed = 42;
  const next = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = <T,>(list: T[]): T => list[Math.floor(next() * list.length)]!;
  const texts = Array.from({ length: 5000 }, () => {
    const n = 1 + Math.floor(next() * 7);
    return Array.from({ length: n }, () => (next() < 0.85 ? pick(safe) : pick(risky))).map((p, i) => (i === 0 ? p : pick(seps) + p)).join('');
  });

  it('gives exactly what remark writes, whenever it answers', () => {
    let answered = 0;
    for (const context of contexts) {
      const quick = texts.map(quickEscape);
      const picked = texts.filter((t, i) => quick[i] !== undefined && t.trim() !== '');
      expect(quick.filter((q, i) => q !== undefined && texts[i]!.trim() !== '')).toEqual(escapeWithRemark(picked, context));
      answered += picked.length;
    }
    // The generator must exercise the fast path a lot, links included.
    expect(answered).toBeGreaterThan(1500);
    expect(texts.filter((t) => t.includes('://') && quickEscape(t) !== undefined).length).toBeGreaterThan(300);
  });

  it('writes URLs as autolinks and leaves the words alone', () => {
    expect(quickEscape('Our trust (555). See https://example.org/r/555')).toBe('Our trust (555). See <https://example.org/r/555>');
    expect(quickEscape('https://example.org/a, then https://example.org/b.')).toBe('<https://example.org/a>, then <https://example.org/b>.');
    expect(quickEscape('See *this* https://example.org')).toBeUndefined();
  });

  it('keeps a bracketed part of a URL in its link, and a bracket around it outside', () => {
    const wiki = 'https://en.wikipedia.org/wiki/Peer_support_(mental_health)';
    expect(quickEscape(`Background: ${wiki}`)).toBe(`Background: <${wiki}>`);
    expect(quickEscape(`Background (${wiki}).`)).toBe(`Background (<${wiki}>).`);
    expect(quickEscape('Rota (see https://example.org/rota).')).toBe('Rota (see <https://example.org/rota>).');
    const links = phrasing(`Read ${wiki}, then (https://example.org/a)`).filter((c) => c.type === 'link');
    expect(links.map((l) => (l.type === 'link' ? l.url : ''))).toEqual([wiki, 'https://example.org/a']);
  });
});
