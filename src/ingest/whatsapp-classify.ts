/** One WhatsApp record (header line plus continuation lines) to a Message: author, system, placeholder, edit marker. */
import type { Message } from '../types.js';
import { whatsappAction, whatsappEdited, whatsappPlaceholder, whatsappSystem } from './keywords/whatsapp.js';
import type { Interner } from './intern.js';
import { message, originalIndex } from './text.js';
import type { HeaderStyle, WhatsAppHeader } from './whatsapp-header.js';

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
export const anyWord = /end-to-end|created|changed|deleted|joined|added|you|started|ended|missed|disappearing|removed|left|omitted|attached|waiting for|null/i;

const isSystemText = (text: string): boolean => systemWord.test(text) && whatsappSystem.some((re) => re.test(text));

export const isMark = (c: number): boolean => c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
/** `s.replace(edgeMarks, '')`, without the regex when neither end is a mark. */
const stripEdges = (s: string): string =>
  s !== '' && (isMark(s.charCodeAt(0)) || isMark(s.charCodeAt(s.length - 1))) ? s.replace(edgeMarks, '') : s;
const anyMark = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/**
 * Whether a system or action row could match `text`: every row has its word before
 * the text's first colon (an actor is `[^:]+?`, the fixed texts have no colon), so
 * only that lead is searched, not the whole message.
 */
const mayBeSystem = (text: string): boolean => {
  const colon = text.indexOf(':');
  return anyWord.test(colon === -1 ? text : text.slice(0, colon));
};

/** Whether `s` ends with the lower-case ASCII `word`, in any case (`/i` without `u` folds ASCII only). */
export const endsWithWord = (s: string, end: number, word: string): boolean => {
  const from = end - word.length;
  if (from < 0) return false;
  for (let k = 0; k < word.length; k++) if ((s.charCodeAt(from + k) | 0x20) !== word.charCodeAt(k)) return false;
  return true;
};

/**
 * Whether a placeholder row could match: each starts with `<` or ends with `>`, `)`,
 * `omitted`, `deleted`, `message` (either with a full stop) or `null`.
 */
const mayBePlaceholder = (text: string): boolean => {
  const n = text.length;
  if (n === 0) return false;
  const last = text.charCodeAt(n - 1);
  if (text.charCodeAt(0) === 60 || last === 62 || last === 41) return true;
  const end = last === 46 ? n - 1 : n;
  return endsWithWord(text, end, 'omitted') || endsWithWord(text, end, 'deleted') || endsWithWord(text, end, 'message') || endsWithWord(text, end, 'null');
};

/** `Sam left` by Sam, `You added Jo`, or any action line iOS marked with a leading LRM. */
function isAction(text: string, by: string | undefined, marked: boolean): boolean {
  if (!actionWord.test(text)) return false;
  const m = whatsappAction.exec(text);
  return m !== null && (marked || by === undefined || m[1] === by || m[1] === 'You');
}

/** `[first, ...more].join('\n')` without the array when there is nothing more. */
const joined = (first: string, more: string[]): string => (more.length === 0 ? first : [first, ...more].join('\n'));

export function classifyRecord(d: Draft, ctx: ClassifyContext): Message {
  const time = d.time || undefined;
  const at = (author: string | undefined, text: string, kind?: 'system') => message(ctx.file, d.line, { time, author, text, kind });
  const rest = d.header.rest;
  // Android system lines have no author; test them whole, before a `: ` inside (`subject to "A: B"`) can split them.
  if (d.style === 'android' && mayBeSystem(rest) && (isSystemText(rest) || isAction(rest, undefined, false))) {
    return at(undefined, joined(stripEdges(d.first), d.more), 'system');
  }
  const m = author.exec(rest);
  if (!m) return at(undefined, joined(stripEdges(d.first), d.more), 'system');
  const raw1 = m[1]!;
  // `replace(/^~\s*/, '').trim()`: most names have neither.
  const found = raw1.charCodeAt(0) === 126 ? raw1.replace(/^~\s*/, '').trim() : raw1.trim();
  const name = ctx.names ? ctx.names.get(found) : found;
  const raw = d.first.slice(originalIndex(d.first, m[0].length));
  const c0 = raw.charCodeAt(0);
  const marked = c0 === 0x200e || c0 === 0x200f;
  const firstLine = stripEdges(raw);

  if (ctx.chatNames.has(name)) return at(undefined, joined(firstLine, d.more), 'system');
  const plain = (anyMark.test(firstLine) ? firstLine.replace(marks, '') : firstLine).trim();
  if (d.style === 'ios' && mayBeSystem(plain) && (isSystemText(plain) || isAction(plain, name, marked))) {
    return at(name, joined(firstLine, d.more), 'system');
  }
  if (mayBePlaceholder(plain) && placeholderWord.test(plain) && whatsappPlaceholder.some((re) => re.test(plain))) {
    // A photo with a caption: the caption is the message, the attachment line is not.
    const caption = d.more.join('\n').trim();
    return caption && !/deleted/i.test(plain) ? at(name, caption) : at(name, plain, 'system');
  }
  if (d.more.length === 0) {
    const end = stripEdges(firstLine);
    return at(name, end.endsWith(edited) ? end.replace(whatsappEdited, '') : end);
  }
  const body = [firstLine, ...d.more];
  const last = body.length - 1;
  const end = stripEdges(body[last]!);
  body[last] = end.endsWith(edited) ? end.replace(whatsappEdited, '') : end;
  return at(name, body.join('\n'));
}
