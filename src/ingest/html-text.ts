/**
 * HTML and XML text to plain text: entities, and the chat HTML of Teams (Graph
 * `chatMessage` bodies). A small tokenizer rather than a DOM: chat bodies are
 * short fragments, and neither `node-html-parser` nor `he` is installed.
 */

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'",
  // A non-breaking space between chat words is just a space; bidi marks are invisible noise.
  nbsp: ' ', lrm: '', rlm: '', shy: '', zwj: '\u200D', zwnj: '\u200C',
  hellip: '…', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', bull: '•',
  copy: '©', reg: '®', trade: '™', euro: '€', pound: '£', deg: '°', middot: '·', times: '×',
};

const entity = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/g;

const fromCodePoint = (n: number, raw: string): string =>
  Number.isFinite(n) && n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : raw;

/** Decodes numeric and common named entities once; unknown names stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(entity, (raw, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec !== undefined) return fromCodePoint(Number(dec), raw);
    if (hex !== undefined) return fromCodePoint(parseInt(hex, 16), raw);
    return NAMED[name!] ?? NAMED[name!.toLowerCase()] ?? raw;
  });
}

const attrPattern = /([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;

/** Attributes of one start tag, values decoded. */
export function readAttributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(attrPattern)) out[m[1]!.toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  return out;
}

const BLOCK = new Set(['p', 'div', 'br', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'ul', 'ol', 'table']);
const SKIP = new Set(['script', 'style', 'attachment', 'head', 'title']);
const tagPattern = /<(\/?)([a-zA-Z][\w:-]*)([^>]*)>|<!--[\s\S]*?-->/g;

export interface ChatHtml {
  text: string;
  /** `<systemEventMessage/>`: the body of a Teams system event. */
  system: boolean;
  /** The `itemid` of an older-style quoted reply (`<blockquote itemtype=".../Reply">`). */
  replyTo?: string;
}

/**
 * Teams chat HTML to text: `<at>` keeps the name, `<emoji alt>` and Skype emoji
 * `<img alt>` give the alt, other `<img>` give `[image]`, `<attachment>` and a
 * quoted reply are dropped, `<a href>` gives its URL, blocks give newlines.
 */
export function chatHtmlToText(html: string): ChatHtml {
  if (!html.includes('<')) return { text: tidy(decodeEntities(collapse(html))), system: false };
  const parts: string[] = [];
  let system = false;
  let replyTo: string | undefined;
  let skipping: { name: string; depth: number } | undefined;
  let link: { href: string; at: number } | undefined;
  let last = 0;
  for (const m of html.matchAll(tagPattern)) {
    if (!skipping) parts.push(collapse(html.slice(last, m.index)));
    last = m.index + m[0].length;
    const name = m[2]?.toLowerCase();
    if (name === undefined) continue; // a comment
    const closing = m[1] === '/';
    const selfClosing = m[3]!.trimEnd().endsWith('/');
    if (skipping) {
      if (name === skipping.name) skipping.depth += closing ? -1 : selfClosing ? 0 : 1;
      if (skipping.depth === 0) skipping = undefined;
      continue;
    }
    if (name === 'systemeventmessage') system = true;
    else if (!closing && (SKIP.has(name) || (name === 'blockquote' && /schema\.skype\.com\/Reply/i.test(m[3]!)))) {
      if (name === 'blockquote') replyTo = readAttributes(m[3]!).itemid || replyTo;
      if (!selfClosing) skipping = { name, depth: 1 };
    } else if (name === 'img' && !closing) {
      const a = readAttributes(m[3]!);
      parts.push(/emoji/i.test(a.itemtype ?? '') && a.alt ? a.alt : '[image]');
    } else if (name === 'emoji' && !closing) {
      const alt = readAttributes(m[3]!).alt;
      if (alt) parts.push(alt);
      if (!selfClosing) skipping = { name, depth: 1 };
    } else if (name === 'a') {
      if (!closing) link = { href: readAttributes(m[3]!).href ?? '', at: parts.length };
      else if (link) {
        // The URL stands for the label: links are what an overview keeps.
        if (/^(?:https?:|mailto:)/i.test(link.href)) parts.splice(link.at, parts.length - link.at, link.href);
        link = undefined;
      }
    } else if (BLOCK.has(name)) parts.push('\n');
  }
  if (!skipping) parts.push(collapse(html.slice(last)));
  return { text: tidy(decodeEntities(parts.join(''))), system, ...(replyTo ? { replyTo } : {}) };
}

/** Source whitespace in HTML is one space. */
const collapse = (s: string): string => s.replace(/[ \t\r\n]+/g, ' ');

/** Trims every line; Teams shows paragraphs as plain lines, so blank ones go. */
const tidy = (s: string): string =>
  s.includes('\n') ? s.split('\n').map((l) => l.trim()).filter(Boolean).join('\n') : s.trim();
