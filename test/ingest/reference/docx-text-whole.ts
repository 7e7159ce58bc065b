/**
 * The reader `documentXmlLines` replaced, kept as its oracle: the whole XML as one
 * string, self-closed paragraphs made ends, split on `</w:p>`, runs joined.
 */
import { decodeEntities } from '../../../src/ingest/html-text.js';

const piece = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr)\b[^>]*\/>|<w:t\s*\/>/g;

export function documentXmlText(xml: string): string {
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
