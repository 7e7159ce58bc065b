/** Telegram Desktop JSON export (`result.json`): one chat, or `chats.list[]` of a full export. */
import { InputError } from '../../errors.js';
import type { Diagnostic, Message, Parser } from '../../types.js';
import { isObject, recordIds, scanJson, str, type JsonObject } from '../json-records.js';
import { finishExport, message, warning } from '../text.js';

const format = 'telegram';
const RECORD_KEYS = new Set(['messages']);

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

/** The chat to read: the root itself, or the biggest chat of a full export. */
function pickChat(root: JsonObject, file: string, warnings: Diagnostic[]): JsonObject {
  if (Array.isArray(root.messages)) return root;
  const list = isObject(root.chats) && Array.isArray(root.chats.list) ? root.chats.list.filter(isObject) : [];
  const withMessages = list.filter((c) => Array.isArray(c.messages));
  if (withMessages.length === 0) throw new InputError(file, 'not a Telegram export: no "messages" and no "chats.list"');
  const size = (c: JsonObject) => (c.messages as unknown[]).length;
  const best = withMessages.reduce((a, b) => (size(b) > size(a) ? b : a));
  if (withMessages.length > 1) {
    warnings.push(warning(file, undefined, `the export holds ${withMessages.length} chats; read the biggest, "${str(best.name) ?? '?'}" (export one chat to choose)`));
  }
  return best;
}

const unixTime = (s: string | undefined): string | undefined =>
  s && /^\d+$/.test(s) ? new Date(Number(s) * 1000).toISOString().replace('.000Z', 'Z') : undefined;

export const telegram: Parser = {
  format,
  platform: 'Telegram',
  description: 'Telegram Desktop JSON export (result.json): one chat, or the biggest chat of a full export',
  detect(head) {
    if (!/^\s*\{/.test(head)) return 0;
    if (/"date_unixtime"\s*:/.test(head) || (/"type"\s*:\s*"(?:message|service)"/.test(head) && /"from_id"\s*:/.test(head))) return 0.9;
    return /"(?:personal_chat|private_group|private_supergroup|public_supergroup|private_channel|public_channel)"/.test(head) ? 0.7 : 0;
  },
  parse(text, source) {
    let root: unknown;
    try {
      root = JSON.parse(text);
    } catch {
      throw new InputError(source.file, 'not a Telegram export: not valid JSON');
    }
    if (!isObject(root)) throw new InputError(source.file, 'not a Telegram export: not a JSON object');
    const warnings: Diagnostic[] = [];
    const chat = pickChat(root, source.file, warnings);
    const items = (chat.messages as unknown[]).filter(isObject);
    // Line numbers hold only for a single-chat export, where the one "messages" array is the chat's.
    const scan = chat === root ? scanJson(text, RECORD_KEYS).recordLines : [];
    const lineOf = (k: number) => (scan.length === items.length ? scan[k]! : k + 1);
    const recIds = recordIds(format, items.map((_, k) => lineOf(k)));
    const ids = new Map(items.map((m, k) => [str(m.id) ?? '', recIds[k]!]));
    let naive = false;
    const messages: Message[] = [];
    items.forEach((m, k) => {
      const line = lineOf(k);
      // `date` is the exporting PC's naive local time; `date_unixtime` (3.7.6+) is exact.
      const time = unixTime(str(m.date_unixtime)) ?? str(m.date);
      if (!m.date_unixtime && m.date) naive = true;
      const service = m.type === 'service';
      const body = service ? serviceText(m) : telegramText(m.text) || mediaText(m);
      const reply = str(m.reply_to_message_id);
      const id = recIds[k]!;
      messages.push({ ...message(format, source.file, line, {
        time,
        author: str(service ? m.actor : m.from)?.trim() || undefined,
        text: body || '(empty)',
        kind: service ? 'system' : 'message',
        replyTo: reply === undefined ? undefined : (ids.get(reply) ?? `telegram message ${reply}`),
      }), id });
      const reactions = Array.isArray(m.reactions) ? m.reactions.filter(isObject) : [];
      reactions.forEach((r, n) => {
        const emoji = str(r.emoji) ?? str(r.document_id) ?? '?';
        const count = typeof r.count === 'number' && r.count > 1 ? ` ${r.count}` : '';
        messages.push({ ...message(format, source.file, line, { text: `${emoji}${count}`, kind: 'reaction', replyTo: id }), id: `${id}.r${n + 1}` });
      });
    });
    if (naive) warnings.push(warning(source.file, undefined, 'times are the exporting computer\'s local time (no date_unixtime); kept as they are'));
    // UTC instants get no start/end here: the summarise header converts them to --tz.
    return finishExport({ format, platform: 'Telegram', title: str(chat.name), offsets: !naive }, messages, warnings);
  },
};
