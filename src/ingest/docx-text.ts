/** The paragraphs of a `.docx`'s `word/document.xml`, as plain text lines. */
import { Buffer } from 'node:buffer';
import { decodeEntities } from './html-text.js';

const piece = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr)\b[^>]*\/>|<w:t\s*\/>/g;
// An empty paragraph may be written self-closed, `<w:p/>`: it still ends a line.
const selfClosed = /<w:p(?:\s[^>]*)?\/>/g;
const END = '</w:p>';
const CLOSE_T = '</w:t>'.length;

/**
 * One paragraph's runs: `<w:t>` text joined, `<w:tab/>` a TAB, `<w:br/>` a line break.
 * `xml` is the paragraph's bytes read as latin-1, so its offsets are byte offsets: every
 * tag is ASCII, and each run's text is decoded as UTF-8 from `buf` on its own. A run's
 * text is then a string of its own, not a slice of the paragraph's XML, which a kept
 * message would otherwise hold alive (the whole document, over a transcript).
 */
function paragraphText(xml: string, buf: Buffer, base: number): string {
  let out = '';
  piece.lastIndex = 0;
  for (let m = piece.exec(xml); m !== null; m = piece.exec(xml)) {
    if (m[1] !== undefined) {
      const end = base + m.index + m[0].length - CLOSE_T;
      out += m[1] === '' ? '' : buf.toString('utf8', end - m[1].length, end);
    } else out += m[2] === 'tab' ? '\t' : m[2] ? '\n' : '';
  }
  return decodeEntities(out);
}

/**
 * One line per `<w:p>` (and per `<w:br/>` inside one), trailing empty lines dropped,
 * read from the XML's UTF-8 bytes a paragraph at a time: a long transcript never
 * becomes one string of its XML (two-byte throughout if a single character needs
 * it), nor one string of its text. `</w:p>` is ASCII, so no character straddles a cut,
 * and UTF-8 resynchronises at every ASCII byte, so decoding a run alone gives what
 * decoding its paragraph would (malformed bytes included).
 */
export function documentXmlLines(bytes: Uint8Array): string[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lines: string[] = [];
  const push = (text: string) => {
    if (text.includes('\n')) for (const l of text.split('\n')) lines.push(l);
    else lines.push(text);
  };
  let at = Math.max(0, buf.indexOf('<w:body'));
  for (;;) {
    const end = buf.indexOf(END, at);
    const chunk = buf.toString('latin1', at, end === -1 ? buf.length : end);
    // Usually one paragraph; more when empty ones are written self-closed before it.
    let from = 0;
    selfClosed.lastIndex = 0;
    for (let m = selfClosed.exec(chunk); m !== null; m = selfClosed.exec(chunk)) {
      push(paragraphText(chunk.slice(from, m.index), buf, at + from));
      from = m.index + m[0].length;
    }
    push(paragraphText(from === 0 ? chunk : chunk.slice(from), buf, at + from));
    if (end === -1) break;
    at = end + END.length;
  }
  let n = lines.length;
  while (n > 1 && lines[n - 1] === '') n--;
  lines.length = n;
  return lines;
}
