/**
 * Slack workspace export: a zip or its unpacked folder with `channels.json`,
 * `users.json` and one folder of `YYYY-MM-DD.json` day files per channel. All
 * channels (or `--channel NAME`) merge into one chat in time order; a thread
 * reply may sit in a later day file than its parent, so order comes from `ts`.
 */
import { InputError } from '../../errors.js';
import type { BundleEntry, ChatExport, Diagnostic, Message, ParseSource, Parser } from '../../types.js';
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

interface Record_ { channel: string | undefined; direct: boolean; ts: string; row: Row; file: string; line: number }

// A day file's records, as Slack writes them: `"type": "message"` and a `"ts": "1773410531.000200"` stamp.
const DAY_TS = /"ts"\s*:\s*"\d{1,15}\.\d{1,6}"/;
const DAY_TYPE = /"type"\s*:\s*"message"/;
const DAY_NAME = /^\d{4}-\d{2}-\d{2}\.json$/;
// A mention that no name resolved, as `resolveMrkdwn` writes it: `@` and the Slack id.
const MENTIONED_ID = /@([A-Z0-9]+)/g;

const baseName = (path: string): string => path.split(/[\\/]/).filter(Boolean).at(-1) ?? path;

export const slack: Parser = {
  format,
  platform: 'Slack',
  description: 'Slack workspace export, zip or folder (channels.json, users.json, channel/YYYY-MM-DD.json), channels merged in time order; or one channel folder or day file of it',
  // One text file is a day file at most (a JSON array of records with `ts` stamps): the whole export is a bundle.
  detect(head, name) {
    if (!/^\s*\[/.test(head) || !DAY_TS.test(head) || !DAY_TYPE.test(head)) return 0;
    return DAY_NAME.test(baseName(name)) ? 0.95 : 0.9;
  },
  whyNot: (head, name) => (/^\s*[[{]/.test(head) ? directoryFile(name) : undefined),
  parse(text, source) {
    const directory = directoryFile(source.file);
    if (directory !== undefined) throw new InputError(source.file, directory);
    // `general/2026-03-14.json`: the folder it sits in is its channel.
    const parts = source.file.split(/[\\/]/).filter(Boolean);
    const channel = parts.length > 1 && DAY_NAME.test(parts.at(-1)!) ? parts.at(-2)! : undefined;
    return oneChannel([{ bytes: text, file: source.file }], channel, source, true);
  },
  detectBundle: (entries) => (slackRoot(entries.map((e) => e.path)) !== undefined ? 0.95 : channelFolder(entries) ? 0.9 : 0),
  parseBundle(entries, source) {
    const root = slackRoot(entries.map((e) => e.path));
    if (root === undefined) {
      const one = channelFolder(entries);
      if (!one) throw new InputError(source.file, 'not a Slack export: no channels.json and users.json side by side, nor a channel folder of YYYY-MM-DD.json day files');
      // One channel's folder, or its zip: named by the folder inside, else by itself.
      const channel = one.folder ?? baseName(source.file).replace(/\.zip$/i, '');
      return oneChannel(one.days.map((e) => ({ bytes: e.bytes, file: `${source.file}/${e.path}` })), channel, source);
    }
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
    const picked = days.filter((x) => wanted.includes(x.channel)).sort((a, b) => (a.day < b.day ? -1 : 1));
    const out = mergeDays(picked.map((d) => ({ bytes: d.entry.bytes, file: `${source.file}/${d.entry.path}`, channel: d.channel, direct: direct.has(d.channel) })), names);
    if (out.messages.length === 0) out.warnings.push(warning(source.file, undefined, 'no messages in the chosen channels'));
    if (wanted.length === 1) out.title = `#${wanted[0]}`;
    return out;
  },
};

/** Why a file named as one of an export's lists (`users.json`) cannot be read alone; undefined for other names. */
function directoryFile(name: string): string | undefined {
  const base = baseName(name);
  if (!/^(?:users|org_users|channels|groups|dms|mpims|integration_logs|canvases)\.json$/.test(base)) return undefined;
  return `${base} is one file of a Slack export, with no messages in it; give the export's zip or folder (channels.json, users.json, one folder per channel)`;
}

/**
 * The day files of a bundle that is one channel's folder: every JSON file in it a `YYYY-MM-DD.json`,
 * at the top or all in one folder (a zip of the folder), which then names the channel.
 */
function channelFolder(entries: readonly BundleEntry[]): { days: BundleEntry[]; folder?: string } | undefined {
  const json = entries.filter((e) => /\.json$/i.test(e.path));
  const folders = new Set(json.map((e) => (e.path.includes('/') ? e.path.slice(0, e.path.lastIndexOf('/')) : '')));
  const [folder] = folders;
  if (json.length === 0 || folders.size !== 1 || folder!.includes('/') || !json.every((e) => DAY_NAME.test(baseName(e.path)))) return undefined;
  const days = [...json].sort((a, b) => (a.path < b.path ? -1 : 1));
  return folder === '' ? { days } : { days, folder };
}

interface DayInput { bytes: Uint8Array | string; file: string; channel: string | undefined; direct: boolean }

/**
 * Day files in day order to one export: each record becomes its message as it streams past, then all
 * sorted by `ts`. A day that is no JSON array is skipped with a warning, unless it is the file the user
 * gave (`given`), which it then is not.
 */
function mergeDays(days: readonly DayInput[], names: SlackNames, given = false): ChatExport {
  const warnings: Diagnostic[] = [];
  // `keys` keep the `ts` to sort by.
  const messages: Message[] = [];
  const keys: number[] = [];
  for (const d of days) {
    const day = readDay(d.bytes, d.file, d.channel, d.direct, names, given);
    if (!day && given) throw new InputError(d.file, 'not a Slack day file: not one JSON array of messages');
    if (!day) { warnings.push(warning(d.file, undefined, 'not a JSON array of messages; skipped')); continue; }
    for (const w of day.warnings) warnings.push(w);
    for (let k = 0; k < day.messages.length; k++) { messages.push(day.messages[k]!); keys.push(day.keys[k]!); }
  }
  // Stable: equal ts keep channel and file order. Each day is in order already (readDay),
  // so one channel's days in day order usually need no sort over the whole export, which
  // would hold three more arrays as long as the export at the peak of memory.
  const sorted = inOrder(keys) ? messages : sortByKeys(messages, keys);
  return { format, platform: 'Slack', messages: sorted, warnings };
}

/**
 * One channel's day files without the rest of the export: no users.json or channels.json, so
 * people are named by the profile Slack embeds in each message, else by their Slack id.
 */
function oneChannel(days: { bytes: Uint8Array | string; file: string }[], channel: string | undefined, source: ParseSource, given = false): ChatExport {
  if (source.channel !== undefined && source.channel.replace(/^#/, '') !== channel) {
    throw new InputError(source.file, `no channel "${source.channel.replace(/^#/, '')}" here: this is ${channel === undefined ? 'one Slack day file of no known channel' : `Slack channel #${channel}`}`);
  }
  // A DM's folder is its `D…` id, a group DM's `mpdm-…`: direct messages, as in the whole export.
  const direct = channel !== undefined && isDirectFolder(channel, undefined);
  // Every id asked for goes unnamed; those that then show as an author or a mention are reported.
  const unnamed = new Set<string>();
  const names: SlackNames = { user: (id) => (id === 'USLACKBOT' ? 'Slackbot' : (unnamed.add(id), undefined)), channel: () => undefined };
  const out = mergeDays(days.map((d) => ({ ...d, channel, direct })), names, given);
  const ids = new Set<string>();
  for (const m of out.messages) {
    if (m.author !== undefined && unnamed.has(m.author)) ids.add(m.author);
    // A mention shows as `@U…`: one scan of the text, not one search per unnamed id.
    if (m.text.includes('@')) for (const [, id] of m.text.matchAll(MENTIONED_ID)) if (unnamed.has(id!)) ids.add(id!);
  }
  if (ids.size > 0) {
    const some = [...ids].slice(0, 3).join(', ');
    out.warnings.push(warning(source.file, undefined, `${ids.size} ${ids.size === 1 ? 'person is' : 'people are'} shown by Slack id (${some}${ids.size > 3 ? ', …' : ''}): their names are in the users.json of the whole export; give its zip or folder instead`));
  }
  if (channel !== undefined) out.title = `#${channel}`;
  return out;
}

/**
 * One day file's messages, read record by record; undefined when it is not one JSON array.
 * `strict`: broken JSON is the caller's error (a file the user gave alone, whose line the error names), not a skipped day.
 */
function readDay(bytes: Uint8Array | string, file: string, channel: string | undefined, direct: boolean, names: SlackNames, strict = false): { messages: Message[]; keys: number[]; warnings: Diagnostic[] } | undefined {
  const messages: Message[] = [];
  const keys: number[] = [];
  const warnings: Diagnostic[] = [];
  let array = false;
  try {
    streamJson(typeof bytes === 'string' ? bytes : utf8Bytes(bytes, file), file, {
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
    if (error instanceof InputError && !strict) return undefined;
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
