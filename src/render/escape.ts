import type { Heading, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toMarkdown, type Options } from 'mdast-util-to-markdown';
import { twin } from '../text/charset.js';
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
// starting with a letter or digit (not "1." or "1)", which would open a list); then the
// same characters in the middle of a line, where nothing can open a block. Each has an
// ASCII twin for text whose letters and digits are all ASCII (see text/charset.ts).
// (`|` opens nothing without GFM tables, which overviews are not written with: the date line has one.)
const CHARS = String.raw`\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\u200D\uFE0F ,.'’"?!;:()%/|–—…-`;
// `&` is escaped only where it could start a character reference ("&amp;", "&#38;").
const AMP = '|&(?![#A-Za-z])';
const plainPattern = twin(new RegExp(`^(?!\\d+[.)])[A-Za-z0-9](?:[A-Za-z0-9${CHARS}]${AMP})*$`, 'u'), () => new RegExp(`^(?!\\d+[.)])[\\p{L}\\p{N}](?:[\\p{L}\\p{N}${CHARS}]${AMP})*$`, 'u'));
const midPattern = twin(new RegExp(`^(?:[A-Za-z0-9${CHARS}]${AMP})*$`, 'u'), () => new RegExp(`^(?:[\\p{L}\\p{N}${CHARS}]${AMP})*$`, 'u'));
const PLAIN = { test: (text: string): boolean => plainPattern(text).test(text) };
const MID = { test: (text: string): boolean => midPattern(text).test(text) };
// remark writes a link whose text is its URL as an autolink, and escapes nothing inside
// one (it leaves phrasing): `<url>`, for URLs without controls, spaces or angle brackets.
const AUTOLINK = /^[a-z][a-z+.-]+:[^\0- <>\u007F]*$/i;
const URLS = new RegExp(URL_PATTERN.source, URL_PATTERN.flags);

/**
 * What remark would write for text whose only syntax is http(s) URLs, without
 * running remark; undefined when the text needs the real serializer.
 */
export function quickEscape(text: string): string | undefined {
  if (text.includes('  ') || /^\s|\s$/.test(text)) return undefined;
  if (!text.includes('://')) return PLAIN.test(text) ? text : undefined;
  let out = '';
  let at = 0;
  for (const match of text.matchAll(URLS)) {
    const before = text.slice(at, match.index);
    if (!(at === 0 ? before === '' || PLAIN.test(before) : MID.test(before)) || !AUTOLINK.test(match[0])) return undefined;
    out += `${before}<${match[0]}>`;
    at = match.index + match[0].length;
  }
  const rest = text.slice(at);
  // "://" without an http(s) URL: rare, left to remark.
  return at > 0 && MID.test(rest) ? out + rest : undefined;
}

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
  // Most chat text has nothing Markdown could read as syntax but links: it is written as is.
  const quick = texts.map(quickEscape);
  const rest = texts.filter((_, i) => quick[i] === undefined);
  const escaped = rest.length > 0 ? escapeWithRemark(rest, context) : [];
  let k = 0;
  return quick.map((q) => q ?? escaped[k++]!);
}

/** The serializer path of `escapeMany`: one remark-stringify call for all the texts. */
export function escapeWithRemark(texts: readonly string[], context: Context): string[] {
  // Blocks are separated by a thematic break so each text's Markdown can be split back out.
  const children: RootContent[] = texts.flatMap((t, i) => (i === 0 ? [wrap(context, phrasing(t))] : [{ type: 'thematicBreak' }, wrap(context, phrasing(t))]));
  const root: Root = { type: 'root', children };
  const parts = toMarkdown(root, STRINGIFY_OPTIONS).replace(/\n$/, '').split('\n\n---\n\n');
  if (parts.length !== texts.length) throw new Error(`escape: expected ${texts.length} blocks, got ${parts.length}`);
  return parts.map((p) => p.replace(PREFIX[context], ''));
}

export const escapeOne = (text: string, context: Context): string => escapeMany([text], context)[0]!;
