/** The paragraphs of a `.docx`'s `word/document.xml`, as plain text lines. */
import { decodeEntities } from './html-text.js';

const piece = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr)\b[^>]*\/>|<w:t\s*\/>/g;

/** One line per `<w:p>`: runs' `<w:t>` text joined, `<w:tab/>` a TAB, `<w:br/>` a line break. */
export function documentXmlText(xml: string): string {
  // An empty paragraph may be written self-closed, `<w:p/>`: it still ends a line.
  const body = xml.slice(Math.max(0, xml.indexOf('<w:body'))).replace(/<w:p(?:\s[^>]*)?\/>/g, '</w:p>');
  return body
    .split(/<\/w:p>/)
    .map((p) => {
      let out = '';
      for (const m of p.matchAll(piece)) out += m[1] !== undefined ? m[1] : m[2] === 'tab' ? '\t' : m[2] ? '\n' : '';
      return decodeEntities(out);
    })
    .join('\n')
    .replace(/\n+$/, '');
}
