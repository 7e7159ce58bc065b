/** The Zoom local-save parser as it was before its hand-read loop (with its body reader of then): the reference the fast one in src must agree with. Zoom `meeting_saved_chat.txt`, layouts Z1, Z2 (one line per header) and Z3 (header line + TAB body). */
import { InputError } from '../../../src/errors.js';
import type { Diagnostic, Message, MessageKind } from '../../../src/types.js';
import { anyOf, zoomKeywords } from '../../../src/ingest/keywords/zoom.js';
import { slotOf } from '../../../src/ingest/intern.js';
import { lineParser } from '../../../src/ingest/lines.js';
import { addDays, cleanHeader, finishExport, isBlank, joinBody, message, messageRef, rawTail, splitLines, warning } from '../../../src/ingest/text.js';
import { dependsOnKnown, splitParties, type Parties } from '../../../src/ingest/zoom-parties.js';

const from = anyOf(zoomKeywords.from);
/** Z1/Z2: `10:01:05⇥ From  Robin Hart : text` (a TAB, maybe a space, before `From`). */
const oneLine = new RegExp(`^(\\d{1,2}):(\\d{2}):(\\d{2})\\t ?${from}\\s+(.+?)\\s:(?:\\s(.*))?$`);
/** Z3: `14:02:11 From Robin Hart to Everyone:` with the body on TAB-indented lines. */
const twoLine = new RegExp(`^(\\d{1,2}):(\\d{2}):(\\d{2}) ${from}\\s+(.+?)\\s*:\\s*$`);

const format = 'zoom';

/** A header line's parts, from the cleaned line. */
interface Head {
  hours: number;
  minutes: number;
  seconds: number;
  parties: string;
  /** Z1/Z2: the text after the colon; undefined for Z3 (body on TAB lines below). */
  first?: string;
}

/**
 * The header, or undefined. Headers start with a digit once cleaned, and the
 * character after `H:MM:SS` tells the layouts apart: a TAB (Z1/Z2) or a space (Z3).
 */
function readHead(raw: string): Head | undefined {
  const c = raw.charCodeAt(0);
  if (!((c >= 48 && c <= 57) || c >= 0x80)) return undefined;
  const head = cleanHeader(raw);
  const colon = head.indexOf(':');
  const sep = colon === -1 ? -1 : head.charCodeAt(colon + 6);
  if (sep === 32) {
    const fast = plainZ3(head, colon);
    if (fast !== undefined) return fast;
  }
  const m = sep === 9 ? oneLine.exec(head) : sep === 32 ? twoLine.exec(head) : null;
  if (!m) return undefined;
  const h: Head = { hours: Number(m[1]), minutes: Number(m[2]), seconds: Number(m[3]), parties: m[4]! };
  if (sep === 9) h.first = rawTail(raw, head, m[5] ?? '');
  return h;
}

const digit = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
};
const isBlankChar = (c: number): boolean => c === 32 || c === 9;

/**
 * `twoLine` by hand for the usual line (`14:02:11 From Robin Hart to Everyone:`);
 * undefined when anything is unusual, and the regex decides.
 */
function plainZ3(head: string, colon: number): Head | undefined {
  if (colon !== 1 && colon !== 2) return undefined;
  const h0 = digit(head, 0);
  const h1 = colon === 2 ? digit(head, 1) : 0;
  const m0 = digit(head, colon + 1);
  const m1 = digit(head, colon + 2);
  const s0 = digit(head, colon + 4);
  const s1 = digit(head, colon + 5);
  if (h0 < 0 || h1 < 0 || m0 < 0 || m1 < 0 || s0 < 0 || s1 < 0 || head.charCodeAt(colon + 3) !== 58) return undefined;
  let at = colon + 7;
  const keyword = zoomKeywords.from.find((k) => head.startsWith(k, at));
  if (keyword === undefined) return undefined;
  at += keyword.length;
  if (head.charCodeAt(at) !== 32) return undefined;
  while (head.charCodeAt(at) === 32) at++;
  let end = head.length;
  while (end > at && isBlankChar(head.charCodeAt(end - 1))) end--;
  if (head.charCodeAt(end - 1) !== 58) return undefined;
  end--;
  while (end > at && isBlankChar(head.charCodeAt(end - 1))) end--;
  if (end <= at || isBlankChar(head.charCodeAt(at))) return undefined;
  const parties = head.slice(at, end);
  // `.` stops at these; leave such a line to the regex.
  if (parties.includes('\u2028') || parties.includes('\u2029')) return undefined;
  return { hours: colon === 2 ? h0 * 10 + h1 : h0, minutes: m0 * 10 + m1, seconds: s0 * 10 + s1, parties };
}

export const zoomByRegex = lineParser({
  format,
  platform: 'Zoom',
  description: 'Zoom meeting_saved_chat.txt (local save), layouts Z1, Z2 and Z3, English and German keywords',
  detect(head, name) {
    const lines = splitLines(head).slice(0, 60).map(cleanHeader);
    const hits = lines.filter((l) => oneLine.test(l) || twoLine.test(l)).length;
    if (hits === 0) return 0;
    const bonus = /(?:^|[\\/])(?:meeting_saved_chat|chat)\.txt$/i.test(name) ? 0.05 : 0;
    return Math.min(1, (hits >= 3 ? 0.9 : hits === 2 ? 0.8 : 0.6) + bonus);
  },
  parseLines(lines, source) {
    const file = source.file;
    const warnings: Diagnostic[] = [];
    const messages: Message[] = [];
    // Parties as first split (no known senders yet), one per distinct string; `pending` lists the
    // messages whose split may still change once every sender is known, with their parties.
    const first = new Map<string, Party>();
    const pending: { at: number; party: Party }[] = [];
    const recent: (Party | undefined)[] = new Array(256).fill(undefined);
    const times = clockTimes(source.date);
    let day = 0;
    let previous = -1;
    // The open record: its header line, time, parties, and body as a first line plus any more.
    let line = 0;
    let time = '';
    let parties: string | undefined;
    let tabbed = false;
    let body: string | undefined;
    let more: string[] | undefined;
    const finish = () => {
      // One entry per distinct string, so no message keeps its header line alive through it.
      // As in Interner: a slot checked with === before the Map.
      const p = parties!;
      const slot = slotOf(p);
      let party = recent[slot];
      if (party === undefined || party.raw !== p) {
        party = first.get(p);
        if (party === undefined) first.set(p, (party = { raw: p, split: splitParties(p), open: dependsOnKnown(p) }));
        recent[slot] = party;
      }
      const split = party.split;
      const text = more === undefined ? (body === undefined || isBlank(body) ? '' : body) : joinBody(body === undefined ? more : [body, ...more]);
      if (mayBeSpecial(text)) {
        const b = readBody(text, messages.length > 0 ? messageRef(messages[messages.length - 1]!) : undefined);
        messages.push(message(file, line, { time, author: split.author, text: b.text, kind: b.kind, to: split.to, replyTo: b.replyTo }));
      } else {
        messages.push(message(file, line, { time, author: split.author, text, kind: 'message', to: split.to }));
      }
      if (party.open) pending.push({ at: messages.length - 1, party });
    };
    for (let raw = lines.next(); raw !== undefined; raw = lines.next()) {
      const h = readHead(raw);
      if (h) {
        if (parties !== undefined) finish();
        const seconds = h.hours * 3600 + h.minutes * 60 + h.seconds;
        // Local saves have no date; a jump back by more than an hour means the meeting crossed midnight.
        if (previous >= 0 && previous - seconds > 3600) day++;
        previous = seconds;
        line = lines.line;
        time = times(day, h);
        parties = h.parties;
        tabbed = h.first === undefined;
        body = tabbed ? undefined : lines.own(raw, h.first!);
        more = undefined;
      } else if (parties !== undefined) {
        // Z3 bodies carry one leading TAB; Z1/Z2 continuation lines are bare.
        const l = tabbed && raw.charCodeAt(0) === 9 ? lines.own(raw, raw.slice(1)) : raw;
        if (body === undefined && more === undefined) body = l;
        else (more ??= []).push(l);
      } else if (raw.trim() !== '') {
        warnings.push(warning(file, lines.line, 'line before the first Zoom message; skipped'));
      }
    }
    if (parties !== undefined) finish();
    if (messages.length === 0) throw new InputError(file, 'not a Zoom chat: no "HH:MM:SS From ..." lines');
    settleParties(messages, pending, first, file, warnings);
    if (day > 0 && !source.date) {
      warnings.push(warning(file, undefined, 'the chat crosses midnight but has no date; pass --date to order the times'));
    }
    return finishExport({ format, platform: 'Zoom', date: source.date }, messages, warnings);
  },
});

/** `HH:MM:SS` as written (hours padded), or `date` + days, `T`, clock; each distinct string made once. */
function clockTimes(date: string | undefined): (day: number, h: Head) => string {
  let cache = new Map<number, string>();
  let cachedDay = 0;
  return (day, h) => {
    // Without a date the string does not depend on the day: one cache for the whole file.
    if (day !== cachedDay && date) {
      cache = new Map();
      cachedDay = day;
    }
    // Minutes and seconds are two digits as written, so the number keys the string.
    const key = h.hours * 10000 + h.minutes * 100 + h.seconds;
    let t = cache.get(key);
    if (t === undefined) {
      const clock = `${pad(h.hours)}:${pad(h.minutes)}:${pad(h.seconds)}`;
      cache.set(key, (t = date ? `${addDays(date, day)}T${clock}` : clock));
    }
    return t;
  };
}

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));

interface Party {
  raw: string;
  split: Parties;
  /** The split may change with the senders known from the whole file. */
  open: boolean;
}

/**
 * A private line with several " to " is split by the senders known from the
 * whole file: re-split each open parties string once, and patch the messages
 * whose split changed.
 */
function settleParties(messages: Message[], pending: { at: number; party: Party }[], first: Map<string, Party>, file: string, warnings: Diagnostic[]): void {
  if (pending.length === 0) return;
  const known = new Set<string>();
  for (const p of first.values()) if (!p.split.ambiguous) known.add(p.split.author);
  const final = new Map<Party, Parties>();
  for (const { at, party } of pending) {
    let split = final.get(party);
    if (split === undefined) final.set(party, (split = splitParties(party.raw, known)));
    const m = messages[at]!;
    const { author, to, ambiguous } = split;
    if (m.author !== author) m.author = author;
    if (m.to !== to) m.to = to;
    if (ambiguous) warnings.push(warning(file, m.line, `cannot tell sender from recipient in "${party.raw.trim()}"; took "${author}"`));
  }
}

// zoom-body.ts as it was.

interface BodyMeaning {
  kind: MessageKind;
  text: string;
  replyTo?: string;
}

// The snippet may hold a newline (the Go parser joins lines until " with " appears).
const reacted = /^Reacted to "([\s\S]*)" with (\S[\s\S]*)$/;
const removed = /^Removed a (.+?) reaction from "([\s\S]*)"$/;
// An older synthetic variant that applies to the previous message (reported).
const addRemove = /^(?:add|remove) \p{Extended_Pictographic}/u;
const replying = new RegExp(`^${anyOf(zoomKeywords.replying)} "`);

/** Classifies a joined body; reactions keep their full line as text so nothing is lost. */
/** Every pattern starts with R (Reacted, Removed, Replying), a or r (add, remove), or a non-ASCII keyword: others are plain messages. */
const mayBeSpecial = (body: string): boolean => {
  const c = body.charCodeAt(0);
  return c >= 0x80 || c === 82 || c === 97 || c === 114;
};

function readBody(body: string, previousId?: string): BodyMeaning {
  if (!mayBeSpecial(body)) return { kind: 'message', text: body };
  const react = reacted.exec(body);
  if (react) return { kind: 'reaction', text: body, replyTo: react[1]! };
  const unreact = removed.exec(body);
  if (unreact) return { kind: 'reaction', text: body, replyTo: unreact[2]! };
  if (addRemove.test(body) && !body.includes('\n')) {
    return previousId === undefined ? { kind: 'reaction', text: body } : { kind: 'reaction', text: body, replyTo: previousId };
  }
  const reply = splitReply(body);
  if (reply) return { kind: 'message', text: reply.text, replyTo: reply.snippet };
  return { kind: 'message', text: body };
}

/**
 * `Replying to "snippet"` then the reply on the next lines, or on the same line
 * (`Replying to "Good morning folks" Hi John`). The snippet ends at a quote that
 * ends the line, else at the last `..." ` / `…" `, else at the first `" `.
 */
function splitReply(body: string): { snippet: string; text: string } | undefined {
  const open = replying.exec(body);
  if (!open) return undefined;
  const after = body.slice(open[0].length);
  const eol = after.indexOf('\n');
  const line = eol === -1 ? after : after.slice(0, eol);
  const below = eol === -1 ? [] : after.slice(eol + 1).split('\n');
  if (line.endsWith('"')) return { snippet: line.slice(0, -1), text: joinBody(below) };
  const ellipsis = Math.max(line.lastIndexOf('..." '), line.lastIndexOf('…" '));
  const cut = ellipsis >= 0 ? line.indexOf('" ', ellipsis) : line.indexOf('" ');
  if (cut < 0) return undefined;
  return { snippet: line.slice(0, cut), text: joinBody([line.slice(cut + 2), ...below]) };
}
