/** DiscordChatExporter CSV: `AuthorID,Author,Date,Content,Attachments,Reactions`, every field quoted (CsvMessageWriter.cs). */
import { InputError } from '../../errors.js';
import type { Diagnostic, Message, Parser } from '../../types.js';
import { csvReactions, discordText, isDiscordSystemText } from '../discord-text.js';
import { finishExport, message, warning } from '../text.js';

const format = 'discord-csv';
const HEADER = ['authorid', 'author', 'date', 'content', 'attachments', 'reactions'];
const QUOTE = 34;
const COMMA = 44;
const NEWLINE = 10;

/**
 * RFC 4180 rows with the line each starts on. Quoted fields are cut with
 * `indexOf`, so a 100 MB export reads at close to `split` speed.
 */
export function readCsvRows(text: string): { line: number; fields: string[] }[] {
  const rows: { line: number; fields: string[] }[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    const start = line;
    const fields: string[] = [];
    for (;;) {
      if (text.charCodeAt(i) === QUOTE) {
        let value = '';
        let j = i + 1;
        for (;;) {
          const q = text.indexOf('"', j);
          if (q === -1) throw new Error(`unclosed quote in the row starting on line ${start}`);
          value += text.slice(j, q);
          if (text.charCodeAt(q + 1) !== QUOTE) {
            j = q + 1;
            break;
          }
          value += '"';
          j = q + 2;
        }
        for (let k = value.indexOf('\n'); k !== -1; k = value.indexOf('\n', k + 1)) line++;
        fields.push(value);
        i = j;
      } else {
        let j = i;
        while (j < n && text.charCodeAt(j) !== COMMA && text.charCodeAt(j) !== NEWLINE) j++;
        fields.push(text.slice(i, j));
        i = j;
      }
      if (text.charCodeAt(i) === COMMA) {
        i++;
        continue;
      }
      if (text.charCodeAt(i) === NEWLINE) {
        i++;
        line++;
      }
      break;
    }
    if (fields.length > 1 || fields[0] !== '') rows.push({ line: start, fields });
  }
  return rows;
}

const isHeader = (line: string): boolean =>
  line.split(',').map((f) => f.trim().replace(/^"|"$/g, '').toLowerCase()).join(',') === HEADER.join(',');

// `name#1234` from before Discord's username migration; the discriminator says nothing to a reader.
const authorName = (s: string): string => s.replace(/#\d{4}$/, '').trim();

const fileName = (url: string): string => decodeURIComponent(url.split(/[?#]/)[0]!.split('/').at(-1) ?? url);

export const discordCsv: Parser = {
  format,
  platform: 'Discord',
  description: 'Discord channel exported by DiscordChatExporter as CSV (AuthorID,Author,Date,Content,Attachments,Reactions)',
  detect(head) {
    return isHeader(head.slice(0, head.indexOf('\n') === -1 ? head.length : head.indexOf('\n'))) ? 0.97 : 0;
  },
  parse(text, source) {
    let rows: { line: number; fields: string[] }[];
    try {
      rows = readCsvRows(text);
    } catch (error) {
      throw new InputError(source.file, `not a DiscordChatExporter CSV file: ${(error as Error).message}`);
    }
    const head = rows.shift();
    if (!head || head.fields.map((f) => f.trim().toLowerCase()).join(',') !== HEADER.join(',')) {
      throw new InputError(source.file, 'not a DiscordChatExporter CSV file: the header is not AuthorID,Author,Date,Content,Attachments,Reactions', 1);
    }
    const warnings: Diagnostic[] = [];
    // DCE can write newest first (its reverse option): sort by time, source order breaking ties.
    const drafts = rows.map((r, k) => ({ ...r, k, at: Date.parse(r.fields[2] ?? '') || 0 }));
    drafts.sort((a, b) => a.at - b.at || a.k - b.k);
    const messages: Message[] = [];
    for (const { line, fields } of drafts) {
      if (fields.length !== HEADER.length) warnings.push(warning(source.file, line, `row has ${fields.length} fields, expected ${HEADER.length}`));
      const [, author = '', date = '', content = '', attachments = '', reactions = ''] = fields;
      const files = attachments.split(',').map((u) => u.trim()).filter(Boolean).map((u) => `[attachment: ${fileName(u)}]`);
      const text = [discordText(content), ...files].filter(Boolean).join('\n');
      const id = `${format}:${line}`;
      messages.push(message(format, source.file, line, { time: date.trim() || undefined, author: authorName(author) || undefined, text: text || '(empty)', kind: isDiscordSystemText(content) ? 'system' : 'message' }));
      csvReactions(reactions).forEach((r, n) => {
        messages.push({ ...message(format, source.file, line, { text: r, kind: 'reaction', replyTo: id }), id: `${id}.r${n + 1}` });
      });
    }
    if (messages.length === 0) throw new InputError(source.file, 'DiscordChatExporter CSV file has a header but no messages');
    // Times carry the exporter's offset; the summarise header converts them to --tz.
    return finishExport({ format, platform: 'Discord', offsets: true }, messages, warnings);
  },
};
