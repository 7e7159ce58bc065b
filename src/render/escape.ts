import type { Heading, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toMarkdown, type Options } from 'mdast-util-to-markdown';
import { URL_PATTERN } from '../text/tokens.js';

/**
 * The Markdown style of every overview; also what the round-trip test re-stringifies
 * with. mdast-util-to-markdown is what remark-stringify runs, without unified's load.
 */
export const STRINGIFY_OPTIONS: Options = { bullet: '-', rule: '-', emphasis: '_', strong: '*', fences: true, listItemIndent: 'one' };


/** Chat text as phrasing: plain text, with http(s) URLs as links and nothing else. */
export function phrasing(text: string): PhrasingContent[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  const out: PhrasingContent[] = [];
  let at = 0;
  for (const match of flat.matchAll(new RegExp(URL_PATTERN.source, URL_PATTERN.flags))) {
    if (match.index > at) out.push({ type: 'text', value: flat.slice(at, match.index) });
    out.push({ type: 'link', url: match[0], children: [{ type: 'text', value: match[0] }] });
    at = match.index + match[0].length;
  }
  if (at < flat.length) out.push({ type: 'text', value: flat.slice(at) });
  return out;
}

export type Context = 'item' | 'heading' | 'paragraph';

// Letters, digits, emoji, spaces and punctuation that remark never escapes inside a line,
// starting with a letter or digit (not "1." or "1)", which would open a list).
const PLAIN = /^(?!\d+[.)])[\p{L}\p{N}][\p{L}\p{N}\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\u200D\uFE0F ,.'’"?!;:()%/–—-]*$/u;
// Links are written as autolinks, so text with a URL always goes through remark.
const plain = (text: string): boolean => PLAIN.test(text) && !text.includes('://') && !text.includes('  ') && !/\s$/.test(text);

const wrap = (context: Context, children: PhrasingContent[]): RootContent => {
  const paragraph: Paragraph = { type: 'paragraph', children };
  if (context === 'heading') return { type: 'heading', depth: 3, children } satisfies Heading;
  if (context === 'paragraph') return paragraph;
  return { type: 'list', ordered: false, spread: false, children: [{ type: 'listItem', spread: false, children: [paragraph] } satisfies ListItem] };
};

const PREFIX: Record<Context, RegExp> = { item: /^- /, heading: /^### /, paragraph: /^/ };

/**
 * Escapes many chat texts for one Markdown context with a single remark-stringify
 * call, so that the result is exactly what remark itself would write: no text
 * can open a heading, list, link or HTML, and re-stringifying changes nothing.
 */
export function escapeMany(texts: readonly string[], context: Context): string[] {
  const blank = (t: string): boolean => t.trim() === '';
  // Empty texts make no block at all, so they are kept out of the batch.
  if (texts.some(blank)) {
    const escaped = escapeMany(texts.filter((t) => !blank(t)), context);
    let k = 0;
    return texts.map((t) => (blank(t) ? '' : escaped[k++]!));
  }
  if (texts.length === 0) return [];
  // Most chat text has nothing Markdown could read as syntax: it is its own escape.
  if (texts.some(plain)) {
    const rest = escapeMany(texts.filter((t) => !plain(t)), context);
    let k = 0;
    return texts.map((t) => (plain(t) ? t : rest[k++]!));
  }
  // Blocks are separated by a thematic break so each text's Markdown can be split back out.
  const children: RootContent[] = texts.flatMap((t, i) => (i === 0 ? [wrap(context, phrasing(t))] : [{ type: 'thematicBreak' }, wrap(context, phrasing(t))]));
  const root: Root = { type: 'root', children };
  const parts = toMarkdown(root, STRINGIFY_OPTIONS).replace(/\n$/, '').split('\n\n---\n\n');
  if (parts.length !== texts.length) throw new Error(`escape: expected ${texts.length} blocks, got ${parts.length}`);
  return parts.map((p) => p.replace(PREFIX[context], ''));
}

export const escapeOne = (text: string, context: Context): string => escapeMany([text], context)[0]!;
