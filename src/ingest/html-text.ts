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
/** One tag or comment as `<(\/?)([a-zA-Z][\w:-]*)([^>]*)>|<!--[\s\S]*?-->` would match it; `name` undefined for a comment. */
interface Tag {
  index: number;
  end: number;
  closing: boolean;
  name: string | undefined;
  attrs: string;
}

const SLASH = 47;

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** `[\w:-]` */
const isNameChar = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 57) || c === 95 || c === 58 || c === 45;

/**
 * The next tag or comment from `from`, found as that regex would find it (every match
 * ends at a `>`), by hand: a regex run over every body costs more than the rest of a record.
 */
function nextTag(html: string, from: number): Tag | undefined {
  for (let p = html.indexOf('<', from); p !== -1; p = html.indexOf('<', p + 1)) {
    const closing = html.charCodeAt(p + 1) === SLASH && isLetter(html.charCodeAt(p + 2));
    const nameAt = closing ? p + 2 : p + 1;
    if (isLetter(html.charCodeAt(nameAt))) {
      let i = nameAt + 1;
      while (isNameChar(html.charCodeAt(i))) i++;
      const gt = html.indexOf('>', i);
      // No `>` left: nothing from here on can match.
      if (gt === -1) return undefined;
      return { index: p, end: gt + 1, closing, name: html.slice(nameAt, i), attrs: html.slice(i, gt) };
    }
    if (html.startsWith('<!--', p)) {
      const close = html.indexOf('-->', p + 4);
      if (close !== -1) return { index: p, end: close + 3, closing: false, name: undefined, attrs: '' };
    }
  }
  return undefined;
}

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
  for (let m = nextTag(html, 0); m !== undefined; m = nextTag(html, m.end)) {
    if (!skipping) parts.push(collapse(html.slice(last, m.index)));
    last = m.end;
    if (m.name === undefined) continue; // a comment
    const name = lowerName(m.name);
    const closing = m.closing;
    const selfClosing = m.attrs !== '' && m.attrs.trimEnd().endsWith('/');
    if (skipping) {
      if (name === skipping.name) skipping.depth += closing ? -1 : selfClosing ? 0 : 1;
      if (skipping.depth === 0) skipping = undefined;
      continue;
    }
    if (name === 'systemeventmessage') system = true;
    else if (!closing && (SKIP.has(name) || (name === 'blockquote' && /schema\.skype\.com\/Reply/i.test(m.attrs)))) {
      if (name === 'blockquote') replyTo = readAttributes(m.attrs).itemid || replyTo;
      if (!selfClosing) skipping = { name, depth: 1 };
    } else if (name === 'img' && !closing) {
      const a = readAttributes(m.attrs);
      parts.push(/emoji/i.test(a.itemtype ?? '') && a.alt ? a.alt : '[image]');
    } else if (name === 'emoji' && !closing) {
      const alt = readAttributes(m.attrs).alt;
      if (alt) parts.push(alt);
      if (!selfClosing) skipping = { name, depth: 1 };
    } else if (name === 'a') {
      if (!closing) link = { href: readAttributes(m.attrs).href ?? '', at: parts.length };
      else if (link) {
        // The URL stands for the label: links are what an overview keeps.
        if (/^(?:https?:|mailto:)/i.test(link.href)) parts.splice(link.at, parts.length - link.at, link.href);
        link = undefined;
      }
    } else if (BLOCK.has(name)) parts.push('\n');
  }
  if (!skipping) parts.push(collapse(html.slice(last)));
  const text = tidy(decodeEntities(parts.join('')));
  // Two literals rather than a spread of an optional part: this runs once per message.
  return replyTo ? { text, system, replyTo } : { text, system };
}

/** Tag names are mostly written in lower case already: no new string for those. */
function lowerName(name: string): string {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 65 && c <= 90) return name.toLowerCase();
  }
  return name;
}

/** Source whitespace in HTML is one space; most pieces have no run to collapse, and a test finds that cheaper than a replace. */
const collapse = (s: string): string => (needsCollapse.test(s) ? s.replace(/[ \t\r\n]+/g, ' ') : s);
const needsCollapse = /[\t\n\r]| [ \t\n\r]/;

/** Trims every line; Teams shows paragraphs as plain lines, so blank ones go. */
function tidy(s: string): string {
  if (!s.includes('\n')) return s.trim();
  // `split`, `map`, `filter`, `join` without their arrays: most bodies keep one line.
  let out: string | undefined;
  let more: string[] | undefined;
  for (let from = 0; from <= s.length; ) {
    let to = s.indexOf('\n', from);
    if (to === -1) to = s.length;
    const line = s.slice(from, to).trim();
    from = to + 1;
    if (line === '') continue;
    if (out === undefined) out = line;
    else (more ??= [out]).push(line);
  }
  return more ? more.join('\n') : (out ?? '');
}
