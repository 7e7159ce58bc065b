/**
 * Webex meeting chat as JSON: the Meeting Chats API's `{"items": [ChatObject]}` (a compliance
 * officer's export), or a recording archive report's `chats[]` (`senderName`, `target`).
 * Private and group chat (`type` other than `public`) is direct: left out unless asked for.
 * The sender's e-mail, person and org ids are never read.
 */
import { Buffer } from 'node:buffer';
import { InputError } from '../../errors.js';
import type { ChatExport, Diagnostic, Message, ParseSource } from '../../types.js';
import { jsonParser } from '../byte-parser.js';
import { Interner } from '../intern.js';
import { isoMs } from '../iso-time.js';
import { isObject, orderedMessages, str, type JsonObject, type RecordDraft } from '../json-records.js';
import { RecordIds, streamJson } from '../json-stream.js';
import { finishExport, message, warning } from '../text.js';

const format = 'webex';
const what = 'not a Webex meeting chat';

export const webex = jsonParser({
  format,
  platform: 'Webex',
  description: 'Webex meeting chat as JSON: the Meeting Chats API ({"items":[…]}) or a recording archive report ({"chats":[…]})',
  detect(head) {
    if (!/^\s*[[{]/.test(head) || !/"chatTime"\s*:/.test(head)) return 0;
    // `sender` + `meetingId`: the API's ChatObject; `senderName`: the archive's chat.
    if (/"meetingId"\s*:/.test(head) && /"sender"\s*:\s*\{/.test(head)) return 0.95;
    if (/"senderName"\s*:/.test(head)) return 0.9;
    return /"text"\s*:/.test(head) ? 0.8 : 0;
  },
}, readWebex);

function readWebex(input: Buffer | string, source: ParseSource): ChatExport {
  const warnings: Diagnostic[] = [];
  const recIds = new RecordIds(format);
  const drafts: RecordDraft[] = [];
  // A meeting has few senders: messages share one copy of each name.
  const authors = new Interner();
  let chats = false;
  let title: string | undefined;
  const { values } = streamJson(input, source.file, {
    what,
    // A bare array of chats, or a response's `items` (pages one after another), or a report's `chats`.
    isRecordArray: (depth, key) => depth === 0 || (depth === 1 && (key === 'items' || key === 'chats')),
    onItem(item, line) {
      if (!isObject(item)) return;
      chats ||= 'chatTime' in item;
      const d = draft(item, line, recIds.next(line), drafts.length, source.file, warnings, authors);
      if (d) drafts.push(d);
    },
    onValue(outline) {
      // The archive report names its meeting.
      if (isObject(outline) && title === undefined) title = str(outline.title)?.trim() || undefined;
    },
  });
  if (values === 0) throw new InputError(source.file, `${what}: not valid JSON`);
  if (!chats) throw new InputError(source.file, `${what}: no chats with "chatTime" in "items" or "chats"`);
  const messages = orderedMessages(drafts, (raw) => raw);
  // UTC instants: the summarise header turns them into --tz clock times.
  return finishExport({ format, platform: 'Webex', title, offsets: true }, messages, warnings);
}

/** `public` is to everyone; `private` (one to one) and `group` (to a few, such as the host and presenters) are direct. */
function audience(r: JsonObject, line: number, file: string, warnings: Diagnostic[]): 'everyone' | 'direct' {
  const type = str(r.type)?.trim().toLowerCase();
  if (type === 'public') return 'everyone';
  if (type === 'private' || type === 'group') return 'direct';
  // The archive's chats say who they went to as well.
  const target = str(r.target)?.trim().toLowerCase();
  if (type === undefined && (target === 'all participants' || target === 'everyone')) return 'everyone';
  warnings.push(warning(file, line, `chat with ${type === undefined ? 'no type' : `type "${str(r.type)}"`}; kept out as private (--include-direct keeps it)`));
  return 'direct';
}

function draft(r: JsonObject, line: number, id: string, k: number, file: string, warnings: Diagnostic[], authors: Interner): RecordDraft | undefined {
  const text = str(r.text)?.trim() ?? '';
  if (text === '') {
    warnings.push(warning(file, line, 'chat without text; skipped'));
    return undefined;
  }
  const time = str(r.chatTime);
  const at = time === undefined ? NaN : isoMs(time);
  if (time === undefined) warnings.push(warning(file, line, 'chat without chatTime'));
  else if (Number.isNaN(at)) warnings.push(warning(file, line, `cannot read the chatTime "${time.slice(0, 40)}" as a time; kept as written`));
  // The display name only: the e-mail beside it is personal data, and never a name to show.
  const name = (isObject(r.sender) ? str(r.sender.displayName) : str(r.senderName))?.trim() || undefined;
  const m: Message = message(file, line, { id, time, author: name === undefined ? undefined : authors.get(name), text, to: audience(r, line, file, warnings) });
  return { at: at || 0, k, sourceId: str(r.id), messages: [m] };
}
