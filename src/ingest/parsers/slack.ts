/**
 * Slack workspace export: a zip or its unpacked folder with `channels.json`,
 * `users.json` and one folder of `YYYY-MM-DD.json` day files per channel. All
 * channels (or `--channel NAME`) merge into one chat in time order; a thread
 * reply may sit in a later day file than its parent, so order comes from `ts`.
 */
import { InputError } from '../../errors.js';
import type { ChatExport, Diagnostic, Message, ParseSource, Parser } from '../../types.js';
import { isoSeconds, LAST_DATE_SECOND } from '../iso-time.js';
import { streamJson, utf8Bytes } from '../json-stream.js';
import { dayFile, slackRoot } from '../slack-layout.js';
import { channelList, isDirectFolder, personName, readBundleJson, userNames } from '../slack-directory.js';
import { resolveMrkdwn, type SlackNames } from '../slack-mrkdwn.js';
import { warning } from '../text.js';

const format = 'slack';
type Row = Record<string, unknown>;

// Subtypes that are someone's words; every other subtype (joins, topics, bots, pins) is a system event.
const SPOKEN = new Set([undefined, 'thread_broadcast', 'file_share', 'me_message']);

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** `1773410531.000200` to `[seconds, micro]`, compared as integers (a float loses the counter). */
export const tsKey = (ts: string): [number, number] => {
  const seconds = plainSeconds(ts);
  if (seconds >= 0) return [seconds, plainMicro(ts, ts.indexOf('.'))];
  const [s, f = ''] = ts.split('.');
  return [Number(s), Number(f.padEnd(6, '0').slice(0, 6))];
};
const isoOf = (ts: string): string => {
  const seconds = plainSeconds(ts);
  return isoSeconds((seconds >= 0 ? seconds : tsKey(ts)[0]) * 1000, 'Z');
};

/**
 * The seconds of the usual `ts`, 1 to 15 digits, a dot, 1 to 6 digits, read by char code
 * (every record's ts is read twice, and the split would make an array and four strings);
 * -1 for any other text, which `tsKey` reads the general way.
 */
function plainSeconds(ts: string): number {
  const dot = ts.indexOf('.');
  if (dot < 1 || dot > 15 || ts.length - dot - 1 < 1 || ts.length - dot - 1 > 6) return -1;
  let seconds = 0;
  for (let i = 0; i < ts.length; i++) {
    if (i === dot) continue;
    const d = ts.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    if (i < dot) seconds = seconds * 10 + d;
  }
  return seconds;
}

/** The micro counter of a `ts` `plainSeconds` took: its digits after `dot`, padded to six. */
function plainMicro(ts: string, dot: number): number {
  let micro = 0;
  for (let i = dot + 1; i < dot + 7; i++) micro = micro * 10 + (i < ts.length ? ts.charCodeAt(i) - 48 : 0);
  return micro;
}

interface Record_ { channel: string; direct: boolean; ts: string; row: Row; file: string; line: number }

export const slack: Parser = {
  format,
  platform: 'Slack',
  description: 'Slack workspace export, zip or folder (channels.json, users.json, channel/YYYY-MM-DD.json); channels merge in time order',
  // One text file is never a whole Slack export: only the bundle path can pick this parser.
  detect: () => 0,
  parse(_text, source) {
    throw new InputError(source.file, 'a Slack export is a zip or a folder (channels.json, users.json, one folder per channel), not one file');
  },
  detectBundle: (entries) => (slackRoot(entries.map((e) => e.path)) === undefined ? 0 : 0.95),
  parseBundle(entries, source) {
    const root = slackRoot(entries.map((e) => e.path));
    if (root === undefined) throw new InputError(source.file, 'not a Slack export: no channels.json and users.json side by side');
    const at = (name: string) => entries.find((e) => e.path === (root === '' ? name : `${root}/${name}`));
    const json = (name: string) => { const e = at(name); return e ? readBundleJson(e, source.file) : undefined; };
    const users = userNames(json('users.json') ?? json('org_users.json'));
    const lists = (files: string[], direct: boolean) => files.map((name) => ({ rows: json(name), direct }));
    const channels = channelList([...lists(['channels.json', 'groups.json'], false), ...lists(['mpims.json', 'dms.json'], true)]);
    const byId = new Map(channels.flatMap((c) => (c.id ? [[c.id, c.folder]] : [])));
    const names: SlackNames = { user: (id) => users.get(id), channel: (id) => byId.get(id) };

    const days = entries.flatMap((e) => { const d = dayFile(e.path, root); return d ? [{ ...d, entry: e }] : []; });
    const folders = [...new Set([...channels.map((c) => c.folder), ...days.map((d) => d.channel).sort()])].filter((f) => days.some((d) => d.channel === f));
    const wanted = pickChannels(folders, source);
    // DMs and group DMs are private: their messages are direct ones, left out unless --include-direct.
    const direct = new Set(folders.filter((f) => isDirectFolder(f, channels.find((c) => c.folder === f))));
    const warnings: Diagnostic[] = [];
    // Each record becomes its message as it streams past; `keys` keep the `ts` to sort by.
    const messages: Message[] = [];
    const keys: number[] = [];
    for (const d of days.filter((x) => wanted.includes(x.channel)).sort((a, b) => (a.day < b.day ? -1 : 1))) {
      const file = `${source.file}/${d.entry.path}`;
      const day = readDay(d.entry.bytes, file, d.channel, direct.has(d.channel), names);
      if (!day) { warnings.push(warning(file, undefined, 'not a JSON array of messages; skipped')); continue; }
      for (const w of day.warnings) warnings.push(w);
      for (let k = 0; k < day.messages.length; k++) { messages.push(day.messages[k]!); keys.push(day.keys[k]!); }
    }
    // Stable: equal ts keep channel and file order. Each day is in order already (readDay),
    // so one channel's days in day order usually need no sort over the whole export, which
    // would hold three more arrays as long as the export at the peak of memory.
    const sorted = inOrder(keys) ? messages : sortByKeys(messages, keys);
    if (sorted.length === 0) warnings.push(warning(source.file, undefined, 'no messages in the chosen channels'));
    const out: ChatExport = { format, platform: 'Slack', messages: sorted, warnings };
    if (wanted.length === 1) out.title = `#${wanted[0]}`;
    return out;
  },
};

/** One day file's messages, read record by record; undefined when it is not one JSON array. */
function readDay(bytes: Uint8Array, file: string, channel: string, direct: boolean, names: SlackNames): { messages: Message[]; keys: number[]; warnings: Diagnostic[] } | undefined {
  const messages: Message[] = [];
  const keys: number[] = [];
  const warnings: Diagnostic[] = [];
  let array = false;
  try {
    streamJson(utf8Bytes(bytes, file), file, {
      what: 'not a Slack day file',
      single: true,
      isRecordArray: (depth) => depth === 0,
      onItem(item, line) {
        const row = item !== null && typeof item === 'object' && !Array.isArray(item) ? (item as Row) : undefined;
        const ts = str(row?.ts);
        const key = ts === undefined ? NaN : tsOrder(ts);
        if (!row || !ts) warnings.push(warning(file, line, 'record without a ts; skipped'));
        // `17734105x1.000200`, or seconds past what a date can hold: no time to place the message at.
        else if (!(key >= 0 && key <= LAST_TS)) warnings.push(warning(file, line, `record whose ts "${ts}" is no Unix time; skipped`));
        else {
          messages.push(toMessage({ channel, direct, ts, row, file, line }, names));
          keys.push(key);
        }
      },
      onValue(outline) {
        array = Array.isArray(outline);
      },
    });
  } catch (error) {
    if (error instanceof InputError) return undefined;
    throw error;
  }
  if (!array) return undefined;
  return inOrder(keys) ? { messages, keys, warnings } : { messages: sortByKeys(messages, keys), keys: [...keys].sort((a, b) => a - b), warnings };
}

/** `messages` stably sorted by their `keys` (same index). */
const sortByKeys = (messages: readonly Message[], keys: readonly number[]): Message[] =>
  messages.map((_, k) => k).sort((a, b) => keys[a]! - keys[b]! || a - b).map((k) => messages[k]!);

/** Day files in day order usually hold their messages in `ts` order already: then no sort, and no arrays for it. */
const inOrder = (keys: readonly number[]): boolean => {
  for (let k = 1; k < keys.length; k++) if (!(keys[k - 1]! <= keys[k]!)) return false;
  return true;
};

// The last second a Date can hold, as a `tsOrder` key.
const LAST_TS = LAST_DATE_SECOND * 1e6;

/** `ts` as one number that sorts as `byTs` does: seconds and the micro counter fit in a double exactly. */
const tsOrder = (ts: string): number => {
  const [s, micro] = tsKey(ts);
  return s * 1e6 + micro;
};

function pickChannels(folders: string[], source: ParseSource): string[] {
  if (source.channel === undefined) return folders;
  const want = source.channel.replace(/^#/, '');
  if (folders.includes(want)) return [want];
  throw new InputError(source.file, `no channel "${want}" in this Slack export; it has: ${folders.join(', ') || 'none'}`);
}

function toMessage(r: Record_, names: SlackNames): Message {
  const { row } = r;
  const subtype = str(row.subtype);
  const author = authorOf(row, names);
  const thread = str(row.thread_ts);
  // One flat string (a template this long is a cons string that keeps its parts).
  const id = [format, ':', r.channel, ':', r.ts].join('');
  const time = isoOf(r.ts);
  // A user missing from users.json is still named in their own message (`<@U04GONE> has left`).
  const own: SlackNames = { user: (id) => names.user(id) ?? (id === str(row.user) ? author : undefined), channel: names.channel };
  const said = resolveMrkdwn(str(row.text) ?? '', own).trim();
  const elsewhere = said ? undefined : contentElsewhere(row, own);
  const text = said || (elsewhere?.text ?? '');
  // A message that is only an uploaded file has nothing to summarise, like a WhatsApp media line.
  const kind = SPOKEN.has(subtype) && !elsewhere?.filesOnly ? 'message' : 'system';
  const replyTo = thread && thread !== r.ts ? [format, ':', r.channel, ':', thread].join('') : undefined;
  const { channel, file, line } = r;
  if (r.direct) return { id, time, ...(author ? { author } : {}), text, kind, to: 'direct', ...(replyTo ? { replyTo } : {}), channel, file, line };
  // One literal per shape: every key in the object itself, in the order expected output shows.
  if (author && replyTo) return { id, time, author, text, kind, replyTo, channel, file, line };
  if (author) return { id, time, author, text, kind, channel, file, line };
  return replyTo ? { id, time, text, kind, replyTo, channel, file, line } : { id, time, text, kind, channel, file, line };
}

const obj = (v: unknown): Row | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Row) : undefined);
const list = (v: unknown): Row[] => (Array.isArray(v) ? v.flatMap((x) => { const o = obj(x); return o ? [o] : []; }) : []);

/** Users missing from `users.json` (Slack Connect, deleted) fall back to the embedded profile, bots to their name, then the raw id. */
function authorOf(row: Row, names: SlackNames): string | undefined {
  const user = str(row.user);
  return (user && names.user(user)) ?? personName(obj(row.user_profile)) ?? str(row.username) ?? str(obj(row.bot_profile)?.name) ?? user ?? str(row.bot_id);
}

/** Bots put their words in `attachments`; uploads leave only file names (legacy `file_share` has one `file`). */
function contentElsewhere(row: Row, names: SlackNames): { text: string; filesOnly: boolean } {
  const attached = list(row.attachments).map((a) => str(a.text) ?? str(a.fallback) ?? '').filter(Boolean);
  if (attached.length > 0) return { text: resolveMrkdwn(attached.join('\n'), names).trim(), filesOnly: false };
  const files = [...list(row.files), ...list([row.file])].map((f) => str(f.name) ?? str(f.title) ?? 'file');
  return { text: files.join(', '), filesOnly: files.length > 0 };
}
