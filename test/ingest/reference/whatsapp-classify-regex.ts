/** The WhatsApp record classifier as it was, all regexes: the reference the hand-gated one in src must agree with. */
import type { Message } from '../../../src/types.js';
import { whatsappAction, whatsappEdited, whatsappPlaceholder, whatsappSystem } from '../../../src/ingest/keywords/whatsapp.js';
import type { Interner } from '../../../src/ingest/intern.js';
import { message, originalIndex } from '../../../src/ingest/text.js';
import type { HeaderStyle, WhatsAppHeader } from '../../../src/ingest/whatsapp-header.js';

export interface Draft {
  line: number;
  time: string | undefined;
  style: HeaderStyle;
  header: WhatsAppHeader;
  /** The header line from the end of the stamp, as written (marks and odd spaces intact). */
  first: string;
  more: string[];
}

export interface ClassifyContext {
  file: string;
  format: string;
  /** Group names that iOS puts where an author goes on system lines. */
  chatNames: ReadonlySet<string>;
  /** One copy of each author's name for all their messages. */
  names?: Interner;
}

const marks = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const edgeMarks = /^[\u200E\u200F\u202A-\u202E\u2066-\u2069]+|[\u200E\u200F\u202A-\u202E\u2066-\u2069]+$/g;
const author = /^([^:]{1,80}?): /;

// Words every row of a table needs (case-insensitive), so ordinary bodies skip the table.
const systemWord = /end-to-end|created|changed|deleted|joined|added you|^you|started|ended|missed|disappearing/i;
const actionWord = /added|removed|left|joined/i;
const placeholderWord = /omitted|attached|deleted|waiting for|null/i;
const edited = '<This message was edited>';
// The three word lists together (`you` anywhere, as `^you` applies to a text after the author on iOS); the
// text a table sees is part of `rest` less marks, so a word it could match is in `rest` too.
const anyWord = /end-to-end|created|changed|deleted|joined|added|you|started|ended|missed|disappearing|removed|left|omitted|attached|waiting for|null/i;

const isSystemText = (text: string): boolean => systemWord.test(text) && whatsappSystem.some((re) => re.test(text));

const isMark = (c: number): boolean => c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
/** `s.replace(edgeMarks, '')`, without the regex when neither end is a mark. */
const stripEdges = (s: string): string =>
  s !== '' && (isMark(s.charCodeAt(0)) || isMark(s.charCodeAt(s.length - 1))) ? s.replace(edgeMarks, '') : s;
const anyMark = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** `Sam left` by Sam, `You added Jo`, or any action line iOS marked with a leading LRM. */
function isAction(text: string, by: string | undefined, marked: boolean): boolean {
  if (!actionWord.test(text)) return false;
  const m = whatsappAction.exec(text);
  return m !== null && (marked || by === undefined || m[1] === by || m[1] === 'You');
}

export function classifyRecordByRegex(d: Draft, ctx: ClassifyContext): Message {
  const at = (fields: Omit<Partial<Message>, 'text'> & { text: string }) =>
    message(ctx.file, d.line, d.time ? { time: d.time, ...fields } : fields);
  const rest = d.header.rest;
  // One scan for every table's words: most records hold none of them and skip all three tables.
  const wordy = anyWord.test(rest);
  // Android system lines have no author; test them whole, before a `: ` inside (`subject to "A: B"`) can split them.
  if (wordy && d.style === 'android' && (isSystemText(rest) || isAction(rest, undefined, false))) {
    return at({ text: [stripEdges(d.first), ...d.more].join('\n'), kind: 'system' });
  }
  const m = author.exec(rest);
  if (!m) return at({ text: [stripEdges(d.first), ...d.more].join('\n'), kind: 'system' });
  const found = m[1]!.replace(/^~\s*/, '').trim();
  const name = ctx.names ? ctx.names.get(found) : found;
  const raw = d.first.slice(originalIndex(d.first, m[0].length));
  const marked = /^[\u200E\u200F]/.test(raw);
  const firstLine = stripEdges(raw);
  const plain = (anyMark.test(firstLine) ? firstLine.replace(marks, '') : firstLine).trim();

  if (ctx.chatNames.has(name)) return at({ text: [firstLine, ...d.more].join('\n'), kind: 'system' });
  if (wordy && d.style === 'ios' && (isSystemText(plain) || isAction(plain, name, marked))) {
    return at({ author: name, text: [firstLine, ...d.more].join('\n'), kind: 'system' });
  }
  if (wordy && placeholderWord.test(plain) && whatsappPlaceholder.some((re) => re.test(plain))) {
    // A photo with a caption: the caption is the message, the attachment line is not.
    const caption = d.more.join('\n').trim();
    return caption && !/deleted/i.test(plain) ? at({ author: name, text: caption }) : at({ author: name, text: plain, kind: 'system' });
  }
  const body = [firstLine, ...d.more];
  const last = body.length - 1;
  const end = stripEdges(body[last]!);
  body[last] = end.endsWith(edited) ? end.replace(whatsappEdited, '') : end;
  return at({ author: name, text: body.join('\n') });
}
