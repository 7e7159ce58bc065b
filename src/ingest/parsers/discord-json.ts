/** DiscordChatExporter JSON: `{guild, channel, messages[]}` (JsonMessageWriter.cs). */
import { InputError } from '../../errors.js';
import type { Diagnostic, Message, Parser } from '../../types.js';
import { discordText, isDiscordSystem } from '../discord-text.js';
import { isObject, recordIds, scanJson, str, type JsonObject } from '../json-records.js';
import { finishExport, message, warning } from '../text.js';

const format = 'discord-json';
const RECORD_KEYS = new Set(['messages']);

const names = (list: unknown, key: string): string[] =>
  Array.isArray(list) ? list.filter(isObject).map((x) => str(x[key]) ?? '').filter(Boolean) : [];

/** Content, or what stands for it when a message is only attachments, embeds or stickers. */
function body(m: JsonObject): string {
  const lines = [discordText(str(m.content) ?? '')];
  for (const f of names(m.attachments, 'fileName')) lines.push(`[attachment: ${f}]`);
  for (const s of names(m.stickers, 'name')) lines.push(`[sticker: ${s}]`);
  if (lines.join('') === '') for (const e of names(m.embeds, 'title')) lines.push(`[embed: ${e}]`);
  return lines.filter(Boolean).join('\n');
}

function author(m: JsonObject): string | undefined {
  const a = isObject(m.author) ? m.author : {};
  // The nickname is the name shown on the server; `name` is the account's handle.
  return (str(a.nickname) || str(a.name))?.trim() || undefined;
}

export const discordJson: Parser = {
  format,
  platform: 'Discord',
  description: 'Discord channel exported by DiscordChatExporter as JSON ({guild, channel, messages[]})',
  detect(head) {
    if (!/^\s*\{/.test(head)) return 0;
    const guild = /"guild"\s*:\s*\{/.test(head);
    const channel = /"channel"\s*:\s*\{/.test(head);
    return guild && channel ? 0.95 : (guild || channel) && /"messages"\s*:\s*\[/.test(head) ? 0.7 : 0;
  },
  parse(text, source) {
    let root: unknown;
    try {
      root = JSON.parse(text);
    } catch {
      throw new InputError(source.file, 'not a DiscordChatExporter JSON file: not valid JSON');
    }
    if (!isObject(root) || !Array.isArray(root.messages)) throw new InputError(source.file, 'not a DiscordChatExporter JSON file: no "messages" array');
    const items = root.messages.filter(isObject);
    const lines = scanJson(text, RECORD_KEYS).recordLines;
    const warnings: Diagnostic[] = [];
    const lineOf = (k: number) => (lines.length === items.length ? lines[k]! : k + 1);
    // DCE can write newest first (its reverse option): sort by time, source order breaking ties.
    const recIds = recordIds(format, items.map((_, k) => lineOf(k)));
    const drafts = items.map((m, k) => ({ m, k, line: lineOf(k), id: recIds[k]!, at: Date.parse(str(m.timestamp) ?? '') || 0 }));
    drafts.sort((a, b) => a.at - b.at || a.k - b.k);
    const ids = new Map(drafts.map((d) => [str(d.m.id) ?? '', d.id]));
    const messages: Message[] = [];
    for (const { m, line, id } of drafts) {
      const type = str(m.type);
      const system = isDiscordSystem(type);
      const parent = str(isObject(m.reference) ? m.reference.messageId : undefined);
      const text = body(m) || (system ? (type ?? 'system').replace(/([a-z])([A-Z])/g, '$1 $2') : '');
      if (text === '') warnings.push(warning(source.file, line, 'message without content; kept as "(empty)"'));
      messages.push({ ...message(format, source.file, line, {
        time: str(m.timestamp),
        author: author(m),
        text: text || '(empty)',
        kind: system ? 'system' : 'message',
        replyTo: parent === undefined ? undefined : (ids.get(parent) ?? `discord message ${parent}`),
      }), id });
      const reactions = Array.isArray(m.reactions) ? m.reactions.filter(isObject) : [];
      reactions.forEach((r, n) => {
        const emoji = str(isObject(r.emoji) ? r.emoji.name : undefined) ?? '?';
        const count = typeof r.count === 'number' && r.count > 1 ? ` ${r.count}` : '';
        messages.push({ ...message(format, source.file, line, { text: `${emoji}${count}`, kind: 'reaction', replyTo: id }), id: `${id}.r${n + 1}` });
      });
    }
    const guild = isObject(root.guild) ? str(root.guild.name) : undefined;
    const channel = isObject(root.channel) ? str(root.channel.name) : undefined;
    const title = channel && guild && guild !== 'Direct Messages' ? `${guild} #${channel}` : channel;
    // Times carry the exporter's offset; the summarise header converts them to --tz.
    return finishExport({ format, platform: 'Discord', title, offsets: true }, messages, warnings);
  },
};
