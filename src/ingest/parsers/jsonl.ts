/** Generic JSONL: one `{"time","author","text"}` object per line (project convention, FORMATS.md 5). */
import { InputError } from '../../errors.js';
import type { ChatExport, Diagnostic, Message, ParseSource } from '../../types.js';
import { Interner } from '../intern.js';
import { lineParser, type Lines } from '../lines.js';
import { DayFirstVote, inferDayFirst, mapFields, missingText, normaliseTime, rawTime, readKind, readTo, unreadTime, type Field } from '../columns.js';
import { readJsonArray } from '../json-array.js';
import { readFlatRow } from '../json-flat-row.js';
import { chatMessage, finishExport, isBlank, message, splitLines, warning } from '../text.js';

const format = 'jsonl';

type Row = Record<string, unknown>;

function readLine(line: string): Row | undefined {
  // Only an object can be a row: other lines are ruled out before JSON.parse throws on them
  // (detection asks this of every export's first lines, and a thrown error is costly).
  if (line.trimStart().charCodeAt(0) !== 0x7b) return undefined;
  try {
    const value: unknown = JSON.parse(line);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Row) : undefined;
  } catch {
    return undefined;
  }
}

// Rows of one file mostly share their keys: map each set of keys to fields once.
const fieldsByKeys = new Map<string, Partial<Record<Field, string>>>();
// The last row's key names and fields: the next row mostly has the very same keys (JSON.parse gives the same strings).
let lastNames: string[] = [];
let lastKeys: Partial<Record<Field, string>> = {};

const sameNames = (a: string[], b: string[]): boolean => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};

/** Whether `row`'s own keys are `names`, in order: asked before `Object.keys` makes an array per row. */
function hasNames(row: Row, names: string[]): boolean {
  let i = 0;
  for (const k in row) if (names[i++] !== k) return false;
  return i === names.length;
}

function keysOf(names: string[]): Partial<Record<Field, string>> {
  if (sameNames(names, lastNames)) return lastKeys;
  const signature = names.join('\u0000');
  let keys = fieldsByKeys.get(signature);
  if (keys === undefined) {
    if (fieldsByKeys.size >= 256) fieldsByKeys.clear();
    fieldsByKeys.set(signature, (keys = mapFields(names, (k) => k)));
  }
  lastNames = names;
  lastKeys = keys;
  return keys;
}

const valueOf = (row: Row, key: string | undefined): string | undefined => {
  if (key === undefined) return undefined;
  const v = row[key];
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
};

/** Field values as strings (numbers allowed, e.g. Unix times); other types count as absent. */
function values(row: Row): Partial<Record<Field, string>> {
  const keys = hasNames(row, lastNames) ? lastKeys : keysOf(Object.keys(row));
  // One literal: every row's values share a shape.
  return {
    time: valueOf(row, keys.time), date: valueOf(row, keys.date), clock: valueOf(row, keys.clock), author: valueOf(row, keys.author),
    text: valueOf(row, keys.text), to: valueOf(row, keys.to), replyTo: valueOf(row, keys.replyTo), kind: valueOf(row, keys.kind),
  };
}

// The last flat row's key names and, per field, the index of its value in the pairs (-1: none).
let flatNames: string[] = [];
let flatAt: Record<Field, number> | undefined;

const FIELDS: Field[] = ['time', 'date', 'clock', 'author', 'text', 'to', 'replyTo', 'kind'];

/** Per field, where its value is among `names` (a key repeated: undefined, left to JSON.parse, which keeps the last). */
function indexesOf(names: string[]): Record<Field, number> | undefined {
  if (new Set(names).size !== names.length) return undefined;
  const keys = keysOf(names);
  const at = {} as Record<Field, number>;
  for (const f of FIELDS) at[f] = keys[f] === undefined ? -1 : names.indexOf(keys[f]);
  return at;
}

/** `values` of a row `readFlatRow` read into `pairs` (`n` strings), or undefined to leave the line to JSON.parse. */
function flatValues(pairs: string[], n: number): Partial<Record<Field, string>> | undefined {
  let same = flatAt !== undefined && n === flatNames.length * 2;
  for (let i = 0; same && i < flatNames.length; i++) same = pairs[2 * i] === flatNames[i];
  if (!same) {
    const names: string[] = [];
    for (let i = 0; i < n; i += 2) names.push(pairs[i]!);
    const at = indexesOf(names);
    if (at === undefined) return undefined;
    flatNames = names;
    flatAt = at;
  }
  const at = flatAt!;
  // The same literal as `values`, so both kinds of row share a shape.
  return {
    time: pairAt(pairs, at.time), date: pairAt(pairs, at.date), clock: pairAt(pairs, at.clock), author: pairAt(pairs, at.author),
    text: pairAt(pairs, at.text), to: pairAt(pairs, at.to), replyTo: pairAt(pairs, at.replyTo), kind: pairAt(pairs, at.kind),
  };
}

const pairAt = (pairs: string[], i: number): string | undefined => (i === -1 ? undefined : pairs[2 * i + 1]);

export const jsonl = lineParser({
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
  whyNot(head, name) {
    if (!/\.(?:jsonl|ndjson)$/i.test(name)) return undefined;
    const lines = splitLines(head);
    const at = lines.findIndex((l) => l.trim() !== '');
    // The head's last line may be cut off: only a whole line is judged.
    if (at === -1 || at === lines.length - 1) return undefined;
    const row = readLine(lines[at]!);
    if (!row) return `read as JSON Lines, line ${at + 1} is not a JSON object`;
    const why = missingText(Object.keys(row), 'its first object', 'key');
    return why && `read as JSON Lines, ${why}`;
  },
  parseLines(lines, source) {
    // A JSON array is read in one piece; lines are read one at a time.
    let first = lines.next();
    while (first !== undefined && first.trim() === '') first = lines.next();
    lines.rewind();
    if (first?.trimStart().startsWith('[')) {
      const array = readJsonArray(lines.text());
      if (array) return fromRows(array, true, source);
    }
    let pass = readPass(lines, source, true);
    if (!pass.dayFirst) {
      lines.rewind();
      pass = readPass(lines, source, false);
    }
    return finish(pass.messages, pass.warnings, pass.rows, source);
  },
});

/** Rows of a JSON array (already in memory) to messages. */
function fromRows(items: { line: number; row: Row | undefined }[], array: boolean, source: ParseSource): ChatExport {
  const warnings: Diagnostic[] = [];
  const rows: { line: number; v: Partial<Record<Field, string>> }[] = [];
  for (const { line, row } of items) {
    if (!row) warnings.push(warning(source.file, line, array ? 'array item is not a JSON object; skipped' : 'not a JSON object; line skipped'));
    else rows.push({ line, v: values(row) });
  }
  const dayFirst = inferDayFirst(rows.map((r) => rawTime(r.v)));
  const messages: Message[] = [];
  const names = new Interner();
  for (const { line, v } of rows) {
    const m = toMessage(line, v, rawTime(v), dayFirst, names, source.file, warnings);
    if (m) messages.push(m);
  }
  return finish(messages, warnings, rows.length, source);
}

/**
 * `raw` is `rawTime(v)`, which the caller has already read; `copy` makes a kept value
 * a string of its own, since values read by hand are pieces of their line.
 */
function toMessage(line: number, v: Partial<Record<Field, string>>, raw: string | undefined, dayFirst: boolean, names: Interner, file: string, warnings: Diagnostic[], copy: (s: string) => string = same): Message | undefined {
  const body = v.text?.trim() ?? '';
  if (body === '') {
    warnings.push(warning(file, line, 'object has no message text; skipped'));
    return undefined;
  }
  const author = v.author?.trim();
  let time = raw === undefined ? undefined : normaliseTime(raw, dayFirst);
  if (time === undefined && raw !== undefined) {
    warnings.push(unreadTime(file, line, raw));
    time = raw;
  }
  const replyTo = v.replyTo?.trim() || undefined;
  // A time already in the output form is the value itself.
  const at = time !== undefined && time === raw ? copy(time) : time;
  // Authors repeat: the interned first copy is kept (as the CSV reader does), not a copy per row.
  const by = author === undefined ? undefined : names.get(author);
  if (v.kind === undefined && v.to === undefined && replyTo === undefined) return chatMessage(file, line, at, by, copy(body));
  return message(file, line, {
    time: at,
    author: by,
    text: copy(body),
    kind: readKind(v.kind),
    to: readTo(v.to),
    replyTo: replyTo === undefined ? undefined : copy(replyTo),
  });
}

const same = (s: string): string => s;

function finish(messages: Message[], warnings: Diagnostic[], rows: number, source: ParseSource): ChatExport {
  if (rows === 0) throw new InputError(source.file, 'not JSONL: no line is a JSON object');
  return finishExport({ format, dateFromTimes: true }, messages, warnings);
}

/** One pass with `dayFirst` assumed; the result says what the file's own times say (inferDayFirst). */
function readPass(lines: Lines, source: ParseSource, dayFirst: boolean) {
  const warnings: Diagnostic[] = [];
  const messages: Message[] = [];
  const names = new Interner();
  const order = new DayFirstVote();
  let rows = 0;
  // One array for every hand-read row: its strings are copied out before the next row.
  const pairs: string[] = [];
  const copy = (s: string): string => lines.copy(s);
  for (let l = lines.next(); l !== undefined; l = lines.next()) {
    if (isBlank(l)) continue;
    const n = readFlatRow(l, pairs, flatNames);
    let v = n >= 0 ? flatValues(pairs, n) : undefined;
    const byHand = v !== undefined;
    if (v === undefined) {
      const row = readLine(l);
      if (!row) {
        warnings.push(warning(source.file, lines.line, 'not a JSON object; line skipped'));
        continue;
      }
      v = values(row);
    }
    rows++;
    const raw = rawTime(v);
    order.add(raw);
    const m = toMessage(lines.line, v, raw, dayFirst, names, source.file, warnings, byHand ? copy : same);
    if (m) messages.push(m);
  }
  return { messages, warnings, rows, dayFirst: order.dayFirst() };
}
