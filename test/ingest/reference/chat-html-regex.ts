/** Teams chat HTML to text as it was, through one tag regex: the reference the hand tokenizer in src must agree with. */
import { decodeEntities, readAttributes, type ChatHtml } from '../../../src/ingest/html-text.js';

const BLOCK = new Set(['p', 'div', 'br', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'ul', 'ol', 'table']);
const SKIP = new Set(['script', 'style', 'attachment', 'head', 'title']);
const tagPattern = /<(\/?)([a-zA-Z][\w:-]*)([^>]*)>|<!--[\s\S]*?-->/g;

/**
 * Teams chat HTML to text: `<at>` keeps the name, `<emoji alt>` and Skype emoji
 * `<img alt>` give the alt, other `<img>` give `[image]`, `<attachment>` and a
 * quoted reply are dropped, `<a href>` gives its URL, blocks give newlines.
 */
export function chatHtmlToTextByRegex(html: string): ChatHtml {
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
