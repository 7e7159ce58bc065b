/**
 * A JSON export read record by record, straight from its UTF-8 bytes. One pass
 * finds each item of the record arrays (Graph `value[]`, `messages[]`, a bare
 * array) and `JSON.parse`s that item's own bytes, so no string of the whole file
 * and no tree of every record ever exist at once. What lies outside the record
 * arrays (names, titles, paging links) is parsed as an outline in which each
 * record array stands as `[n]`, its number in document order.
 */
import { Buffer } from 'node:buffer';
import { InputError } from '../errors.js';
import { decode } from './decode.js';
import { plainUtf8, textStart } from './utf8.js';

export interface JsonStreamOptions {
  /** Whether an array at `depth` (0: a top-level value) under `key` (undefined in an array) holds records. */
  isRecordArray(depth: number, key: string | undefined): boolean;
  /** Each item of a record array, parsed, with the line it starts on and its array's number. */
  onItem(item: unknown, line: number, array: number): void;
  /** Each top-level value as its outline, with the line it starts on, in document order with the items. */
  onValue?(outline: unknown, line: number): void;
  /** Only one top-level value may stand in the file (a second is an error). */
  single?: boolean;
  /** Start of every error message: `not a Telegram export`. */
  what: string;
  /** Find every record's end by walking it, never from the layout: what the layout paths must match (tests). */
  walkOnly?: boolean;
}

export interface JsonStreamResult {
  /** How many top-level values the file held. */
  values: number;
  /** Items per record array, by the array's number. */
  counts: number[];
}

const QUOTE = 34;
const BACKSLASH = 92;
const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
const COMMA = 44;
const COLON = 58;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
// Strings longer than this are skipped with `indexOf`: a native call costs more than a short byte loop.
const SHORT_STRING = 24;
// Keys longer than this are never record keys: not worth decoding.
const MAX_KEY = 40;

// A layout guess (see `laidOutItem`) that JSON.parse refused this often stops being tried in that file.
const MAX_MISSES = 8;
// A record longer than this is walked: a wrong guess would decode (bytes) and parse it for nothing.
const MAX_GUESS = 1 << 18;

/**
 * What the stream reads, by index: the export's UTF-8 bytes, or its text when the
 * caller has only that (`parse(text)`), so no copy of it is encoded. Brackets, quotes,
 * commas and whitespace are ASCII, the same unit in both; only a record's own text is decoded.
 */
interface Input {
  readonly length: number;
  /** The byte or UTF-16 unit at `i`; not a structural character past the end. */
  at(i: number): number;
  /** Index of the ASCII character `code` from `from` on, or -1. */
  find(code: number, from: number): number;
  /** Index of the ASCII text `needle` from `from` on, or -1. */
  findText(needle: string, from: number): number;
  text(start: number, end: number): string;
}

class BytesInput implements Input {
  readonly length: number;
  private needle = '';
  private needleBytes = Buffer.alloc(0);
  constructor(private readonly b: Buffer) {
    this.length = b.length;
  }
  at(i: number): number {
    return this.b[i]!;
  }
  find(code: number, from: number): number {
    return this.b.indexOf(code, from);
  }
  findText(needle: string, from: number): number {
    // One encoding per needle, not one a call: a file's records share theirs.
    if (needle !== this.needle) {
      this.needle = needle;
      this.needleBytes = Buffer.from(needle, 'latin1');
    }
    return this.b.indexOf(this.needleBytes, from);
  }
  text(start: number, end: number): string {
    return this.b.toString('utf8', start, end);
  }
}

class TextInput implements Input {
  readonly length: number;
  constructor(private readonly s: string) {
    this.length = s.length;
  }
  at(i: number): number {
    return this.s.charCodeAt(i);
  }
  find(code: number, from: number): number {
    return this.s.indexOf(code === LF ? '\n' : String.fromCharCode(code), from);
  }
  findText(needle: string, from: number): number {
    return this.s.indexOf(needle, from);
  }
  text(start: number, end: number): string {
    return this.s.slice(start, end);
  }
}

/** ES2024 methods Node 20 has but the ES2023 lib does not declare. */
type WellFormed = string & { isWellFormed(): boolean; toWellFormed(): string };

/** UTF-8 bytes of an export: the bytes themselves when they are UTF-8, else its decoded text (UTF-16, windows-1252) re-encoded. */
export const utf8Bytes = (bytes: Uint8Array, file: string): Buffer => plainUtf8(bytes) ?? Buffer.from(decode(bytes, file), 'utf8');

/**
 * Reads every record of `bytes` (UTF-8, see `utf8Bytes`), or of a text as its UTF-8
 * bytes would read; malformed JSON is an InputError naming the file and line.
 */
export function streamJson(bytes: Buffer | string, file: string, opts: JsonStreamOptions): JsonStreamResult {
  if (typeof bytes !== 'string') return new JsonStream(new BytesInput(bytes), textStart(bytes), file, opts).run();
  // Encoding would turn a lone surrogate into U+FFFD: so does toWellFormed, where one stands.
  const text = (bytes as WellFormed).isWellFormed() ? bytes : (bytes as WellFormed).toWellFormed();
  // The bytes' BOMs (see textStart) as the text holds them.
  const start = text.charCodeAt(0) === 0xfeff ? (text.charCodeAt(1) === 0xfeff ? 2 : 1) : 0;
  return new JsonStream(new TextInput(text), start, file, opts).run();
}

// What `laidOutItem` gives when the layout does not tell a record's end.
const UNKNOWN = Symbol('unknown');

class JsonStream {
  private line = 1;
  private readonly n: number;
  private readonly counts: number[] = [];
  // Without a CR a line is a LF, which `find` counts natively.
  private readonly lfOnly: boolean;
  private misses = 0;
  // The close that ends a record opened alone on its line, by the indent before its `{`.
  private indent = '';
  private closer = '';
  // The first LF at or after `eolFrom` (-1: none): found once a line, not once a record, as a minified file is one line.
  private eolFrom = Infinity;
  private eol = -1;

  constructor(
    private readonly b: Input,
    private pos: number,
    private readonly file: string,
    private readonly opts: JsonStreamOptions,
  ) {
    this.n = b.length;
    this.lfOnly = b.find(CR, pos) === -1;
    if (opts.walkOnly) this.misses = MAX_MISSES;
  }

  run(): JsonStreamResult {
    let values = 0;
    for (;;) {
      this.skipSpace();
      if (this.pos >= this.n) break;
      const c = this.b.at(this.pos);
      if (values > 0 && this.opts.single) this.fail('unexpected text after the JSON value');
      if (c !== OPEN_OBJECT && c !== OPEN_ARRAY) this.fail(values === 0 ? 'not valid JSON' : 'unexpected text between JSON values');
      const line = this.line;
      const outline = this.topValue();
      values++;
      this.opts.onValue?.(outline, line);
    }
    return { values, counts: this.counts };
  }

  /** One top-level value: walked byte by byte outside the record arrays, which `items` reads. */
  private topValue(): unknown {
    const b = this.b;
    const startLine = this.line;
    const pieces: string[] = [];
    let pieceStart = this.pos;
    // Per open container: is it an object?
    const stack: boolean[] = [];
    let key: string | undefined;
    let prev = 0;
    for (;;) {
      if (this.pos >= this.n) this.fail('unexpected end of the file inside a JSON value');
      const c = b.at(this.pos);
      if (c === QUOTE) {
        const start = this.pos;
        this.pos = this.stringEnd(start + 1) + 1;
        // Remembered as the key only if a colon follows: see COLON.
        key = this.pos - start - 2 <= MAX_KEY ? b.text(start + 1, this.pos - 1) : undefined;
        prev = QUOTE;
        continue;
      }
      if (c === LF || c === CR) this.newline(c);
      else if (c === COLON) prev = COLON;
      else if (c === OPEN_ARRAY && this.opts.isRecordArray(stack.length, prev === COLON ? key : undefined)) {
        pieces.push(b.text(pieceStart, this.pos + 1));
        const before = this.line;
        const array = this.items();
        // The array's number stands for its items; its newlines keep later lines where they were.
        pieces.push('\n'.repeat(this.line - before), String(array));
        pieceStart = this.pos;
        prev = CLOSE_ARRAY;
        if (stack.length === 0) break;
      } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
        stack.push(c === OPEN_OBJECT);
        prev = c;
      } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        stack.pop();
        prev = c;
        if (stack.length === 0) break;
      } else if (c !== SPACE && c !== TAB) prev = c;
      this.pos++;
    }
    this.pos++;
    pieces.push(b.text(pieceStart, this.pos));
    const outline = pieces.length === 1 ? pieces[0]! : pieces.join('');
    return this.parse(outline, startLine);
  }

  /** The items of a record array (at its `[`), each parsed and handed on; stops at its `]`. */
  private items(): number {
    const b = this.b;
    const array = this.counts.length;
    this.counts.push(0);
    let count = 0;
    this.pos++;
    this.skipSpace();
    if (b.at(this.pos) === CLOSE_ARRAY) return array;
    for (;;) {
      this.skipSpace();
      const line = this.line;
      const start = this.pos;
      const c = b.at(start);
      let item: unknown = UNKNOWN;
      if ((c === OPEN_OBJECT || c === OPEN_ARRAY) && this.misses < MAX_MISSES) item = this.laidOutItem(start, c);
      if (item === UNKNOWN) {
        if (c === OPEN_OBJECT || c === OPEN_ARRAY) this.containerEnd();
        else if (c === QUOTE) this.pos = this.stringEnd(start + 1) + 1;
        else this.scalarEnd();
        if (this.pos === start) this.fail(this.pos >= this.n ? 'unexpected end of the file inside an array' : 'expected a value in the array');
        item = this.parse(b.text(start, this.pos), line);
      }
      this.opts.onItem(item, line, array);
      this.counts[array] = ++count;
      this.skipSpace();
      const next = b.at(this.pos);
      if (next === CLOSE_ARRAY) return array;
      if (next !== COMMA) this.fail(this.pos >= this.n ? 'unexpected end of the file inside an array' : "expected ',' or ']' after an array item");
      this.pos++;
    }
  }

  /**
   * A record (its `{` or `[` at `start`) whose end the layout tells, parsed with no walk
   * through its bytes: one that ends on its own line (a record a line), or one opened alone
   * on its line and closed by the first line that starts, at the same indent, with its
   * closing bracket (pretty-printed). JSON.parse checks the guess: it accepts the text only
   * if the value that starts at `start` ends where the text does. UNKNOWN when the layout
   * says nothing or the guess was wrong, and the record is walked instead.
   */
  private laidOutItem(start: number, open: number): unknown {
    const b = this.b;
    const eol = this.lineEnd(start);
    const lineEnd = eol === -1 ? this.n : eol;
    // The line's last character, past trailing whitespace and the comma before the next item.
    let e = this.trimEnd(start, lineEnd);
    if (b.at(e - 1) === COMMA) e = this.trimEnd(start, e - 1);
    const last = b.at(e - 1);
    if (e - start > 1 && (last === CLOSE_OBJECT || last === CLOSE_ARRAY)) {
      if (e - start > MAX_GUESS) return UNKNOWN;
      const item = this.guess(start, e);
      if (item === UNKNOWN) return item;
      // No LF inside, but a lone CR ends a line too.
      if (!this.lfOnly) this.line += this.linesIn(start, e);
      this.pos = e;
      return item;
    }
    if (e !== start + 1 || eol === -1) return UNKNOWN;
    const closer = this.closerFor(start, open);
    if (closer === undefined) return UNKNOWN;
    const close = b.findText(closer, eol);
    if (close === -1 || close - start > MAX_GUESS) {
      this.misses++;
      return UNKNOWN;
    }
    const end = close + closer.length;
    const item = this.guess(start, end);
    if (item === UNKNOWN) return item;
    this.line += this.linesIn(start, end);
    this.pos = end;
    return item;
  }

  /** Index of the first LF from `start` on, or -1. */
  private lineEnd(start: number): number {
    if (!(start >= this.eolFrom && (this.eol === -1 || start <= this.eol))) {
      this.eolFrom = start;
      this.eol = this.b.find(LF, start);
    }
    return this.eol;
  }

  /** `\n`, the indent before `start`, and the bracket that closes `open`; undefined when text stands before it on its line. */
  private closerFor(start: number, open: number): string | undefined {
    const b = this.b;
    let i = start;
    while (i > 0 && (b.at(i - 1) === SPACE || b.at(i - 1) === TAB)) i--;
    if (i > 0 && b.at(i - 1) !== LF) return undefined;
    const indent = b.text(i, start);
    const bracket = open === OPEN_OBJECT ? '}' : ']';
    if (indent !== this.indent || this.closer.charAt(this.closer.length - 1) !== bracket) {
      this.indent = indent;
      this.closer = `\n${indent}${bracket}`;
    }
    return this.closer;
  }

  /** `JSON.parse` of what a layout says is one record, or UNKNOWN (its error is the walk's to report). */
  private guess(start: number, end: number): unknown {
    try {
      return JSON.parse(this.b.text(start, end)) as unknown;
    } catch {
      this.misses++;
      return UNKNOWN;
    }
  }

  /** `end` moved back over the spaces, tabs and CRs before it, not past `from`. */
  private trimEnd(from: number, end: number): number {
    const b = this.b;
    for (;;) {
      if (end <= from) return end;
      const c = b.at(end - 1);
      if (c !== SPACE && c !== TAB && c !== CR) return end;
      end--;
    }
  }

  /** Line breaks in `[start, end)`, counted as `containerEnd` counts them. */
  private linesIn(start: number, end: number): number {
    const b = this.b;
    let lines = 0;
    if (this.lfOnly) {
      for (let i = b.find(LF, start); i !== -1 && i < end; i = b.find(LF, i + 1)) lines++;
      return lines;
    }
    for (let i = start; i < end; i++) {
      const c = b.at(i);
      if (c === LF) lines++;
      else if (c === CR && endsLine(b, i)) lines++;
    }
    return lines;
  }

  /** From a `{` or `[` to just past its match, counting lines; brackets inside strings do not count. */
  private containerEnd(): void {
    const b = this.b;
    const n = this.n;
    let depth = 0;
    let lines = 0;
    let i = this.pos;
    for (; i < n; i++) {
      const c = b.at(i);
      if (c === QUOTE) {
        i = this.stringEnd(i + 1);
      } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) depth++;
      else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        if (--depth === 0) break;
      } else if (c === LF) lines++;
      else if (c === CR && endsLine(b, i)) lines++;
    }
    this.line += lines;
    if (i >= n) {
      this.pos = n;
      this.fail('unexpected end of the file inside a JSON value');
    }
    this.pos = i + 1;
  }

  private scalarEnd(): void {
    const b = this.b;
    let i = this.pos;
    while (i < this.n) {
      const c = b.at(i);
      if (c === COMMA || c === CLOSE_ARRAY || c === CLOSE_OBJECT || c === SPACE || c === LF || c === CR || c === TAB) break;
      i++;
    }
    this.pos = i;
  }

  /** Index of the quote that closes the string whose first byte is at `i`. */
  private stringEnd(i: number): number {
    const b = this.b;
    const stop = Math.min(this.n, i + SHORT_STRING);
    for (; i < stop; i++) {
      const c = b.at(i);
      if (c === QUOTE) return i;
      if (c === BACKSLASH) i++;
    }
    if (i >= this.n) return this.unterminated();
    // Past an escape pair or a plain byte: a quote found from here is escaped only by a backslash run of its own.
    for (;;) {
      const j = b.find(QUOTE, i);
      if (j === -1) return this.unterminated();
      let k = j - 1;
      while (b.at(k) === BACKSLASH) k--;
      if ((j - 1 - k) % 2 === 0) return j;
      i = j + 1;
    }
  }

  private unterminated(): never {
    this.pos = this.n;
    return this.fail('unterminated string');
  }

  private skipSpace(): void {
    const b = this.b;
    for (; this.pos < this.n; this.pos++) {
      const c = b.at(this.pos);
      if (c === LF || c === CR) this.newline(c);
      else if (c !== SPACE && c !== TAB) return;
    }
  }

  /** `\r\n`, `\r\r\n` and a lone `\r` each end one line, as `decode` normalises them. */
  private newline(c: number): void {
    if (c === LF || endsLine(this.b, this.pos)) this.line++;
  }

  /** `JSON.parse`, its error turned into an InputError on the line where it went wrong. */
  private parse(text: string, line: number): unknown {
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      const message = (error as Error).message;
      const at = /at position (\d+)/.exec(message);
      const where = at ? line + linesIn(text, Number(at[1])) : line;
      // V8 quotes the whole text in some messages: only the reason, one line.
      const reason = message.replace(/ in JSON at position \d+.*$/s, '').replace(/, ".*$/s, '');
      throw new InputError(this.file, `${this.opts.what}: not valid JSON (${reason})`, where, { cause: error });
    }
  }

  private fail(reason: string): never {
    throw new InputError(this.file, `${this.opts.what}: ${reason === 'not valid JSON' ? reason : `not valid JSON (${reason})`}`, this.line);
  }
}

/** A `\r` ends a line unless a `\n` (or `\r\n`) follows, which then ends it. */
const endsLine = (b: Input, i: number): boolean => b.at(i + 1) !== LF && !(b.at(i + 1) === CR && b.at(i + 2) === LF);

/** Line breaks in `text` before `end`, counted as `decode` would. */
function linesIn(text: string, end: number): number {
  const part = text.slice(0, end);
  return part.includes('\r') ? part.replace(/\r\r\n|\r\n|\r/g, '\n').split('\n').length - 1 : part.split('\n').length - 1;
}

/** `format:line` per record, with `.2`, `.3` for later records that start on the same line (minified JSON). */
export class RecordIds {
  private last = -1;
  private k = 0;
  constructor(private readonly format: string) {}

  /** Lines come in document order, so records sharing a line follow one another. */
  next(line: number): string {
    this.k = line === this.last ? this.k + 1 : 1;
    this.last = line;
    // Joined, not a template: a template this long makes a cons string of two parts.
    return this.k === 1 ? [this.format, ':', line].join('') : [this.format, ':', line, '.', this.k].join('');
  }
}

/** A record id as a Map key: a number, and the string that names the same number, meet as one key. */
export function idKey(v: unknown): string | number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string') return undefined;
  const n = Number(v);
  return Number.isSafeInteger(n) && String(n) === v ? n : v;
}
