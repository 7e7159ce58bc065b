/** The paragraphs of a `.docx` (a zip holding `word/document.xml`), as plain text lines. */
import { unzipSync } from 'fflate';
import { decodeEntities } from './html-text.js';

const DOCUMENT = 'word/document.xml';

/** Names of the entries in a zip, read from its directory without inflating anything. */
export function zipEntryNames(bytes: Uint8Array): string[] | undefined {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name);
        return false;
      },
    });
  } catch {
    return undefined;
  }
  return names;
}

/** Undefined when the bytes are not a zip with `word/document.xml`. */
export function docxText(bytes: Uint8Array): string | undefined {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, { filter: (f) => f.name === DOCUMENT });
  } catch {
    return undefined;
  }
  const xml = entries[DOCUMENT];
  return xml ? documentXmlText(new TextDecoder('utf-8').decode(xml)) : undefined;
}

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
