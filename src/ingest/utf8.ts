/** Whether an export's bytes can be read as they are (plain UTF-8), and where their text starts. */
import { Buffer, isUtf8 } from 'node:buffer';

/**
 * The bytes as a Buffer when they are plain UTF-8 (with or without a BOM), else
 * undefined: UTF-16 (by its BOM, or a NUL in the first 4 KB, which `decode` sniffs
 * properly), windows-1252 and binary go through `decode` as a whole.
 */
export function plainUtf8(bytes: Uint8Array): Buffer | undefined {
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const [b0, b1] = buf;
  const nul = buf.indexOf(0);
  const utf16 = (b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff) || (nul !== -1 && nul < 4096);
  return !utf16 && isUtf8(buf) ? buf : undefined;
}

/** Where the text starts: `decode` drops the BOM bytes, then a U+FEFF the text still starts with. */
export const textStart = (b: Uint8Array): number => (bom(b, 0) ? (bom(b, 3) ? 6 : 3) : 0);

const bom = (b: Uint8Array, at: number): boolean => b[at] === 0xef && b[at + 1] === 0xbb && b[at + 2] === 0xbf;
