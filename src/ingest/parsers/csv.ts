/** Generic CSV with a header row naming a time, an author and a text column; `,` `;` TAB or `|`. */
import { Parser as CsvParser } from 'csv-parse';
import { InputError } from '../../errors.js';
import type { Diagnostic, Message, ParseSource } from '../../types.js';
import { readEasyRow, quotingAfter } from '../csv-row.js';
import { Interner } from '../intern.js';
import { lineParser, type Lines } from '../lines.js';
import { DayFirstVote, hasTime, mapFields, missingText, normaliseTime, rawTime, readKind, readTo, unreadTime } from '../columns.js';
import { chatMessage, finishExport, message, splitLines, warning } from '../text.js';

const format = 'csv';

/** The delimiter that occurs most often outside quotes in the header line. */
export function sniffDelimiter(headerLine: string): string {
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0], ['|', 0]]);
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  return [...counts].reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

const firstLine = (text: string): string => splitLines(text).find((l) => l.trim() !== '') ?? '';

function headerFields(line: string) {
  const delimiter = sniffDelimiter(line);
  const names = line.split(delimiter).map((n) => n.trim().replace(/^"|"$/g, ''));
  return { delimiter, names, fields: mapFields(names.map((_, i) => i), (i) => names[i]!) };
}

const noText = (names: string[]): string => missingText(names, 'its header', 'column') ?? 'no message column in the header';

export const csv = lineParser({
  format,
  platform: 'generic',
  description: 'generic CSV/TSV with a header row: a time, an author and a message column',
  detect(head, name) {
    const { delimiter, fields } = headerFields(firstLine(head));
    if (fields.text === undefined || !firstLine(head).includes(delimiter)) return 0;
    // DiscordChatExporter's header has its own parser (discord-csv); stay a clear second to it.
    if (/^"?AuthorID"?,"?Author"?,"?Date"?,"?Content"?,/i.test(firstLine(head))) return 0.6;
    const known = [hasTime(fields), fields.author !== undefined].filter(Boolean).length;
    const bonus = /\.(?:csv|tsv|tab)$/i.test(name) ? 0.05 : 0;
    return (known === 2 ? 0.85 : known === 1 ? 0.55 : 0.3) + bonus;
  },
  whyNot(head, name) {
    const line = firstLine(head);
    if (!/\.(?:csv|tsv|tab)$/i.test(name) || line.trim() === '') return undefined;
    const { names, fields } = headerFields(line);
    return fields.text === undefined ? `read as CSV, ${noText(names)}` : undefined;
  },
  parseLines(lines, source) {
    let first = lines.next();
    while (first !== undefined && first.trim() === '') first = lines.next();
    const headerLine = first === undefined ? undefined : lines.line;
    lines.rewind();
    const { delimiter, names, fields } = headerFields(first ?? '');
    if (fields.text === undefined) throw new InputError(source.file, `not a chat CSV: ${noText(names)}`, headerLine);
    // Day-first unless a date can only be month-first: assumed, and read again in the rare file where it is wrong.
    let pass = readPass(lines, source, delimiter, fields, true);
    if (!pass.dayFirst) {
      lines.rewind();
      pass = readPass(lines, source, delimiter, fields, false);
    }
    return finishExport({ format, dateFromTimes: true }, pass.messages, pass.warnings);
  },
});

export type Fields = ReturnType<typeof headerFields>['fields'];

// Lines are handed to csv-parse in pieces of about this many characters.
const CHUNK = 1 << 16;

type Pass = { messages: Message[]; warnings: Diagnostic[]; dayFirst: boolean };

/** What a pass does with each record: check its width against the header's, make its message. */
function rowReader(lines: Lines, source: ParseSource, fields: Fields, dayFirst: boolean) {
  const warnings: Diagnostic[] = [];
  const messages: Message[] = [];
  const names = new Interner();
  const vote = new DayFirstVote();
  // Column indexes as plain numbers (-1: no such column), read once rather than per row.
  const col = (i: number | undefined): number => (i === undefined ? -1 : i);
  const timeAt = col(fields.time);
  const dateAt = col(fields.date);
  const clockAt = col(fields.clock);
  const authorAt = col(fields.author);
  const textAt = col(fields.text);
  const replyAt = col(fields.replyTo);
  const kindAt = col(fields.kind);
  const toAt = col(fields.to);
  const timeOnly = dateAt === -1 && clockAt === -1;
  let width: number | undefined;
  /** Row `r` with its first `n` cells (a reused array may hold more, left from a longer row). */
  const onRow = (r: string[], n: number, line: number) => {
    if (width === undefined) {
      width = n;
      return;
    }
    if (n > width) warnings.push(warning(source.file, line, `row has ${n} columns, the header has ${width}; extra columns ignored`));
    let raw: string | undefined;
    if (timeOnly) {
      // `rawTime` of a lone time column: the trimmed cell, unless blank.
      const t = timeAt >= 0 && timeAt < n ? r[timeAt]!.trim() : '';
      raw = t === '' ? undefined : t;
    } else raw = rawTime({ time: cell(r, n, timeAt), date: cell(r, n, dateAt), clock: cell(r, n, clockAt) });
    vote.add(raw);
    const body = textAt < n ? r[textAt]!.trim() : '';
    if (body === '') {
      warnings.push(warning(source.file, line, 'row has an empty message; skipped'));
      return;
    }
    const author = authorAt >= 0 && authorAt < n ? r[authorAt]!.trim() : undefined;
    let time = raw === undefined ? undefined : normaliseTime(raw, dayFirst);
    if (time === undefined && raw !== undefined) {
      warnings.push(unreadTime(source.file, line, raw));
      time = raw;
    }
    const replyTo = replyAt >= 0 && replyAt < n ? r[replyAt]!.trim() || undefined : undefined;
    // Fields read by hand are pieces of their line: copies keep the message from keeping the line.
    // A time already in the output form is the cell itself.
    const at = time === raw && time !== undefined ? lines.copy(time) : time;
    const by = author === undefined ? undefined : names.get(author);
    const text = lines.copy(body);
    if (kindAt === -1 && toAt === -1 && replyTo === undefined) {
      messages.push(chatMessage(source.file, line, at, by, text));
      return;
    }
    messages.push(message(source.file, line, {
      time: at,
      author: by,
      text,
      kind: kindAt === -1 ? undefined : readKind(cell(r, n, kindAt)),
      to: toAt === -1 ? undefined : readTo(cell(r, n, toAt)),
      replyTo: replyTo === undefined ? undefined : lines.copy(replyTo),
    }));
  };
  const pass = (): Pass => ({ messages, warnings, dayFirst: vote.dayFirst() });
  return { onRow, warnings, pass };
}

const cell = (r: string[], n: number, i: number): string | undefined => (i >= 0 && i < n ? r[i] : undefined);

/** csv-parse's own streaming core, fed synchronously: the same records as its sync API, without the whole text as one Buffer. */
function csvParser(delimiter: string, bom: boolean, onSkip: (error: { lines?: number; message: string; code?: string } | undefined) => void, firstLine = 1) {
  const parser = new CsvParser({
    delimiter,
    info: true,
    bom,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: onSkip as never,
  }) as unknown as { api: { info: { lines: number }; parse(buf: Buffer | undefined, end: boolean, push: (r: never) => void, close: () => void): Error | undefined } };
  // Text that starts further down the file counts its lines (in records and errors) from there.
  parser.api.info.lines = firstLine;
  return (chunk: Buffer | undefined, end: boolean, onRecord: (r: { record: string[]; info: { lines: number } }) => void) => {
    const error = parser.api.parse(chunk, end, onRecord as (r: never) => void, () => {});
    if (error) throw error;
  };
}

// csv-parse reports the line a record ends on; quoted newlines move its start back.
const startLine = (r: string[], lines: number): number => lines - r.reduce((n, v) => n + (v.includes('\n') ? (v.match(/\n/g)?.length ?? 0) : 0), 0);

/**
 * Rows that are one line each and plainly quoted are read by hand; a row that is not
 * (a quoted newline, text after a closing quote) goes to a csv-parse of its own, with
 * the lines up to where csv-parse's quoting ends. Undefined when that guess of the end
 * was wrong, or the text has a CR csv-parse would read as a line end: read it whole then.
 */
export function readPassFast(lines: Lines, source: ParseSource, delimiter: string, fields: Fields, dayFirst: boolean): Pass | undefined {
  const { onRow, warnings, pass } = rowReader(lines, source, fields, dayFirst);
  const delim = delimiter.charCodeAt(0);
  let region: string[] | undefined;
  let regionStart = 0;
  let quoting = false;
  let unclosed = false;
  // One array for every hand-read row: onRow keeps none of it, and a row is the hot path.
  const row: string[] = [];
  /** The region's lines through csv-parse, as if read within the whole text; false when they end inside quotes. */
  const flush = (atEnd: boolean): boolean => {
    const feed = csvParser(delimiter, regionStart === 1, (error) => {
      if (error?.code === 'CSV_QUOTE_NOT_CLOSED' && !atEnd) unclosed = true;
      warnings.push(warning(source.file, error?.lines, `unreadable CSV record: ${error?.message ?? 'skipped'}`));
    }, regionStart);
    const onRecord = ({ record: r, info }: { record: string[]; info: { lines: number } }) => onRow(r, r.length, startLine(r, info.lines));
    // `split('\n')` joined back: every line but the file's last ends with a newline.
    feed(Buffer.from(atEnd ? region!.join('\n') : `${region!.join('\n')}\n`), false, onRecord);
    feed(undefined, true, onRecord);
    region = undefined;
    return !unclosed;
  };
  for (let line = lines.next(); line !== undefined; line = lines.next()) {
    if (line.includes('\r')) return undefined;
    if (region) {
      region.push(line);
      quoting = quotingAfter(line, delim, quoting);
      if (!quoting && !flush(false)) return undefined;
      continue;
    }
    // csv-parse drops a BOM only where the text starts.
    if (lines.line === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    if (line === '') continue;
    const n = readEasyRow(line, delim, row);
    if (n >= 0) {
      onRow(row, n, lines.line);
      continue;
    }
    region = [line];
    regionStart = lines.line;
    quoting = quotingAfter(line, delim, false);
    if (!quoting && !flush(false)) return undefined;
  }
  if (region && !flush(true)) return undefined;
  return pass();
}

function readPass(lines: Lines, source: ParseSource, delimiter: string, fields: Fields, dayFirst: boolean): Pass {
  const fast = delimiter.length === 1 ? readPassFast(lines, source, delimiter, fields, dayFirst) : undefined;
  if (fast) return fast;
  lines.rewind();
  return readPassWhole(lines, source, delimiter, fields, dayFirst);
}

/** Every line through one csv-parse. */
export function readPassWhole(lines: Lines, source: ParseSource, delimiter: string, fields: Fields, dayFirst: boolean): Pass {
  const { onRow, warnings, pass } = rowReader(lines, source, fields, dayFirst);
  const feed = csvParser(delimiter, true, (error) => {
    warnings.push(warning(source.file, error?.lines, `unreadable CSV record: ${error?.message ?? 'skipped'}`));
  });
  const onRecord = ({ record: r, info }: { record: string[]; info: { lines: number } }) => onRow(r, r.length, startLine(r, info.lines));
  let parts: string[] = [];
  let size = 0;
  let line = lines.next();
  while (line !== undefined) {
    const next = lines.next();
    // `split('\n')` joined back: every line but the last ends with a newline.
    const piece = next === undefined ? line : `${line}\n`;
    parts.push(piece);
    size += piece.length;
    if (size >= CHUNK) {
      feed(Buffer.from(parts.join('')), false, onRecord);
      parts = [];
      size = 0;
    }
    line = next;
  }
  if (size > 0) feed(Buffer.from(parts.join('')), false, onRecord);
  feed(undefined, true, onRecord);
  return pass();
}
