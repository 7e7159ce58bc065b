/** Queries several rules share, computed once per parsed file (markdownlint's per-file cache). */
import type { Heading, List, ListItem, Node, Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { collectTextSpans, type TextSpan } from './places.js';

export interface Bullet {
  item: ListItem;
  list: List;
  /** Position of the item among its list's children. */
  index: number;
  /** The item's own text, without nested lists. */
  text: string;
}

export interface LintCache {
  bullets(): Bullet[];
  lists(): List[];
  headings(): Heading[];
  /** Offset at which each line (1-based, index 0 unused) starts. */
  lineStarts(): number[];
  /** Positioned text nodes in document order, for rules that look inside lines. */
  textSpans(): TextSpan[];
}

/** The plain text of a node, leaving out nested lists (their items are bullets of their own). */
export function nodeText(node: Node): string {
  const n = node as Nodes;
  if (n.type === 'list') return '';
  if ('value' in n && typeof n.value === 'string' && n.type !== 'html') return n.value;
  if ('children' in n) return (n.children as Node[]).map(nodeText).join(n.type === 'listItem' ? ' ' : '');
  return '';
}

const memo = <T>(compute: () => T): (() => T) => {
  let value: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value as T;
  };
};

/** A lazily filled cache over one tree and its source. */
export function createCache(tree: Root, source: string): LintCache {
  const lineStarts = memo(() => {
    const starts = [0, 0];
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  });
  return {
    bullets: memo(() => {
      const found: Bullet[] = [];
      visit(tree, 'list', (list) => {
        list.children.forEach((item, index) => found.push({ item, list, index, text: nodeText(item).trim() }));
      });
      return found;
    }),
    lists: memo(() => {
      const found: List[] = [];
      visit(tree, 'list', (list) => void found.push(list));
      return found;
    }),
    headings: memo(() => {
      const found: Heading[] = [];
      visit(tree, 'heading', (heading) => void found.push(heading));
      return found;
    }),
    lineStarts,
    textSpans: memo(() => collectTextSpans(tree, source, lineStarts)),
  };
}
