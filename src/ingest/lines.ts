/**
 * Lines of an export, one at a time, from a decoded string or straight from the
 * file's bytes. Reading from bytes decodes each line on its own, so a 200 MB
 * export never becomes one 400 MB two-byte string (one emoji anywhere makes the
 * whole string two-byte), and the lines a parser keeps are small flat strings,
 * one-byte unless they hold such a character themselves.
 */
import { Buffer } from 'node:buffer';
import type { ChatExport, ParseSource, Parser } from '../types.js';
import { decode } from './decode.js';
import { plainUtf8, textStart } from './utf8.js';

/** A cursor over `\n`-separated lines that can be read more than once. */
export interface Lines {
  /** The next line without its ending, or undefined after the last one. */
  next(): string | undefined;
  /** 1-based number of the line `next` returned last (0 before the first). */
  line: number;
  /** Back to the first line, for parsers that settle something over the whole file first. */
  rewind(): void;
  /** The first `n` characters of the text, for detection. */
  head(n: number): string;
  /** The whole text, for parsers that read it in one piece (JSON). */
  text(): string;
  /**
   * `part` as a string of its own when it ends the line `next` returned last,
   * so a message that keeps it does not keep the whole line (and, from bytes, is
   * one-byte unless `part` itself needs two); otherwise `part` as it is.
   */
  own(line: string, part: string): string;
  /**
   * `part` (a piece of the line `next` returned last) as a string that does not keep
   * the line alive, wherever in the line it is; from text, `part` as it is.
   */
  copy(part: string): string;
}

// Shorter slices are copies already (V8 makes a sliced string from 13 characters up).
const MIN_SLICE = 13;

/** Lines of already-normalised text (as `decode` returns it): `split('\n')` without the array. */
export class TextLines implements Lines {
  line = 0;
  private pos = 0;
  constructor(private readonly source: string) {}

  next(): string | undefined {
    const s = this.source;
    // `split` gives one (empty) line even for empty text; so does this.
    if (this.pos > s.length) return undefined;
    let eol = s.indexOf('\n', this.pos);
    if (eol === -1) eol = s.length;
    const out = s.slice(this.pos, eol);
    this.pos = eol + 1;
    this.line++;
    return out;
  }

  rewind(): void {
    this.pos = 0;
    this.line = 0;
  }

  head(n: number): string {
    return this.source.slice(0, n);
  }

  text(): string {
    return this.source;
  }

  own(_line: string, part: string): string {
    // The text is in memory anyway: a slice of it costs less than a copy.
    return part;
  }

  copy(part: string): string {
    return part;
  }
}

const LF = 10;
const CR = 13;

/**
 * Lines of UTF-8 bytes, decoded one by one. Line endings are read as `decode`
 * normalises them: `\r\r\n`, `\r\n` and a lone `\r` each end one line.
 */
export class ByteLines implements Lines {
  line = 0;
  private pos: number;
  private readonly start: number;
  private readonly hasCr: boolean;
  /** Byte range of the line `next` returned last, or -1 when it was cut at a lone `\r`. */
  private lineEnd = -1;
  /** Lines still to give from one `\n`-line that held lone `\r`s. */
  private pending: string[] = [];

  constructor(private readonly bytes: Buffer) {
    this.start = textStart(bytes);
    this.pos = this.start;
    this.hasCr = bytes.indexOf(CR, this.start) !== -1;
  }

  next(): string | undefined {
    if (this.pending.length > 0) {
      this.line++;
      this.lineEnd = -1;
      return this.pending.shift();
    }
    const b = this.bytes;
    const n = b.length;
    if (this.pos > n) return undefined;
    let eol = b.indexOf(LF, this.pos);
    if (eol === -1) eol = n;
    let end = eol;
    const from = this.pos;
    this.pos = eol + 1;
    this.line++;
    this.lineEnd = end;
    if (!this.hasCr) return b.toString('utf8', from, end);
    // `\r\n` and `\r\r\n` end the line; any other `\r` splits it.
    if (end < n && end > from && b[end - 1] === CR) {
      end--;
      if (end > from && b[end - 1] === CR) end--;
    }
    this.lineEnd = end;
    const s = b.toString('utf8', from, end);
    if (!s.includes('\r')) return s;
    this.lineEnd = -1;
    const parts = s.split('\r');
    // A `\r` that ends the text is a line ending, as `split('\n')` of normalised text shows it.
    this.pending = parts.slice(1);
    return parts[0];
  }

  own(line: string, part: string): string {
    if (part.length < MIN_SLICE || part.length >= line.length || this.lineEnd < 0 || !line.endsWith(part)) return part;
    return this.bytes.toString('utf8', this.lineEnd - Buffer.byteLength(part), this.lineEnd);
  }

  copy(part: string): string {
    // Through UTF-8 and back: one flat string of its own, exactly its size (a slice of a copy would add a slice's header).
    // The lines were decoded from valid UTF-8, so they hold no lone surrogate the trip could change.
    return part.length < MIN_SLICE ? part : Buffer.from(part, 'utf8').toString('utf8');
  }

  rewind(): void {
    this.pos = this.start;
    this.line = 0;
    this.pending = [];
  }

  head(n: number): string {
    // Four bytes per character at most; line endings only shrink. A sequence cut at the end lies past `n`.
    const part = this.bytes.subarray(this.start, this.start + n * 4 + 8);
    return normalise(part.toString('utf8')).slice(0, n);
  }

  text(): string {
    return normalise(this.bytes.toString('utf8', this.start));
  }
}

const normalise = (text: string): string => (text.includes('\r') ? text.replace(/\r\r\n|\r\n|\r/g, '\n') : text);

/**
 * Lines straight from bytes when they are plain UTF-8 (with or without a BOM);
 * UTF-16 and windows-1252 files go through `decode` as a whole.
 */
export function linesOf(bytes: Uint8Array, file: string): Lines {
  const buf = plainUtf8(bytes);
  return buf ? new ByteLines(buf) : new TextLines(decode(bytes, file));
}

/** A parser that can read an export line by line (and so straight from its bytes). */
export interface LineParser extends Parser {
  parseLines(lines: Lines, source: ParseSource): ChatExport;
}

/** A line parser whose `parse(text)` reads the same lines from a string. */
export const lineParser = (spec: Omit<LineParser, 'parse'>): LineParser => ({
  ...spec,
  parse: (text, source) => spec.parseLines(new TextLines(text), source),
});

export const readsLines = (p: Parser): p is LineParser => typeof (p as Partial<LineParser>).parseLines === 'function';
