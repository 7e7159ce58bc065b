/** Microsoft Graph `chatMessage` JSON: a page `{value:[…]}`, pages saved one after another, or a bare array. */
import { Buffer } from 'node:buffer';
import { InputError } from '../../errors.js';
import type { ChatExport, Diagnostic, Message, ParseSource } from '../../types.js';
import { jsonParser } from '../byte-parser.js';
import { chatHtmlToText } from '../html-text.js';
import { isObject, orderedMessages, str, type JsonObject, type RecordDraft } from '../json-records.js';
import { RecordIds, streamJson } from '../json-stream.js';
import { Interner } from '../intern.js';
import { isoMs } from '../iso-time.js';
import { finishExport, message, warning } from '../text.js';

const format = 'teams-graph';
// A system event comes back as `unknownFutureValue` unless the request asked for the real enum (Graph docs).
const SYSTEM_TYPES = new Set(['systemEventMessage', 'unknownFutureValue', 'chatEvent', 'typing']);
const REACTIONS: Record<string, string> = { like: '👍', heart: '❤️', laugh: '😆', surprised: '😮', sad: '😢', angry: '😡' };

const get = (o: unknown, ...path: string[]): unknown => path.reduce<unknown>((v, k) => (isObject(v) ? v[k] : undefined), o);

function author(r: JsonObject): string | undefined {
  const from = r.from;
  if (!isObject(from)) return undefined;
  for (const who of SENDERS) {
    const name = str(isObject(from[who]) ? from[who].displayName : undefined)?.trim();
    if (name) return name;
  }
  return undefined;
}
const SENDERS = ['user', 'application', 'device'];

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
  const b = isObject(r.body) ? r.body : undefined;
  const content = str(b?.content) ?? '';
  const html = (str(b?.contentType) ?? 'html').toLowerCase() !== 'text';
  const body = html ? chatHtmlToText(content) : { text: content.trim(), system: false };
  if (SYSTEM_TYPES.has(type) || body.system || r.from === null) return { text: body.text || eventText(r), kind: 'system' };
  let replyTo = 'replyTo' in body ? body.replyTo : undefined;
  // Most messages have no attachments: their text is the body's.
  if (!Array.isArray(r.attachments) || r.attachments.length === 0) return replyTo ? { text: body.text, kind: 'message', replyTo } : { text: body.text, kind: 'message' };
  const lines = [body.text];
  for (const a of r.attachments) {
    const kind = str(get(a, 'contentType'));
    // A newer quoted reply is an attachment that references the parent message.
    if (kind === 'messageReference') replyTo ??= str(get(a, 'id'));
    else if (str(get(a, 'name'))) lines.push(`[file: ${str(get(a, 'name'))}]`);
  }
  return { text: lines.filter(Boolean).join('\n'), kind: 'message', ...(replyTo ? { replyTo } : {}) };
}

export const teamsGraph = jsonParser({
  format,
  platform: 'MS Teams',
  description: 'MS Teams chat as Microsoft Graph chatMessage JSON (a {"value":[…]} page, pages one after another, or an array)',
  detect(head) {
    if (!/^\s*[[{]/.test(head)) return 0;
    const hits = ['"messageType"', '"createdDateTime"', '"contentType"', '"@odata.context"', '"chatId"'].filter((k) => head.includes(k)).length;
    return head.includes('"messageType"') && head.includes('"createdDateTime"') ? Math.min(1, 0.8 + hits * 0.03) : hits >= 2 ? 0.55 : 0;
  },
}, readGraph);

function readGraph(input: Buffer | string, source: ParseSource): ChatExport {
  const what = 'not Graph chatMessage JSON';
  const warnings: Diagnostic[] = [];
  const recIds = new RecordIds(format);
  const drafts: RecordDraft[] = [];
  // A chat has few authors: messages share one copy of each name.
  const authors = new Interner();
  let chatMessages = false;
  const add = (r: JsonObject, line: number) => {
    chatMessages ||= 'messageType' in r || 'createdDateTime' in r;
    drafts.push(draft(r, line, recIds.next(line), drafts.length, source.file, warnings, authors));
  };
  const { values } = streamJson(input, source.file, {
    what,
    // A bare array, or the `value` of a page: only pages' own records, never a `value` inside one.
    isRecordArray: (depth, key) => depth === 0 || (depth === 1 && key === 'value'),
    onItem(item, line) {
      if (isObject(item)) add(item, line);
    },
    onValue(v, line) {
      // One chatMessage saved on its own.
      if (isObject(v) && !Array.isArray(v.value) && 'messageType' in v) add(v, line);
    },
  });
  if (values === 0) throw new InputError(source.file, `${what}: not valid JSON`);
  if (!chatMessages) throw new InputError(source.file, `${what}: no messages with "messageType"`);
  // Pages come newest first.
  const messages = orderedMessages(drafts, (raw) => raw);
  // UTC instants: the summarise header turns them into --tz clock times, so no UTC start/end here.
  return finishExport({ format, platform: 'MS Teams', offsets: true }, messages, warnings);
}

function draft(r: JsonObject, line: number, id: string, k: number, file: string, warnings: Diagnostic[], authors: Interner): RecordDraft {
  const body = read(r);
  const time = str(r.createdDateTime);
  if (!time) warnings.push(warning(file, line, 'message without createdDateTime'));
  // The raw id until every record is read: the parent may come later (newest first).
  const replyTo = str(r.replyToId) ?? body.replyTo;
  const name = author(r);
  const m = message(file, line, { id, time, author: name === undefined ? undefined : authors.get(name), text: body.text, kind: body.kind, replyTo });
  const messages = [m];
  const reactions = body.kind === 'message' && Array.isArray(r.reactions) && r.reactions.length > 0 ? r.reactions : [];
  reactions.forEach((x, n) => {
    const type = str(get(x, 'reactionType')) ?? '?';
    const who = str(get(x, 'user', 'user', 'displayName'));
    messages.push(message(file, line, { id: `${id}.r${n + 1}`, time: str(get(x, 'createdDateTime')), author: who, text: REACTIONS[type] ?? type, kind: 'reaction', replyTo: id }));
  });
  return { at: isoMs(time ?? '') || 0, k, sourceId: str(r.id), messages };
}
