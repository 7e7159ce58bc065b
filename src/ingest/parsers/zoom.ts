/** Zoom `meeting_saved_chat.txt`, layouts Z1, Z2 (one line per header) and Z3 (header line + TAB body). */
import { InputError } from '../../errors.js';
import type { Diagnostic, Message } from '../../types.js';
import { anyOf, zoomKeywords } from '../keywords/zoom.js';
import { TextLines, type LineParser } from '../lines.js';
import { addDays, cleanHeader, finishExport, isBlank, joinBody, message, splitLines, warning } from '../text.js';
import { readBody } from '../zoom-body.js';
import { dependsOnKnown, splitParties, type Parties } from '../zoom-parties.js';

const from = anyOf(zoomKeywords.from);
/** Z1/Z2: `10:01:05⇥ From  Robin Hart : text` (a TAB, maybe a space, before `From`). */
const oneLine = new RegExp(`^(\\d{1,2}):(\\d{2}):(\\d{2})\\t ?${from}\\s+(.+?)\\s:(?:\\s(.*))?$`);
/** Z3: `14:02:11 From Robin Hart to Everyone:` with the body on TAB-indented lines. */
const twoLine = new RegExp(`^(\\d{1,2}):(\\d{2}):(\\d{2}) ${from}\\s+(.+?)\\s*:\\s*$`);

const format = 'zoom';

/**
 * The header match, or null. Headers start with a digit once cleaned, and the
 * character after `H:MM:SS` tells the layouts apart: a TAB (Z1/Z2) or a space (Z3).
 */
function readHead(raw: string): RegExpExecArray | null {
  const c = raw.charCodeAt(0);
  if (!((c >= 48 && c <= 57) || c >= 0x80)) return null;
  const head = cleanHeader(raw);
  const colon = head.indexOf(':');
  const sep = colon === -1 ? -1 : head.charCodeAt(colon + 6);
  return sep === 9 ? oneLine.exec(head) : sep === 32 ? twoLine.exec(head) : null;
}

export const zoom: LineParser = {
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
  parse(text, source) {
    return this.parseLines(new TextLines(text), source);
  },
  parseLines(lines, source) {
    const file = source.file;
    const warnings: Diagnostic[] = [];
    const messages: Message[] = [];
    // Parties as first split (no known senders yet), one per distinct string; `pending` lists the
    // messages whose split may still change once every sender is known, with their parties.
    const first = new Map<string, Party>();
    const pending: { at: number; party: Party }[] = [];
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
      let party = first.get(parties!);
      if (party === undefined) first.set(parties!, (party = { raw: parties!, split: splitParties(parties!), open: dependsOnKnown(parties!) }));
      const split = party.split;
      const text = more === undefined ? (body === undefined || isBlank(body) ? '' : body) : joinBody(body === undefined ? more : [body, ...more]);
      const b = readBody(text, messages.length > 0 ? messages[messages.length - 1]!.id : undefined);
      messages.push(message(format, file, line, { time, author: split.author, text: b.text, kind: b.kind, to: split.to, replyTo: b.replyTo }));
      if (party.open) pending.push({ at: messages.length - 1, party });
    };
    for (let raw = lines.next(); raw !== undefined; raw = lines.next()) {
      const m = readHead(raw);
      if (m) {
        if (parties !== undefined) finish();
        const seconds = Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
        // Local saves have no date; a jump back by more than an hour means the meeting crossed midnight.
        if (previous >= 0 && previous - seconds > 3600) day++;
        previous = seconds;
        line = lines.line;
        time = times(day, m);
        parties = m[4]!;
        // Only Z1/Z2 (five groups) have text on the header line.
        tabbed = m.length === 5;
        body = tabbed ? undefined : lines.own(raw, m[5] ?? '');
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
};

/** `HH:MM:SS` as written (hours padded), or `date` + days, `T`, clock; each distinct string made once. */
function clockTimes(date: string | undefined): (day: number, h: RegExpExecArray) => string {
  let cache = new Map<number, string>();
  let cachedDay = 0;
  return (day, h) => {
    if (day !== cachedDay) {
      cache = new Map();
      cachedDay = day;
    }
    // Minutes and seconds are two digits as written, so the number keys the string.
    const key = Number(h[1]) * 10000 + Number(h[2]) * 100 + Number(h[3]);
    let t = cache.get(key);
    if (t === undefined) {
      const clock = `${h[1]!.padStart(2, '0')}:${h[2]}:${h[3]}`;
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
    if (ambiguous) warnings.push(warning(file, m.source.line, `cannot tell sender from recipient in "${party.raw.trim()}"; took "${author}"`));
  }
}
