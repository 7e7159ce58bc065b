/** Bytes to text: BOMs, UTF-16, UTF-8 with a windows-1252 fallback, one line ending. */

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes an export's bytes to text with `\n` line endings and no BOM. */
export function decode(bytes: Uint8Array, file: string): string {
  return normaliseLineEndings(stripBom(decodeSaved(bytes, file).text));
}

/** The encodings `decode` tells apart. */
export type SavedEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** The text as saved (line endings kept, BOM bytes dropped), and how it was saved: `lint --fix` writes it back that way. */
export function decodeSaved(bytes: Uint8Array, _file: string): { text: string; encoding: SavedEncoding; bom: boolean } {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { ...utf8Or1252(bytes.subarray(3)), bom: true };
  if (b0 === 0xff && b1 === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true };
  if (b0 === 0xfe && b1 === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true };
  const nul = sniffUtf16(bytes);
  if (nul) return { text: new TextDecoder(nul).decode(bytes), encoding: nul, bom: false };
  return { ...utf8Or1252(bytes), bom: false };
}

/** The bytes are decoded once: the fallback runs only when the strict UTF-8 pass threw. */
function utf8Or1252(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decode1252(bytes), encoding: 'windows-1252' };
  }
}

// windows-1252 differs from latin-1 only in 0x80-0x9F; Node's built-in 'windows-1252' decoder
// (without full ICU data) gives latin-1's C1 controls there, so map that row by hand.
const row80 =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function decode1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b < 0xa0 ? row80[b - 0x80] : String.fromCharCode(b);
  return out;
}

/** UTF-16 without a BOM: ASCII-heavy text has a NUL in every other byte. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.3 && even < pairs * 0.05) return 'utf-16le';
  if (even > pairs * 0.3 && odd < pairs * 0.05) return 'utf-16be';
  return undefined;
}

const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/**
 * CRLF, lone CR and Zoom cloud's `\r\r\n` all become `\n`. `\r\r\n` is matched
 * first so that it ends one line instead of adding a phantom blank one.
 */
export const normaliseLineEndings = (text: string): string => text.replace(/\r\r\n|\r\n|\r/g, '\n');
