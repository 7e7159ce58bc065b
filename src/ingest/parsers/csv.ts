/** Generic CSV with a header row naming a time, an author and a text column; `,` `;` TAB or `|`. */
import { Parser as CsvParser } from 'csv-parse';
import { InputError } from '../../errors.js';
import type { Diagnostic, Message, ParseSource } from '../../types.js';
import { Interner } from '../intern.js';
import { lineParser, type Lines } from '../lines.js';
import { DayFirstVote, hasTime, mapFields, normaliseTime, rawTime, readKind, readTo } from '../columns.js';
import { commonDate, finishExport, message, splitLines, warning } from '../text.js';

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
  return { delimiter, fields: mapFields(names.map((_, i) => i), (i) => names[i]!) };
}

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
  parseLines(lines, source) {
    let first = lines.next();
    while (first !== undefined && first.trim() === '') first = lines.next();
    lines.rewind();
    const { delimiter, fields } = headerFields(first ?? '');
    if (fields.text === undefined) throw new InputError(source.file, 'not a chat CSV: no message or text column in the header');
    // Day-first unless a date can only be month-first: assumed, and read again in the rare file where it is wrong.
    let pass = readPass(lines, source, delimiter, fields, true);
    if (!pass.dayFirst) {
      lines.rewind();
      pass = readPass(lines, source, delimiter, fields, false);
    }
    return finishExport({ format, date: commonDate(pass.messages) }, pass.messages, pass.warnings);
  },
});

type Fields = ReturnType<typeof headerFields>['fields'];

// Lines are handed to csv-parse in pieces of about this many characters.
const CHUNK = 1 << 16;

function readPass(lines: Lines, source: ParseSource, delimiter: string, fields: Fields, dayFirst: boolean) {
  const warnings: Diagnostic[] = [];
  const messages: Message[] = [];
  const names = new Interner();
  const vote = new DayFirstVote();
  const cell = (r: string[], i: number | undefined) => (i === undefined ? undefined : r[i]);
  let width: number | undefined;
  const onRecord = ({ record: r, info }: { record: string[]; info: { lines: number } }) => {
    if (width === undefined) {
      width = r.length;
      return;
    }
    // csv-parse reports the line a record ends on; quoted newlines move its start back.
    const line = info.lines - r.reduce((n, v) => n + (v.includes('\n') ? (v.match(/\n/g)?.length ?? 0) : 0), 0);
    if (r.length > width) warnings.push(warning(source.file, line, `row has ${r.length} columns, the header has ${width}; extra columns ignored`));
    const raw = rawTime({ time: cell(r, fields.time), date: cell(r, fields.date), clock: cell(r, fields.clock) });
    vote.add(raw);
    const body = cell(r, fields.text)?.trim() ?? '';
    if (body === '') {
      warnings.push(warning(source.file, line, 'row has an empty message; skipped'));
      return;
    }
    const author = cell(r, fields.author)?.trim();
    messages.push(message(format, source.file, line, {
      time: raw === undefined ? undefined : normaliseTime(raw, dayFirst),
      author: author === undefined ? undefined : names.get(author),
      text: body,
      kind: readKind(cell(r, fields.kind)),
      to: readTo(cell(r, fields.to)),
      replyTo: cell(r, fields.replyTo)?.trim() || undefined,
    }));
  };
  // csv-parse's own streaming core, fed synchronously: the same records as its sync API, without the whole text as one Buffer.
  const parser = new CsvParser({
    delimiter,
    info: true,
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error: { lines?: number; message: string } | undefined) => {
      warnings.push(warning(source.file, error?.lines, `unreadable CSV record: ${error?.message ?? 'skipped'}`));
    },
  }) as unknown as { api: { parse(buf: Buffer | undefined, end: boolean, push: (r: never) => void, close: () => void): Error | undefined } };
  const feed = (chunk: Buffer | undefined, end: boolean) => {
    const error = parser.api.parse(chunk, end, onRecord as (r: never) => void, () => {});
    if (error) throw error;
  };
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
      feed(Buffer.from(parts.join('')), false);
      parts = [];
      size = 0;
    }
    line = next;
  }
  if (size > 0) feed(Buffer.from(parts.join('')), false);
  feed(undefined, true);
  return { messages, warnings, dayFirst: vote.dayFirst() };
}
