/** Telegram Desktop JSON export (`result.json`): one chat, or the biggest group or channel in `chats.list[]` of a full export. */
import { Buffer } from 'node:buffer';
import { InputError } from '../../errors.js';
import type { ChatExport, Diagnostic, Message, ParseSource } from '../../types.js';
import { jsonParser } from '../byte-parser.js';
import { isObject, str, type JsonObject } from '../json-records.js';
import { idKey, RecordIds, streamJson } from '../json-stream.js';
import { Interner } from '../intern.js';
import { isoSeconds, LAST_DATE_SECOND } from '../iso-time.js';
import { finishExport, message, warning } from '../text.js';

const format = 'telegram';

/** `text` is a string or an array of strings and `{type, text, href?}` entities. */
export function telegramText(text: unknown): string {
  if (typeof text === 'string') return text;
  if (!Array.isArray(text)) return '';
  return text
    .map((part) => {
      if (typeof part === 'string') return part;
      const t = str(isObject(part) ? part.text : undefined) ?? '';
      const href = isObject(part) && part.type === 'text_link' ? str(part.href) : undefined;
      return href && href !== t ? `${t} (${href})` : t;
    })
    .join('');
}

/** What a media-only message shows instead of its empty text. */
function mediaText(m: JsonObject): string {
  if (isObject(m.poll)) return `[poll] ${str(m.poll.question) ?? ''}`.trim();
  const type = str(m.media_type);
  if (type === 'sticker') return `[sticker ${str(m.sticker_emoji) ?? ''}]`.replace(' ]', ']');
  if (type) return `[${type.replace(/_/g, ' ')}]`;
  if (m.photo !== undefined) return '[photo]';
  if (m.file !== undefined) return '[file]';
  return '';
}

const ACTIONS: Record<string, string> = {
  invite_members: 'added', remove_members: 'removed', create_group: 'created the group', join_group_by_link: 'joined by link',
  pin_message: 'pinned a message', edit_group_title: 'renamed the group', edit_group_photo: 'changed the group photo',
  group_call: 'started a group call', phone_call: 'made a call', topic_created: 'created the topic',
};

/** A service message as a sentence: "Robin Hart added: Sam Okafor". */
function serviceText(m: JsonObject): string {
  const raw = str(m.action) ?? 'service';
  const action = ACTIONS[raw] ?? raw.replace(/_/g, ' ');
  const members = Array.isArray(m.members) ? m.members.map(str).filter(Boolean).join(', ') : '';
  const title = str(m.title) ?? '';
  const own = telegramText(m.text);
  return [[str(m.actor), action].filter(Boolean).join(' '), members || title, own].filter(Boolean).join(': ');
}

// Chat types of a full export that are one person's own: one-to-one chats, saved messages, bot chats. Groups and channels (and any type Telegram adds) are not.
const PRIVATE_TYPES = new Set(['personal_chat', 'saved_messages', 'bot_chat']);

/**
 * The chat to read: the root itself (a chat the user exported on its own), or the biggest
 * group or channel of a full export, which also holds the user's private chats: never one of those.
 * `messages` holds its record array's number.
 */
function pickChat(root: JsonObject, counts: readonly number[], file: string, warnings: Diagnostic[]): JsonObject {
  if (Array.isArray(root.messages)) return root;
  const list = isObject(root.chats) && Array.isArray(root.chats.list) ? root.chats.list.filter(isObject) : [];
  const withMessages = list.filter((c) => Array.isArray(c.messages));
  if (withMessages.length === 0) throw new InputError(file, 'not a Telegram export: no "messages" and no "chats.list"');
  const groups = withMessages.filter((c) => !PRIVATE_TYPES.has(str(c.type) ?? ''));
  if (groups.length === 0) {
    throw new InputError(file, `the export holds ${withMessages.length} chats, all one-to-one, saved or bot chats; export the meeting's chat on its own (its menu, "Export chat history")`);
  }
  const size = (c: JsonObject) => counts[arrayOf(c)] ?? 0;
  const best = groups.reduce((a, b) => (size(b) > size(a) ? b : a));
  if (withMessages.length > 1) {
    warnings.push(warning(file, undefined, `the export holds ${withMessages.length} chats; read the biggest group or channel, "${str(best.name) ?? '?'}" (export one chat to choose)`));
  }
  return best;
}

/** The record array number `streamJson` left in place of a chat's messages. */
const arrayOf = (chat: JsonObject): number => (chat.messages as unknown[])[0] as number;

/** The messages of one `messages` array, made as their records stream past. */
interface ChatMessages {
  messages: Message[];
  /** Telegram id (as `idKey`) and record id of each message that has one, in pairs: matched to replies at the end. */
  keys: (string | number)[];
  /** Some message has a reply, so `keys` are worth matching. */
  replies: boolean;
  /** Some message has only the naive local `date`. */
  naive: boolean;
}

/**
 * `isoUnix` of a string of digits (`date_unixtime`), else undefined (and the naive `date` is used):
 * a char-code check, not a regex per message. Seconds past what a Date holds are no time either.
 */
function unixTime(s: string | undefined): string | undefined {
  if (!s) return undefined;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
  }
  const sec = Number(s);
  return sec <= LAST_DATE_SECOND ? isoUnix(sec) : undefined;
}

const isoUnix = (sec: number): string => isoSeconds(sec * 1000, 'Z');

export const telegram = jsonParser({
  format,
  platform: 'Telegram',
  description: 'Telegram Desktop JSON export (result.json): one chat, or the biggest group or channel of a full export',
  detect(head) {
    if (!/^\s*\{/.test(head)) return 0;
    if (/"date_unixtime"\s*:/.test(head) || (/"type"\s*:\s*"(?:message|service)"/.test(head) && /"from_id"\s*:/.test(head))) return 0.9;
    return /"(?:personal_chat|private_group|private_supergroup|public_supergroup|private_channel|public_channel)"/.test(head) ? 0.7 : 0;
  },
}, readTelegram);

function readTelegram(input: Buffer | string, source: ParseSource): ChatExport {
  const chats: ChatMessages[] = [];
  const recIds = new RecordIds(format);
  // A chat has few authors: messages share one copy of each name.
  const authors = new Interner();
  let root: unknown;
  const { counts } = streamJson(input, source.file, {
    what: 'not a Telegram export',
    single: true,
    // `messages` of the chat itself, or of each chat in `chats.list` of a full export.
    isRecordArray: (depth, key) => key === 'messages' && (depth === 1 || depth === 4),
    onItem(item, line, array) {
      const chat = (chats[array] ??= newChat());
      if (isObject(item)) readMessage(item, line, recIds.next(line), chat, source.file, authors);
    },
    onValue(outline) {
      root = outline;
    },
  });
  if (root === undefined) throw new InputError(source.file, 'not a Telegram export: not valid JSON');
  if (!isObject(root)) throw new InputError(source.file, 'not a Telegram export: not a JSON object');
  const warnings: Diagnostic[] = [];
  const picked = pickChat(root, counts, source.file, warnings);
  const chat = chats[arrayOf(picked)] ?? newChat();
  if (chat.replies) linkReplies(chat);
  if (chat.naive) warnings.push(warning(source.file, undefined, 'times are the exporting computer\'s local time (no date_unixtime); kept as they are'));
  // UTC instants get no start/end here: the summarise header converts them to --tz.
  return finishExport({ format, platform: 'Telegram', title: str(picked.name), offsets: !chat.naive }, chat.messages, warnings);
}

// A reply's raw id until the whole chat is read; no record id starts with it.
const PENDING = '\u0000';

const newChat = (): ChatMessages => ({ messages: [], keys: [], replies: false, naive: false });

/**
 * Replies point at earlier messages, but nothing says they must: resolved once every id is known.
 * Only the ids that replies name go in the map (a chat of many messages has few replies).
 */
function linkReplies(chat: ChatMessages): void {
  const { messages, keys } = chat;
  const named = new Set<string | number>();
  for (const m of messages) if (m.replyTo?.startsWith(PENDING)) named.add(idKey(m.replyTo.slice(PENDING.length))!);
  const ids = new Map<string | number, string>();
  // In order: a repeated id names its last message, as before streaming.
  for (let i = 0; i < keys.length; i += 2) if (named.has(keys[i]!)) ids.set(keys[i]!, keys[i + 1] as string);
  for (const m of messages) {
    if (m.replyTo?.startsWith(PENDING)) {
      const reply = m.replyTo.slice(PENDING.length);
      m.replyTo = ids.get(idKey(reply)!) ?? `telegram message ${reply}`;
    }
  }
}

/** One record to its message and reactions. */
function readMessage(m: JsonObject, line: number, id: string, chat: ChatMessages, file: string, authors: Interner): void {
  const key = idKey(m.id);
  if (key !== undefined) chat.keys.push(key, id);
  // `date` is the exporting PC's naive local time; `date_unixtime` (3.7.6+) is exact.
  const time = unixTime(str(m.date_unixtime)) ?? str(m.date);
  if (!m.date_unixtime && m.date) chat.naive = true;
  const service = m.type === 'service';
  const body = service ? serviceText(m) : telegramText(m.text) || mediaText(m);
  const reply = str(m.reply_to_message_id);
  if (reply !== undefined) chat.replies = true;
  const author = str(service ? m.actor : m.from)?.trim();
  const out = message(file, line, {
    id,
    time,
    author: author ? authors.get(author) : undefined,
    text: body || '(empty)',
    kind: service ? 'system' : 'message',
    replyTo: reply === undefined ? undefined : PENDING + reply,
  });
  chat.messages.push(out);
  if (Array.isArray(m.reactions) && m.reactions.length > 0) addReactions(m.reactions, line, id, chat, file);
}

function addReactions(list: unknown[], line: number, id: string, chat: ChatMessages, file: string): void {
  list.filter(isObject).forEach((r, n) => {
    const emoji = str(r.emoji) ?? str(r.document_id) ?? '?';
    const count = typeof r.count === 'number' && r.count > 1 ? ` ${r.count}` : '';
    chat.messages.push(message(file, line, { id: `${id}.r${n + 1}`, text: `${emoji}${count}`, kind: 'reaction', replyTo: id }));
  });
}
