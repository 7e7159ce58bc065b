/** Queries several rules share, computed once per parsed file (markdownlint's per-file cache). */
import type { Heading, List, ListItem, Node, Nodes, Parent, Root, Text } from 'mdast';
import { findSessionDates, type SessionDateMatch } from '../dates/session-date.js';
import { nextLineStart } from './edits.js';
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
  /** Every node with children, the root first, in document order. */
  parents(): Parent[];
  /** Offset at which each line (1-based, index 0 unused) starts. */
  lineStarts(): number[];
  /** Positioned text nodes in document order, for rules that look inside lines. */
  textSpans(): TextSpan[];
  /** `findSessionDates(text)`, computed once per distinct text: several rules ask about the same lines. Shared: do not mutate. */
  sessionDates(text: string): readonly SessionDateMatch[];
}

/** The plain text of a node, leaving out nested lists (their items are bullets of their own). */
export function nodeText(node: Node): string {
  const n = node as Nodes;
  if (n.type === 'list') return '';
  if ('value' in n && typeof n.value === 'string' && n.type !== 'html') return n.value;
  if (!('children' in n)) return '';
  // Concatenation rather than map/join: this runs on every bullet and heading of every file.
  const children = n.children as Node[];
  const separator = n.type === 'listItem' ? ' ' : '';
  let text = '';
  for (let i = 0; i < children.length; i += 1) text += (i === 0 ? '' : separator) + nodeText(children[i] as Node);
  return text;
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

interface Walked {
  lists: List[];
  headings: Heading[];
  parents: Parent[];
  texts: Text[];
}

/** One pre-order walk (the order `unist-util-visit` uses) collecting every kind of node the rules ask for. */
function walk(tree: Root): Walked {
  const found: Walked = { lists: [], headings: [], parents: [], texts: [] };
  const enter = (node: Node): void => {
    if (node.type === 'list') found.lists.push(node as List);
    else if (node.type === 'heading') found.headings.push(node as Heading);
    else if (node.type === 'text') found.texts.push(node as Text);
    if (!('children' in node) || !node.children) return;
    const parent = node as Parent;
    found.parents.push(parent);
    for (const child of parent.children) enter(child);
  };
  enter(tree);
  return found;
}

/** A lazily filled cache over one tree and its source. */
export function createCache(tree: Root, source: string): LintCache {
  const walked = memo(() => walk(tree));
  const lineStarts = memo(() => {
    const starts = [0, 0];
    // `\r\n` and a lone `\r` end lines too, as in the parser, or columns in a CR file run on from line 1.
    for (let i = nextLineStart(source, 0); i !== -1; i = nextLineStart(source, i)) starts.push(i);
    return starts;
  });
  const dates = new Map<string, SessionDateMatch[]>();
  return {
    bullets: memo(() => {
      const found: Bullet[] = [];
      for (const list of walked().lists) {
        list.children.forEach((item, index) => found.push({ item, list, index, text: nodeText(item).trim() }));
      }
      return found;
    }),
    lists: () => walked().lists,
    headings: () => walked().headings,
    parents: () => walked().parents,
    lineStarts,
    textSpans: memo(() => collectTextSpans(walked().texts, source, lineStarts)),
    sessionDates(text) {
      let found = dates.get(text);
      if (!found) dates.set(text, (found = findSessionDates(text)));
      return found;
    },
  };
}
