import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { escapeMany, STRINGIFY_OPTIONS } from '../../src/render/escape.js';

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
