/** DiscordChatExporter JSON: `{guild, channel, messages[]}` (JsonMessageWriter.cs). */
import { Buffer } from 'node:buffer';
import { InputError } from '../../errors.js';
import type { ChatExport, Diagnostic, ParseSource } from '../../types.js';
import { jsonParser } from '../byte-parser.js';
import { discordText, isDiscordSystem } from '../discord-text.js';
import { isObject, orderedMessages, str, type JsonObject, type RecordDraft } from '../json-records.js';
import { RecordIds, streamJson } from '../json-stream.js';
import { Interner } from '../intern.js';
import { isoMs } from '../iso-time.js';
import { finishExport, message, warning } from '../text.js';

const format = 'discord-json';

const names = (list: unknown, key: string): string[] =>
  Array.isArray(list) ? list.filter(isObject).map((x) => str(x[key]) ?? '').filter(Boolean) : [];

/** Content, or what stands for it when a message is only attachments, embeds or stickers. */
function body(m: JsonObject): string {
  // Most messages are content alone: no arrays to walk, no lines to join.
  if (isEmptyList(m.attachments) && isEmptyList(m.stickers) && isEmptyList(m.embeds)) return discordText(str(m.content) ?? '');
  const lines = [discordText(str(m.content) ?? '')];
  for (const f of names(m.attachments, 'fileName')) lines.push(`[attachment: ${f}]`);
  for (const s of names(m.stickers, 'name')) lines.push(`[sticker: ${s}]`);
  if (lines.join('') === '') for (const e of names(m.embeds, 'title')) lines.push(`[embed: ${e}]`);
  return lines.filter(Boolean).join('\n');
}

const isEmptyList = (v: unknown): boolean => v === undefined || (Array.isArray(v) && v.length === 0);

function author(m: JsonObject): string | undefined {
  const a = isObject(m.author) ? m.author : {};
  // The nickname is the name shown on the server; `name` is the account's handle.
  return (str(a.nickname) || str(a.name))?.trim() || undefined;
}

export const discordJson = jsonParser({
  format,
  platform: 'Discord',
  description: 'Discord channel exported by DiscordChatExporter as JSON ({guild, channel, messages[]})',
  detect(head) {
    if (!/^\s*\{/.test(head)) return 0;
    const guild = /"guild"\s*:\s*\{/.test(head);
    const channel = /"channel"\s*:\s*\{/.test(head);
    return guild && channel ? 0.95 : (guild || channel) && /"messages"\s*:\s*\[/.test(head) ? 0.7 : 0;
  },
}, readDiscord);

function readDiscord(input: Buffer | string, source: ParseSource): ChatExport {
  const what = 'not a DiscordChatExporter JSON file';
  const warnings: Diagnostic[] = [];
  const recIds = new RecordIds(format);
  const drafts: RecordDraft[] = [];
  // A channel has few authors: messages share one copy of each name.
  const authors = new Interner();
  let root: unknown;
  streamJson(input, source.file, {
    what,
    single: true,
    isRecordArray: (depth, key) => depth === 1 && key === 'messages',
    onItem(item, line) {
      if (isObject(item)) drafts.push(draft(item, line, recIds.next(line), drafts.length, source.file, warnings, authors));
    },
    onValue(outline) {
      root = outline;
    },
  });
  if (root === undefined) throw new InputError(source.file, `${what}: not valid JSON`);
  if (!isObject(root) || !Array.isArray(root.messages)) throw new InputError(source.file, `${what}: no "messages" array`);
  // DCE can write newest first (its reverse option).
  const messages = orderedMessages(drafts, (raw) => `discord message ${raw}`);
  const guild = isObject(root.guild) ? str(root.guild.name) : undefined;
  const channel = isObject(root.channel) ? str(root.channel.name) : undefined;
  const title = channel && guild && guild !== 'Direct Messages' ? `${guild} #${channel}` : channel;
  // Times carry the exporter's offset; the summarise header converts them to --tz.
  return finishExport({ format, platform: 'Discord', title, offsets: true }, messages, warnings);
}

function draft(m: JsonObject, line: number, id: string, k: number, file: string, warnings: Diagnostic[], authors: Interner): RecordDraft {
  const type = str(m.type);
  const system = isDiscordSystem(type);
  const parent = str(isObject(m.reference) ? m.reference.messageId : undefined);
  const text = body(m) || (system ? (type ?? 'system').replace(/([a-z])([A-Z])/g, '$1 $2') : '');
  if (text === '') warnings.push(warning(file, line, 'message without content; kept as "(empty)"'));
  const time = str(m.timestamp);
  const name = author(m);
  const first = message(file, line, {
    id,
    time,
    author: name === undefined ? undefined : authors.get(name),
    text: text || '(empty)',
    kind: system ? 'system' : 'message',
    replyTo: parent,
  });
  const messages = [first];
  const reactions = Array.isArray(m.reactions) && m.reactions.length > 0 ? m.reactions.filter(isObject) : [];
  reactions.forEach((r, n) => {
    const emoji = str(isObject(r.emoji) ? r.emoji.name : undefined) ?? '?';
    const count = typeof r.count === 'number' && r.count > 1 ? ` ${r.count}` : '';
    messages.push(message(file, line, { id: `${id}.r${n + 1}`, text: `${emoji}${count}`, kind: 'reaction', replyTo: id }));
  });
  return { at: isoMs(time ?? '') || 0, k, sourceId: str(m.id), messages };
}
