/** The paragraphs of a `.docx`'s `word/document.xml`, as plain text lines. */
import { Buffer } from 'node:buffer';
import { decodeEntities } from './html-text.js';

const piece = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr)\b[^>]*\/>|<w:t\s*\/>/g;
// An empty paragraph may be written self-closed, `<w:p/>`: it still ends a line.
const selfClosed = /<w:p(?:\s[^>]*)?\/>/g;
const END = '</w:p>';

/** One paragraph's runs: `<w:t>` text joined, `<w:tab/>` a TAB, `<w:br/>` a line break. */
function paragraphText(p: string): string {
  let out = '';
  for (const m of p.matchAll(piece)) out += m[1] !== undefined ? m[1] : m[2] === 'tab' ? '\t' : m[2] ? '\n' : '';
  return decodeEntities(out);
}

/**
 * One line per `<w:p>` (and per `<w:br/>` inside one), trailing empty lines dropped,
 * read from the XML's UTF-8 bytes a paragraph at a time: a long transcript never
 * becomes one string of its XML (two-byte throughout if a single character needs
 * it), nor one string of its text. `</w:p>` is ASCII, so no
 * character straddles a cut.
 */
export function documentXmlLines(bytes: Uint8Array): string[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lines: string[] = [];
  let at = Math.max(0, buf.indexOf('<w:body'));
  for (;;) {
    const end = buf.indexOf(END, at);
    const chunk = buf.toString('utf8', at, end === -1 ? buf.length : end);
    // Usually one paragraph; more when empty ones are written self-closed before it.
    for (const p of chunk.replace(selfClosed, END).split(END)) {
      const text = paragraphText(p);
      if (text.includes('\n')) for (const l of text.split('\n')) lines.push(l);
      else lines.push(text);
    }
    if (end === -1) break;
    at = end + END.length;
  }
  let n = lines.length;
  while (n > 1 && lines[n - 1] === '') n--;
  lines.length = n;
  return lines;
}
