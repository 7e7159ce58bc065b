/** Generic CSV with a header row naming a time, an author and a text column; `,` `;` TAB or `|`. */
import { parse as parseCsv } from 'csv-parse/sync';
import { InputError } from '../../errors.js';
import type { Diagnostic, Message, Parser } from '../../types.js';
import { hasTime, inferDayFirst, mapFields, normaliseTime, rawTime, readKind, readTo } from '../columns.js';
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

function headerFields(text: string) {
  const line = firstLine(text);
  const delimiter = sniffDelimiter(line);
  const names = line.split(delimiter).map((n) => n.trim().replace(/^"|"$/g, ''));
  return { delimiter, fields: mapFields(names.map((_, i) => i), (i) => names[i]!) };
}

export const csv: Parser = {
  format,
  platform: 'generic',
  description: 'generic CSV/TSV with a header row: a time, an author and a message column',
  detect(head, name) {
    const { delimiter, fields } = headerFields(head);
    if (fields.text === undefined || !firstLine(head).includes(delimiter)) return 0;
    // DiscordChatExporter's header has its own parser (discord-csv); stay a clear second to it.
    if (/^"?AuthorID"?,"?Author"?,"?Date"?,"?Content"?,/i.test(firstLine(head))) return 0.6;
    const known = [hasTime(fields), fields.author !== undefined].filter(Boolean).length;
    const bonus = /\.(?:csv|tsv|tab)$/i.test(name) ? 0.05 : 0;
    return (known === 2 ? 0.85 : known === 1 ? 0.55 : 0.3) + bonus;
  },
  parse(text, source) {
    const { delimiter, fields } = headerFields(text);
    if (fields.text === undefined) throw new InputError(source.file, 'not a chat CSV: no message or text column in the header');
    const warnings: Diagnostic[] = [];
    const rows = parseCsv(text, {
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
    }) as unknown as { record: string[]; info: { lines: number } }[];
    const [header, ...records] = rows;
    const width = header?.record.length ?? 0;
    const cell = (r: string[], i: number | undefined) => (i === undefined ? undefined : r[i]);
    const dayFirst = inferDayFirst(records.map(({ record: r }) => rawTime({ time: cell(r, fields.time), date: cell(r, fields.date), clock: cell(r, fields.clock) })));
    const messages: Message[] = [];
    for (const { record: r, info } of records) {
      // csv-parse reports the line a record ends on; quoted newlines move its start back.
      const line = info.lines - r.reduce((n, v) => n + (v.match(/\n/g)?.length ?? 0), 0);
      if (r.length > width) warnings.push(warning(source.file, line, `row has ${r.length} columns, the header has ${width}; extra columns ignored`));
      const body = cell(r, fields.text)?.trim() ?? '';
      if (body === '') {
        warnings.push(warning(source.file, line, 'row has an empty message; skipped'));
        continue;
      }
      const raw = rawTime({ time: cell(r, fields.time), date: cell(r, fields.date), clock: cell(r, fields.clock) });
      messages.push(message(format, source.file, line, {
        time: raw === undefined ? undefined : normaliseTime(raw, dayFirst),
        author: cell(r, fields.author)?.trim(),
        text: body,
        kind: readKind(cell(r, fields.kind)),
        to: readTo(cell(r, fields.to)),
        replyTo: cell(r, fields.replyTo)?.trim() || undefined,
      }));
    }
    return finishExport({ format, date: commonDate(messages) }, messages, warnings);
  },
};
