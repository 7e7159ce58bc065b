/** An overview's bytes as lint's text, and fixed text back to bytes the way the file was saved. */
import { Buffer } from 'node:buffer';
import { decodeSaved, type SavedEncoding } from '../ingest/decode.js';

/** How a file was saved, so `--fix` can write it back the same way. */
export interface Saved {
  encoding: SavedEncoding;
  /** The file started with a byte order mark. */
  bom: boolean;
}

/**
 * The text summarise would read (UTF-8, UTF-16 by BOM or sniffed, else windows-1252), without the BOM:
 * the parser leaves a leading U+FEFF out of its offsets, so with it kept every fix landed one character early.
 * Line endings stay as they are: the fixes keep them.
 */
export function readOverview(bytes: Uint8Array, file: string): { text: string; saved: Saved } {
  const { text, encoding, bom } = decodeSaved(bytes, file);
  return { text, saved: { encoding, bom } };
}

/** The text in the file's own encoding, with its BOM if it had one; undefined when that is not possible (Node has no windows-1252 encoder). */
export function encodeOverview(text: string, saved: Saved): Buffer | undefined {
  const body = saved.bom ? `\uFEFF${text}` : text;
  if (saved.encoding === 'utf-8') return Buffer.from(body, 'utf8');
  if (saved.encoding === 'utf-16le') return Buffer.from(body, 'utf16le');
  if (saved.encoding === 'utf-16be') return Buffer.from(body, 'utf16le').swap16();
  return undefined;
}
