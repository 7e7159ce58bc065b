/** DiscordChatExporter CSV: `AuthorID,Author,Date,Content,Attachments,Reactions`, every field quoted (CsvMessageWriter.cs). */
import { InputError } from '../../errors.js';
import type { Diagnostic, Message, ParseSource } from '../../types.js';
import { Interner } from '../intern.js';
import { lineParser, type Lines, TextLines } from '../lines.js';
import { csvReactions, discordText, isDiscordSystemText } from '../discord-text.js';
import { isoMs } from '../iso-time.js';
import { finishExport, message, messageRef, warning } from '../text.js';

const format = 'discord-csv';
const HEADER = ['authorid', 'author', 'date', 'content', 'attachments', 'reactions'];
const NOT_DCE = 'not a DiscordChatExporter CSV file: the header is not AuthorID,Author,Date,Content,Attachments,Reactions';
const QUOTE = 34;
const COMMA = 44;

/** RFC 4180 rows with the line each starts on. */
export function readCsvRows(text: string): { line: number; fields: string[] }[] {
  const rows: { line: number; fields: string[] }[] = [];
  eachCsvRow(new TextLines(text), (line, fields) => rows.push({ line, fields }));
  return rows;
}

/**
 * Calls `onRow` for every non-empty row, reading one line at a time: a quoted
 * field runs on over as many lines as it holds. The end of a line stands for
 * its newline; quoted fields are cut with `indexOf`.
 */
export function eachCsvRow(lines: Lines, onRow: (line: number, fields: string[]) => void): void {
  let buf = lines.next();
  let i = 0;
  let line = 1;
  while (buf !== undefined) {
    const start = line;
    const fields: string[] = [];
    let rowEnded = false;
    for (;;) {
      if (buf.charCodeAt(i) === QUOTE) {
        let value = '';
        let j = i + 1;
        for (;;) {
          const q = buf.indexOf('"', j);
          if (q === -1) {
            // The field goes on past the end of this line.
            value += `${buf.slice(j)}\n`;
            const next = lines.next();
            if (next === undefined) throw new Error(`unclosed quote in the row starting on line ${start}`);
            line++;
            buf = next;
            j = 0;
            continue;
          }
          value += buf.slice(j, q);
          if (buf.charCodeAt(q + 1) !== QUOTE) {
            j = q + 1;
            break;
          }
          value += '"';
          j = q + 2;
        }
        fields.push(value);
        i = j;
      } else {
        let j = i;
        while (j < buf.length && buf.charCodeAt(j) !== COMMA) j++;
        fields.push(buf.slice(i, j));
        i = j;
      }
      if (buf.charCodeAt(i) === COMMA) {
        i++;
        continue;
      }
      rowEnded = i >= buf.length;
      break;
    }
    if (fields.length > 1 || fields[0] !== '') onRow(start, fields);
    // A row that stopped short of the line's end (text after a closing quote) leaves the rest for the next row.
    if (rowEnded) {
      line++;
      buf = lines.next();
      i = 0;
    }
  }
}

const isHeader = (line: string): boolean =>
  line.split(',').map((f) => f.trim().replace(/^"|"$/g, '').toLowerCase()).join(',') === HEADER.join(',');

// `name#1234` from before Discord's username migration; the discriminator says nothing to a reader.
const authorName = (s: string): string => (s.length >= 5 && s.charCodeAt(s.length - 5) === 35 ? s.replace(/#\d{4}$/, '') : s).trim();

const fileName = (url: string): string => decodeURIComponent(url.split(/[?#]/)[0]!.split('/').at(-1) ?? url);

/** Records (a message and its reactions) sorted by time, stable; an export already in order stays as it is. */
function inTimeOrder(records: Message[][], at: number[]): Message[] {
  const sorted = at.every((t, k) => k === 0 || at[k - 1]! <= t);
  const order = sorted ? records : records.map((r, k) => ({ r, k })).sort((a, b) => at[a.k]! - at[b.k]! || a.k - b.k).map((x) => x.r);
  return order.flat();
}

/** Every row; `grouped` keeps each row's records apart, with its time, for sorting. */
function readRows(lines: Lines, source: ParseSource, grouped: boolean) {
  const warnings: Diagnostic[] = [];
  const messages: Message[] = [];
  const records: Message[][] = [];
  const at: number[] = [];
  const names = new Interner();
  let header: string[] | undefined;
  let sorted = true;
  let previous = -Infinity;
  try {
    eachCsvRow(lines, (line, fields) => {
      if (!header) {
        header = fields;
        if (header.map((f) => f.trim().toLowerCase()).join(',') !== HEADER.join(',')) throw new InputError(source.file, NOT_DCE, 1);
        return;
      }
      if (fields.length !== HEADER.length) warnings.push(warning(source.file, line, `row has ${fields.length} fields, expected ${HEADER.length}`));
      const t = isoMs(fields[2] ?? '') || 0;
      if (t < previous) sorted = false;
      previous = t;
      if (grouped) {
        const row: Message[] = [];
        readRow(line, fields, source.file, names, lines, row);
        records.push(row);
        at.push(t);
      } else readRow(line, fields, source.file, names, lines, messages);
    });
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(source.file, `not a DiscordChatExporter CSV file: ${(error as Error).message}`);
  }
  return { header, warnings, messages, records, at, sorted, grouped };
}

/** One row into `out`: the message, then one reaction record per emoji. */
function readRow(line: number, fields: string[], file: string, names: Interner, lines: Lines, out: Message[]): void {
  const author = fields[1] ?? '';
  const date = fields[2] ?? '';
  const content = fields[3] ?? '';
  const attachments = fields[4] ?? '';
  const reactions = fields[5] ?? '';
  const files = attachments === '' ? undefined : attachments.split(',').map((u) => u.trim()).filter(Boolean).map((u) => `[attachment: ${fileName(u)}]`);
  const text = files === undefined || files.length === 0 ? discordText(content) : [discordText(content), ...files].filter(Boolean).join('\n');
  const kind = isDiscordSystemText(content) ? 'system' : 'message';
  // Fields are pieces of their line: copies keep the message from keeping the whole row.
  const time = date.trim();
  const m = message(file, line, { time: time === '' ? undefined : lines.copy(time), author: names.get(authorName(author)) || undefined, text: text === '' ? '(empty)' : lines.copy(text), kind });
  out.push(m);
  if (reactions === '') return;
  const parent = messageRef(m);
  const list = csvReactions(reactions);
  for (let n = 0; n < list.length; n++) out.push(message(file, line, { text: list[n]!, kind: 'reaction', replyTo: parent }));
}

export const discordCsv = lineParser({
  format,
  platform: 'Discord',
  description: 'Discord channel exported by DiscordChatExporter as CSV (AuthorID,Author,Date,Content,Attachments,Reactions)',
  detect(head) {
    return isHeader(head.slice(0, head.indexOf('\n') === -1 ? head.length : head.indexOf('\n'))) ? 0.97 : 0;
  },
  /** Rows become messages as they are read; a file not in time order is read again, kept per row, and sorted. */
  parseLines(lines, source) {
    let pass = readRows(lines, source, false);
    if (!pass.sorted) {
      lines.rewind();
      pass = readRows(lines, source, true);
    }
    const { header, warnings } = pass;
    if (!header) throw new InputError(source.file, NOT_DCE, 1);
    // DCE can write newest first (its reverse option): sort by time, source order breaking ties.
    const messages = pass.grouped ? inTimeOrder(pass.records, pass.at) : pass.messages;
    if (messages.length === 0) throw new InputError(source.file, 'DiscordChatExporter CSV file has a header but no messages');
    // Times carry the exporter's offset; the summarise header converts them to --tz.
    return finishExport({ format, platform: 'Discord', offsets: true }, messages, warnings);
  },
});
