/**
 * WhatsApp "Export chat" text, Android and iOS, alone or as the `_chat.txt` of the
 * zip that iOS shares. Header grammar in `../whatsapp-header.ts`; which date field
 * is the day is decided once over the whole file (`../whatsapp-date.ts`).
 */
import { InputError } from '../../errors.js';
import type { BundleEntry, DateOrder, Diagnostic, Message, ParseSource, Parser } from '../../types.js';
import { singleText } from '../bundle-paths.js';
import { decode } from '../decode.js';
import { whatsappFileName, whatsappGroupName } from '../keywords/whatsapp.js';
import { clockTime, commonDate, finishExport, isoDate, joinBody, splitLines, warning } from '../text.js';
import { classifyRecord, type Draft } from '../whatsapp-classify.js';
import { inferDateOrder, orderFields } from '../whatsapp-date.js';
import { readHeader, type HeaderStyle, type WhatsAppHeader } from '../whatsapp-header.js';

const format = 'whatsapp';

const chatTxt = (entries: readonly BundleEntry[]) => singleText(entries, /\.txt$/i);

/** The chat's name from `WhatsApp Chat - Name.zip` or `WhatsApp Chat with Name.txt`, in any path segment. */
const nameFromPath = (file: string): string | undefined =>
  file.split(/[\\/]/).map((p) => whatsappFileName.exec(p)?.[1]).findLast((n) => n !== undefined);

export const whatsapp: Parser = {
  format,
  platform: 'WhatsApp',
  description: 'WhatsApp "Export chat" text (Android or iOS), or the iOS zip with _chat.txt and media',
  detect(head, name) {
    const hits = splitLines(head).slice(0, 60).filter((l) => readHeader(l)).length;
    const base = hits >= 3 ? 0.9 : hits === 2 ? 0.8 : hits === 1 ? 0.6 : 0;
    return base > 0 && whatsappFileName.test(name.split(/[\\/]/).at(-1) ?? '') ? Math.min(1, base + 0.05) : base;
  },
  detectBundle(entries, name) {
    const txt = chatTxt(entries);
    // Exactly one .txt (media aside): the iOS "Export chat" zip.
    return txt ? this.detect(decode(txt.bytes.subarray(0, 4096), txt.path), `${name}/${txt.path}`) : 0;
  },
  parseBundle(entries, source) {
    const txt = chatTxt(entries);
    if (!txt) throw new InputError(source.file, 'not a WhatsApp export: expected exactly one .txt file in it');
    const file = `${source.file}/${txt.path}`;
    return this.parse(decode(txt.bytes, file), { ...source, file });
  },
  parse(text, source) {
    const lines = splitLines(text);
    const headers = lines.map((l) => readHeader(l));
    const style = fileStyle(headers);
    // A header of the other style is a pasted line inside a body, not a record.
    const own = headers.map((h) => (h?.style === style ? h : undefined));
    const order = source.dateOrder ?? inferDateOrder(own.flatMap((h) => (h ? [h.date] : [])));
    const warnings: Diagnostic[] = [];
    const drafts: Draft[] = [];
    lines.forEach((line, i) => {
      const h = own[i];
      if (h) drafts.push({ line: i + 1, time: timeOf(h, order, source, i + 1, warnings), style, header: h, first: line.slice(h.restAt), more: [] });
      else if (drafts.length > 0) drafts.at(-1)!.more.push(line);
      else if (line.trim() !== '') warnings.push(warning(source.file, i + 1, 'line before the first WhatsApp message; skipped'));
    });
    if (drafts.length === 0) throw new InputError(source.file, 'not a WhatsApp chat: no "date, time - Name: text" lines');
    const title = nameFromPath(source.file) ?? groupName(drafts);
    const context = { file: source.file, format, chatNames: chatNames(drafts, title) };
    const messages: Message[] = drafts.map((d) => classifyRecord(d, context));
    // Most records are one line: joinBody of one line is the line, or '' when blank.
    for (const m of messages) m.text = m.text.includes('\n') ? joinBody(m.text.split('\n')) : m.text.trim() === '' ? '' : m.text;
    return finishExport({ format, platform: 'WhatsApp', date: commonDate(messages), ...(title ? { title } : {}) }, messages, warnings);
  },
};

function fileStyle(headers: (WhatsAppHeader | undefined)[]): HeaderStyle {
  let ios = 0;
  let android = 0;
  for (const h of headers) if (h?.style === 'ios') ios++; else if (h) android++;
  return ios > android ? 'ios' : 'android';
}

/** Naive local time, `YYYY-MM-DDTHH:MM:SS`, as the phone showed it. */
function timeOf(h: WhatsAppHeader, order: DateOrder, source: ParseSource, line: number, warnings: Diagnostic[]): string | undefined {
  const { year, month, day } = orderFields(h.date, order);
  const date = isoDate(year, month, day);
  const clock = clockTime(h.hours, h.minutes, h.seconds, h.meridiem);
  if (date && clock) return `${date}T${clock}`;
  warnings.push(warning(source.file, line, `cannot read the date or time of this message as ${order}; try --date-order`));
  return undefined;
}

// Every `whatsappGroupName` row needs one of these (case-insensitive).
const groupWord = / created group | changed the /i;

/** The latest name the group was given in the chat itself. */
function groupName(drafts: Draft[]): string | undefined {
  let name: string | undefined;
  for (const d of drafts) {
    if (!groupWord.test(d.header.rest)) continue;
    for (const re of whatsappGroupName) name = re.exec(d.header.rest)?.[1] ?? name;
  }
  return name;
}

/**
 * Names an iOS system line may carry as its author. The file-name title counts only
 * in a group (a created-group line or three or more authors): in a one-to-one chat it
 * is the partner's name, and the partner's messages are real.
 */
function chatNames(drafts: Draft[], title: string | undefined): Set<string> {
  const names = new Set<string>();
  for (const d of drafts) for (const re of groupWord.test(d.header.rest) ? whatsappGroupName : []) {
    const m = re.exec(d.header.rest);
    if (m) names.add(m[1]!);
  }
  const authors = new Set(drafts.map((d) => /^([^:]+?): /.exec(d.header.rest)?.[1]));
  if (title && (names.size > 0 || authors.size >= 3)) names.add(title);
  return names;
}
