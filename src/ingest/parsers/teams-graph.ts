/** Microsoft Graph `chatMessage` JSON: a page `{value:[…]}`, pages saved one after another, or a bare array. */
import { InputError } from '../../errors.js';
import type { Diagnostic, Message, Parser } from '../../types.js';
import { chatHtmlToText } from '../html-text.js';
import { isObject, parseValues, recordIds, scanJson, str, type JsonObject } from '../json-records.js';
import { finishExport, message, warning } from '../text.js';

const format = 'teams-graph';
const RECORD_KEYS = new Set(['value']);
// A system event comes back as `unknownFutureValue` unless the request asked for the real enum (Graph docs).
const SYSTEM_TYPES = new Set(['systemEventMessage', 'unknownFutureValue', 'chatEvent', 'typing']);
const REACTIONS: Record<string, string> = { like: '👍', heart: '❤️', laugh: '😆', surprised: '😮', sad: '😢', angry: '😡' };

const get = (o: unknown, ...path: string[]): unknown => path.reduce<unknown>((v, k) => (isObject(v) ? v[k] : undefined), o);

/** The chatMessage records of every page, in source order. */
function records(values: unknown[]): JsonObject[] {
  const out: JsonObject[] = [];
  for (const v of values) {
    const items = Array.isArray(v) ? v : isObject(v) && Array.isArray(v.value) ? v.value : isObject(v) && 'messageType' in v ? [v] : [];
    for (const item of items) if (isObject(item)) out.push(item);
  }
  return out;
}

function author(r: JsonObject): string | undefined {
  const from = r.from;
  for (const who of ['user', 'application', 'device']) {
    const name = str(get(from, who, 'displayName'))?.trim();
    if (name) return name;
  }
  return undefined;
}

/** `#microsoft.graph.callStartedEventMessageDetail` to "call started", plus the people it names. */
function eventText(r: JsonObject): string {
  const detail = r.eventDetail;
  const type = str(get(detail, '@odata.type'))?.replace(/^#?microsoft\.graph\./, '').replace(/EventMessageDetail$/, '');
  const words = type ? type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase() : 'system event';
  const members = get(detail, 'members');
  const names = Array.isArray(members) ? members.map((m) => str(get(m, 'displayName'))).filter(Boolean) : [];
  const renamed = str(get(detail, 'chatDisplayName'));
  return [words, names.join(', '), renamed ? `"${renamed}"` : ''].filter(Boolean).join(': ');
}

/** Body text, kind and quoted-reply id of one record. */
function read(r: JsonObject): { text: string; kind: Message['kind']; replyTo?: string } {
  if (str(r.deletedDateTime)) return { text: '(deleted)', kind: 'system' };
  const type = str(r.messageType) ?? 'message';
  const content = str(get(r, 'body', 'content')) ?? '';
  const html = (str(get(r, 'body', 'contentType')) ?? 'html').toLowerCase() !== 'text';
  const body = html ? chatHtmlToText(content) : { text: content.trim(), system: false };
  if (SYSTEM_TYPES.has(type) || body.system || r.from === null) return { text: body.text || eventText(r), kind: 'system' };
  const lines = [body.text];
  let replyTo = 'replyTo' in body ? body.replyTo : undefined;
  for (const a of Array.isArray(r.attachments) ? r.attachments : []) {
    const kind = str(get(a, 'contentType'));
    // A newer quoted reply is an attachment that references the parent message.
    if (kind === 'messageReference') replyTo ??= str(get(a, 'id'));
    else if (str(get(a, 'name'))) lines.push(`[file: ${str(get(a, 'name'))}]`);
  }
  return { text: lines.filter(Boolean).join('\n'), kind: 'message', ...(replyTo ? { replyTo } : {}) };
}

export const teamsGraph: Parser = {
  format,
  platform: 'MS Teams',
  description: 'MS Teams chat as Microsoft Graph chatMessage JSON (a {"value":[…]} page, pages one after another, or an array)',
  detect(head) {
    if (!/^\s*[[{]/.test(head)) return 0;
    const hits = ['"messageType"', '"createdDateTime"', '"contentType"', '"@odata.context"', '"chatId"'].filter((k) => head.includes(k)).length;
    return head.includes('"messageType"') && head.includes('"createdDateTime"') ? Math.min(1, 0.8 + hits * 0.03) : hits >= 2 ? 0.55 : 0;
  },
  parse(text, source) {
    const scan = scanJson(text, RECORD_KEYS);
    const values = parseValues(text, scan);
    if (!values || values.length === 0) throw new InputError(source.file, 'not Graph chatMessage JSON: not valid JSON');
    const list = records(values);
    if (!list.some((r) => 'messageType' in r || 'createdDateTime' in r)) throw new InputError(source.file, 'not Graph chatMessage JSON: no messages with "messageType"');
    const warnings: Diagnostic[] = [];
    // Record lines line up with the records unless a page held something unexpected.
    const lines = scan.recordLines.length === list.length ? scan.recordLines : undefined;
    if (!lines) warnings.push(warning(source.file, undefined, 'could not place every message on a line; ids use record numbers'));
    const ids = recordIds(format, list.map((_, k) => lines?.[k] ?? k + 1));
    const drafts = list.map((r, k) => ({ r, line: lines?.[k] ?? k + 1, id: ids[k]!, at: Date.parse(str(r.createdDateTime) ?? ''), k }));
    // Pages come newest first: sort by creation, source order breaking ties.
    drafts.sort((a, b) => (a.at || 0) - (b.at || 0) || a.k - b.k);
    const byGraphId = new Map(drafts.map((d) => [str(d.r.id) ?? '', d.id]));
    const messages: Message[] = [];
    for (const { r, line, id } of drafts) {
      const body = read(r);
      const time = str(r.createdDateTime);
      if (!time) warnings.push(warning(source.file, line, 'message without createdDateTime'));
      const replyRaw = str(r.replyToId) ?? body.replyTo;
      const replyTo = replyRaw === undefined ? undefined : (byGraphId.get(replyRaw) ?? replyRaw);
      const m = { ...message(format, source.file, line, { time, author: author(r), text: body.text, kind: body.kind, replyTo }), id };
      messages.push(m);
      const reactions = body.kind === 'message' && Array.isArray(r.reactions) ? r.reactions : [];
      reactions.forEach((x, k) => {
        const type = str(get(x, 'reactionType')) ?? '?';
        const who = str(get(x, 'user', 'user', 'displayName'));
        const reaction = message(format, source.file, line, { time: str(get(x, 'createdDateTime')), author: who, text: REACTIONS[type] ?? type, kind: 'reaction', replyTo: m.id });
        messages.push({ ...reaction, id: `${m.id}.r${k + 1}` });
      });
    }
    // UTC instants: the summarise header turns them into --tz clock times, so no UTC start/end here.
    return finishExport({ format, platform: 'MS Teams', offsets: true }, messages, warnings);
  },
};
