/** Zoom `meeting_saved_chat.txt`, layouts Z1, Z2 (one line per header) and Z3 (header line + TAB body). */
import { InputError } from '../../errors.js';
import type { ChatExport, Diagnostic, Message } from '../../types.js';
import { anyOf, zoomKeywords } from '../keywords/zoom.js';
import { lineParser } from '../lines.js';
import { addDays, chatMessage, cleanHeader, finishExport, isBlank, joinBody, message, messageRef, rawTail, splitLines, warning } from '../text.js';
import { mayBeSpecial, readBody } from '../zoom-body.js';
import { dependsOnKnown, splitParties, type Parties } from '../zoom-parties.js';

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
  // Only the header zone is cleaned: Z1/Z2 text on the same line keeps its marks.
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

export const zoom = lineParser({
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
    const r = new ZoomReader(source.file, source.date);
    for (let raw = lines.next(); raw !== undefined; raw = lines.next()) {
      if (r.plainHead(raw, lines.line)) continue;
      const h = readHead(raw);
      if (h) r.head(h.hours, h.minutes, h.seconds, h.parties, lines.line, h.first === undefined ? undefined : lines.own(raw, h.first));
      else if (r.parties !== undefined) {
        // Z3 bodies carry one leading TAB; Z1/Z2 continuation lines are bare.
        r.bodyLine(r.tabbed && raw.charCodeAt(0) === 9 ? lines.own(raw, raw.slice(1)) : raw);
      } else if (raw.trim() !== '') {
        r.warnings.push(warning(r.file, lines.line, 'line before the first Zoom message; skipped'));
      }
    }
    return r.end(source.date);
  },
});

/**
 * The reading state, as fields rather than variables a closure shares (those would
 * live in a context object, and every header and body line writes them).
 */
class ZoomReader {
  readonly warnings: Diagnostic[] = [];
  readonly messages: Message[] = [];
  // Parties as first split (no known senders yet), one per distinct string; `pending` lists the
  // messages whose split may still change once every sender is known, with their parties.
  readonly first = new Map<string, Party>();
  readonly pending: { at: number; party: Party }[] = [];
  // As in Interner: a slot checked before the Map, here read from the header line itself.
  readonly recent: (Party | undefined)[] = new Array<Party | undefined>(SLOTS).fill(undefined);
  readonly times: ClockTimes;
  day = 0;
  previous = -1;
  // The open record: its header line, time, parties, and body as a first line plus any more.
  line = 0;
  time = '';
  party: Party | undefined;
  parties: string | undefined;
  tabbed = false;
  body: string | undefined;
  more: string[] | undefined;

  constructor(
    readonly file: string,
    date: string | undefined,
  ) {
    this.times = new ClockTimes(date);
  }

  /**
   * The usual Z3 header (`14:02:11 From Robin Hart to Everyone:`, no marks to clean) read
   * straight from the line; false when anything is unusual, and `readHead` decides.
   */
  plainHead(raw: string, line: number): boolean {
    const c = raw.charCodeAt(0) - 48;
    if (c < 0 || c > 9) return false;
    const colon = raw.charCodeAt(1) === 58 ? 1 : raw.charCodeAt(2) === 58 ? 2 : -1;
    if (colon === -1 || raw.charCodeAt(colon + 6) !== 32) return false;
    const h1 = colon === 2 ? digit(raw, 1) : 0;
    const m0 = digit(raw, colon + 1);
    const m1 = digit(raw, colon + 2);
    const s0 = digit(raw, colon + 4);
    const s1 = digit(raw, colon + 5);
    if (h1 < 0 || m0 < 0 || m1 < 0 || s0 < 0 || s1 < 0 || raw.charCodeAt(colon + 3) !== 58) return false;
    let at = colon + 7;
    let k = 0;
    while (k < FROM.length && !raw.startsWith(FROM[k]!, at)) k++;
    if (k === FROM.length) return false;
    at += FROM[k]!.length;
    if (raw.charCodeAt(at) !== 32) return false;
    while (raw.charCodeAt(at) === 32) at++;
    let end = raw.length;
    while (end > at && isBlankChar(raw.charCodeAt(end - 1))) end--;
    if (raw.charCodeAt(end - 1) !== 58) return false;
    end--;
    while (end > at && isBlankChar(raw.charCodeAt(end - 1))) end--;
    if (end <= at || isBlankChar(raw.charCodeAt(at))) return false;
    // The rest of the line is ASCII already checked: only the parties can hold a mark `cleanHeader`
    // would drop, or a line separator the regex's `.` stops at.
    // The same pass hashes them for `partyAt`, as `partySlot` does.
    let hash = end - at;
    for (let i = at; i < end; i++) {
      const x = raw.charCodeAt(i);
      if (x >= 0xa0 && isMarkOrSeparator(x)) return false;
      hash = Math.imul(hash, 31) + x;
    }
    const hours = colon === 2 ? c * 10 + h1 : c;
    this.open(hours, m0 * 10 + m1, s0 * 10 + s1, line);
    this.party = this.partyAt(raw, at, end, (hash ^ (hash >>> 10)) & (SLOTS - 1));
    this.parties = this.party.raw;
    this.tabbed = true;
    this.body = undefined;
    this.more = undefined;
    return true;
  }

  /** A header `readHead` read: `first` is the Z1/Z2 text after the colon, undefined for Z3. */
  head(hours: number, minutes: number, seconds: number, parties: string, line: number, first: string | undefined): void {
    this.open(hours, minutes, seconds, line);
    this.party = undefined;
    this.parties = parties;
    this.tabbed = first === undefined;
    this.body = first;
    this.more = undefined;
  }

  bodyLine(l: string): void {
    if (this.body === undefined && this.more === undefined) this.body = l;
    else (this.more ??= []).push(l);
  }

  /** Closes the open record, if any, and starts the time of the next. */
  private open(hours: number, minutes: number, seconds: number, line: number): void {
    if (this.parties !== undefined) this.finish();
    const t = hours * 3600 + minutes * 60 + seconds;
    // Local saves have no date; a jump back by more than an hour means the meeting crossed midnight.
    if (this.previous >= 0 && this.previous - t > 3600) this.day++;
    this.previous = t;
    this.line = line;
    this.time = this.times.get(this.day, hours, minutes, seconds);
  }

  /** The parties of `raw.slice(from, to)` (whose `partySlot` is `slot`), with no slice made when they are the ones last seen in their slot. */
  private partyAt(raw: string, from: number, to: number, slot: number): Party {
    const hit = this.recent[slot];
    if (hit !== undefined && hit.raw.length === to - from && raw.startsWith(hit.raw, from)) return hit;
    return this.partyOf(raw.slice(from, to), slot);
  }

  private partyOf(p: string, slot: number): Party {
    // One entry per distinct string, so no message keeps its header line alive through it.
    let party = this.first.get(p);
    if (party === undefined) this.first.set(p, (party = { raw: p, split: splitParties(p), open: dependsOnKnown(p) }));
    this.recent[slot] = party;
    return party;
  }

  private finish(): void {
    let party = this.party;
    if (party === undefined) {
      const p = this.parties!;
      const slot = partySlot(p, 0, p.length);
      const hit = this.recent[slot];
      party = hit !== undefined && hit.raw === p ? hit : this.partyOf(p, slot);
    }
    const split = party.split;
    const body = this.body;
    const more = this.more;
    const text = more === undefined ? (body === undefined || isBlank(body) ? '' : body) : joinBody(body === undefined ? more : [body, ...more]);
    const messages = this.messages;
    if (mayBeSpecial(text)) {
      const b = readBody(text, messages.length > 0 ? messageRef(messages[messages.length - 1]!) : undefined);
      messages.push(message(this.file, this.line, { time: this.time, author: split.author, text: b.text, kind: b.kind, to: split.to, replyTo: b.replyTo }));
    } else {
      messages.push(chatMessage(this.file, this.line, this.time, split.author, text, split.to));
    }
    if (party.open) this.pending.push({ at: messages.length - 1, party });
  }

  end(date: string | undefined): ChatExport {
    if (this.parties !== undefined) this.finish();
    const { file, messages, warnings } = this;
    if (messages.length === 0) throw new InputError(file, 'not a Zoom chat: no "HH:MM:SS From ..." lines');
    settleParties(messages, this.pending, this.first, file, warnings);
    if (this.day > 0 && !date) {
      warnings.push(warning(file, undefined, 'the chat crosses midnight but has no date; pass --date to order the times'));
    }
    return finishExport({ format, platform: 'Zoom', date }, messages, warnings);
  }
}

const FROM = zoomKeywords.from;

// Parties share their ending (` to Everyone`) and differ anywhere in the name, so a few sampled
// characters collide: the slot hashes them all (still cheaper than a slice and a Map lookup).
const SLOTS = 1024;
const partySlot = (s: string, from: number, to: number): number => {
  let h = to - from;
  for (let i = from; i < to; i++) h = Math.imul(h, 31) + s.charCodeAt(i);
  return (h ^ (h >>> 10)) & (SLOTS - 1);
};

/** The characters `cleanHeader` drops or turns into spaces, and the line separators `.` does not match (from U+00A0 up). */
const isMarkOrSeparator = (c: number): boolean =>
  c === 0xa0 || c === 0xad || (c >= 0x2009 && c <= 0x200f) || (c >= 0x2028 && c <= 0x202f) || (c >= 0x2066 && c <= 0x2069);

/**
 * `HH:MM:SS` as written (hours padded), or `date` + days, `T`, clock; each distinct string made once.
 * Found by its seconds in a table (one block of 3600 per hour), not by hashing.
 */
class ClockTimes {
  private hours: (string | undefined)[][] = [];
  // Minutes or seconds past 59 (`14:75:00` as written) have no slot of their own.
  private odd = new Map<number, string>();
  private cachedDay = 0;
  constructor(private readonly date: string | undefined) {}

  get(day: number, hours: number, minutes: number, seconds: number): string {
    // Without a date the string does not depend on the day: one table for the whole file.
    if (day !== this.cachedDay && this.date) {
      this.hours = [];
      this.odd = new Map();
      this.cachedDay = day;
    }
    if (minutes < 60 && seconds < 60) {
      const block = (this.hours[hours] ??= new Array<string | undefined>(3600).fill(undefined));
      const at = minutes * 60 + seconds;
      return (block[at] ??= this.make(day, hours, minutes, seconds));
    }
    const key = hours * 10000 + minutes * 100 + seconds;
    let t = this.odd.get(key);
    if (t === undefined) this.odd.set(key, (t = this.make(day, hours, minutes, seconds)));
    return t;
  }

  private make(day: number, hours: number, minutes: number, seconds: number): string {
    const clock = `${pad(hours)}:${pad(minutes)}:${pad(seconds)}`;
    return this.date ? `${addDays(this.date, day)}T${clock}` : clock;
  }
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
