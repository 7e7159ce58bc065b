/** Generic JSONL: one `{"time","author","text"}` object per line (project convention, FORMATS.md 5). */
import { InputError } from '../../errors.js';
import type { Diagnostic, Message, Parser } from '../../types.js';
import { inferDayFirst, mapFields, normaliseTime, rawTime, readKind, readTo, type Field } from '../columns.js';
import { readJsonArray } from '../json-array.js';
import { commonDate, finishExport, message, splitLines, warning } from '../text.js';

const format = 'jsonl';

type Row = Record<string, unknown>;

function readLine(line: string): Row | undefined {
  try {
    const value: unknown = JSON.parse(line);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Row) : undefined;
  } catch {
    return undefined;
  }
}

/** Field values as strings (numbers allowed, e.g. Unix times); other types count as absent. */
function values(row: Row): Partial<Record<Field, string>> {
  const keys = mapFields(Object.keys(row), (k) => k);
  const out: Partial<Record<Field, string>> = {};
  for (const [field, key] of Object.entries(keys) as [Field, string][]) {
    const v = row[key];
    if (typeof v === 'string' || typeof v === 'number') out[field] = String(v);
  }
  return out;
}

export const jsonl: Parser = {
  format,
  platform: 'generic',
  description: 'JSON Lines: one {"time","author","text"} object per line (synonyms: timestamp, name, message), or a JSON array of them',
  detect(head, name) {
    // A bare array: the head cannot be parsed, so look for a string-valued text key.
    if (/^\s*\[\s*\{/.test(head)) return /"(?:text|message)"\s*:\s*"/i.test(head) ? 0.75 : 0;
    // The last line of the head may be cut off, so only whole lines count.
    const lines = splitLines(head).slice(0, 20).filter((l) => l.trim() !== '');
    const sample = lines.length > 1 ? lines.slice(0, -1) : lines;
    const good = sample.filter((l) => {
      const row = readLine(l);
      return row !== undefined && values(row).text !== undefined;
    }).length;
    if (good === 0) return 0;
    const bonus = /\.jsonl$|\.ndjson$/i.test(name) ? 0.05 : 0;
    return (good / sample.length >= 0.5 ? 0.85 : 0.4) + bonus;
  },
  parse(text, source) {
    const warnings: Diagnostic[] = [];
    const rows: { line: number; v: Partial<Record<Field, string>> }[] = [];
    const array = readJsonArray(text);
    const items = array ?? splitLines(text).flatMap((l, i) => (l.trim() === '' ? [] : [{ line: i + 1, row: readLine(l) }]));
    for (const { line, row } of items) {
      if (!row) warnings.push(warning(source.file, line, array ? 'array item is not a JSON object; skipped' : 'not a JSON object; line skipped'));
      else rows.push({ line, v: values(row) });
    }
    if (rows.length === 0) throw new InputError(source.file, 'not JSONL: no line is a JSON object');
    const dayFirst = inferDayFirst(rows.map((r) => rawTime(r.v)));
    const messages: Message[] = [];
    for (const { line, v } of rows) {
      const body = v.text?.trim() ?? '';
      if (body === '') {
        warnings.push(warning(source.file, line, 'object has no message text; skipped'));
        continue;
      }
      const raw = rawTime(v);
      messages.push(message(format, source.file, line, {
        time: raw === undefined ? undefined : normaliseTime(raw, dayFirst),
        author: v.author?.trim(),
        text: body,
        kind: readKind(v.kind),
        to: readTo(v.to),
        replyTo: v.replyTo?.trim() || undefined,
      }));
    }
    return finishExport({ format, date: commonDate(messages) }, messages, warnings);
  },
};
