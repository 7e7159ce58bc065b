/**
 * MS Teams meeting transcript downloaded as `.docx` (speaker lines `Name   0:03`
 * or `Name 10:30 AM`, then paragraphs), or Teams chat a user pasted into Word,
 * which goes to the paste parsers.
 */
import { InputError } from '../../errors.js';
import type { ChatExport, Diagnostic, Message, ParseSource, Parser } from '../../types.js';
import { documentXmlLines } from '../docx-text.js';
import { timeAfter, type RecordingStart } from '../recording-start.js';
import { chatMessage, cleanHeader, clockTime, finishExport, splitLines, warning } from '../text.js';
import { LineIndex, type LinesAt } from '../line-index.js';
import { Interner } from '../intern.js';
import { speakerLayout, speakerParts, STRONG, WEAK } from '../speaker-line.js';
import { headingDate, headingStart, headingTitle } from '../transcript-heading.js';
import { offsetClock, readTiming } from '../vtt-cues.js';
import { teamsClassic } from './teams-classic.js';
import { looksLikeName, teamsPaste } from './teams-paste.js';

const format = 'teams-docx';
const DOCUMENT = 'word/document.xml';
const TIME = String.raw`(\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?)`;
// Two or more spaces (or a TAB) before an elapsed time is the layout Teams writes (read by hand in speaker-line.ts; this regex only for detection).
const strongSpeaker = new RegExp(String.raw`^\s*(\S.*?)(?:\t|[ \u00A0]{2,})${TIME}\s*$`);

/** `0:03` and `1:02:15` are elapsed (clock times after a known start); `10:30 AM` is a clock time. */
function readTime(raw: string, date: string | undefined, start: RecordingStart | undefined): string | undefined {
  const plain = elapsedMs(raw, 0, raw.length);
  if (plain >= 0) return elapsedTime(plain, start);
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s?([AaPp])?/.exec(raw);
  if (!m) return undefined;
  if (m[4]) {
    const clock = clockTime(m[1]!, m[2]!, m[3], `${m[4]}m`);
    return clock && date ? `${date}T${clock}` : clock;
  }
  const [h, min, s] = m[3] === undefined ? [0, Number(m[1]), Number(m[2])] : [Number(m[1]), Number(m[2]), Number(m[3])];
  return elapsedTime(((h * 60 + min) * 60 + s) * 1000, start);
}

/** An elapsed time as a clock time after the recording start, or as an offset when there is none. */
const elapsedTime = (ms: number, start: RecordingStart | undefined): string => (start ? timeAfter(start, ms) : offsetClock(ms));

const digit = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48;
  // Far enough below zero that no digits elsewhere bring the total back up.
  return c >= 0 && c <= 9 ? c : -1e9;
};

/**
 * Milliseconds of a bare `m:ss`, `mm:ss`, `h:mm:ss` or `hh:mm:ss` at `[from, to)` of `s`
 * (what `readTime`'s regex reads as elapsed), or -1 for anything else: a speaker line's
 * time without the regex, and without a string of its own.
 */
export function elapsedMs(s: string, from: number, to: number): number {
  const n = to - from;
  // Where the first colon is: one or two leading digits.
  const c1 = s.charCodeAt(from + 1) === 58 ? 1 : s.charCodeAt(from + 2) === 58 ? 2 : -1;
  if (c1 === -1) return -1;
  const at = from + c1;
  const lead = c1 === 1 ? digit(s, from) : digit(s, from) * 10 + digit(s, from + 1);
  const second = digit(s, at + 1) * 10 + digit(s, at + 2);
  let total: number;
  if (n === c1 + 3) total = lead * 60 + second;
  else if (n === c1 + 6 && s.charCodeAt(at + 3) === 58) total = (lead * 60 + second) * 60 + digit(s, at + 4) * 10 + digit(s, at + 5);
  else return -1;
  return total < 0 ? -1 : total * 1000;
}

const meridiem = /[AaPp]\.?[Mm]\.?$/;
/** A time with am/pm (a bare elapsed one, kept as milliseconds, has none). */
const isClock = (t: number | string): boolean => typeof t === 'string' && meridiem.test(t);

/** Ends (before spaces) in a digit or the `m` of am/pm: a regex anchored at `$` would retry from every position. */
function timeTail(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i--;
  if (line.charCodeAt(i) === 46) i--;
  const c = line.charCodeAt(i);
  return (c >= 48 && c <= 57) || c === 77 || c === 109;
}

/**
 * Whether `readTiming` could read `line`: it needs, after any leading white space, a
 * digit, `-`, `:`, `.` or `,`. Any other printable ASCII first character rules it out
 * without the `-->` search through the whole line.
 */
function mayBeTiming(line: string): boolean {
  const c = line.charCodeAt(0);
  if ((c >= 48 && c <= 58) || c === 45 || c === 46 || c === 44) return true;
  return line.length > 0 && !(c > 32 && c < 127);
}

/**
 * Speaker lines in order, as parallel typed arrays rather than an object per line: 0-based
 * line index, author (an index into `names`), time, and whether it is a VTT timing line
 * (1); how many, and the first one's index (-1 when none). A time is milliseconds (>= 0)
 * for a bare elapsed stamp, which most are, else `-(k + 1)` for `stamps[k]`, the stamp as
 * written. A long transcript has a speaker line every few lines: typed arrays sized by the
 * line count touch only the memory they fill, where growing arrays would copy themselves
 * onto fresh pages again and again (each first touch of a page is costly; see the bench).
 */
export interface Speakers {
  line: Int32Array;
  author: Int32Array;
  names: string[];
  time: Int32Array;
  stamps: string[];
  timing: Uint8Array;
  size: number;
  first: number;
}

/** A speaker line's time as `speakerLines` read it: milliseconds, or the stamp as written. */
export const speakerTime = (s: Speakers, p: number): number | string => {
  const t = s.time[p]!;
  return t >= 0 ? t : s.stamps[-t - 1]!;
};

const TIMING = 4;

/**
 * Speaker lines: the TAB/wide-space layout always; a single space only for a
 * name that recurs, or, once recurring names show the `Name 10:30 AM` layout,
 * for any line in that layout (someone who spoke once).
 */
export function speakerLines(lines: LinesAt): Speakers {
  const n = lines.length;
  // Candidates: lines in either layout, with their line, author, time and kinds (WEAK, STRONG, TIMING).
  const at = new Int32Array(n);
  const authors = new Int32Array(n);
  const times = new Int32Array(n);
  const kinds = new Uint8Array(n);
  let c = 0;
  const stamps: string[] = [];
  const stamp = (raw: string): number => -stamps.push(raw);
  // Older transcripts: a VTT timing line, then the speaker's name on its own line. These win over a candidate on the same line.
  const vtt = { line: [] as number[], author: [] as number[], time: [] as number[] };
  // Authors by index: each distinct name once, with how often it is a weak candidate. The
  // interner spares most lookups hashing a fresh slice; the Map then hashes its copy once.
  const interned = new Interner();
  const ids = new Map<string, number>();
  const names: string[] = [];
  const counts: number[] = [];
  const idOf = (name: string): number => {
    const a = interned.get(name);
    let id = ids.get(a);
    if (id === undefined) {
      id = names.push(a) - 1;
      ids.set(a, id);
      counts.push(0);
    }
    return id;
  };
  for (let i = 0; i < n; i++) {
    const l = lines.at(i)!;
    // The candidate's cleaned line, when this line is one.
    let clean: string | undefined;
    // Only a line that ends like a time can be a speaker line: one cheap test spares the rest the full reading.
    if (timeTail(l)) {
      clean = cleanHeader(l);
      const kind = speakerLayout(clean);
      if (kind !== 0) {
        const p = speakerParts;
        const author = idOf(clean.slice(p.nameStart, p.nameEnd).trim());
        if (kind & WEAK) counts[author]!++;
        const ms = elapsedMs(clean, p.timeStart, p.timeEnd);
        at[c] = i;
        authors[c] = author;
        times[c] = ms >= 0 ? ms : stamp(clean.slice(p.timeStart, p.timeEnd));
        kinds[c] = kind;
        c++;
      } else clean = undefined;
    }
    if (!mayBeTiming(l)) continue;
    const start = readTiming(l);
    if (start === undefined) continue;
    if (clean !== undefined) {
      // A timing line's stamp is kept as written, not read as elapsed.
      kinds[c - 1]! |= TIMING;
      times[c - 1] = stamp(clean.slice(speakerParts.timeStart, speakerParts.timeEnd));
    }
    const name = lines.at(i + 1)?.trim();
    if (name && looksLikeName(name)) {
      vtt.line.push(i);
      vtt.author.push(idOf(name));
      vtt.time.push(stamp(offsetClock(start)));
    }
  }
  const clockAt = (k: number): boolean => times[k]! < 0 && isClock(stamps[-times[k]! - 1]!);
  let clockVotes = 0;
  for (let k = 0; k < c && clockVotes < 2; k++) if (kinds[k]! & WEAK && clockAt(k) && counts[authors[k]!]! >= 2) clockVotes++;
  const clockLayout = clockVotes >= 2;
  // Whether each author looks like a name, asked once per author rather than once per line.
  const nameLike = names.map((a) => a !== '' && looksLikeName(a));
  const room = c + vtt.line.length;
  const out = { line: new Int32Array(room), author: new Int32Array(room), time: new Int32Array(room), timing: new Uint8Array(room) };
  let size = 0;
  const put = (line: number, author: number, time: number, timing: boolean) => {
    out.line[size] = line;
    out.author[size] = author;
    out.time[size] = time;
    out.timing[size] = timing ? 1 : 0;
    size++;
  };
  let v = 0;
  const takeVtt = () => {
    put(vtt.line[v]!, vtt.author[v]!, vtt.time[v]!, true);
    v++;
  };
  for (let k = 0; k < c; k++) {
    const i = at[k]!;
    while (v < vtt.line.length && vtt.line[v]! < i) takeVtt();
    if (v < vtt.line.length && vtt.line[v] === i) continue;
    const a = authors[k]!;
    const trusted = kinds[k]! & STRONG || counts[a]! >= 2 || (clockLayout && clockAt(k));
    if (nameLike[a] && trusted) put(i, a, times[k]!, (kinds[k]! & TIMING) !== 0);
  }
  while (v < vtt.line.length) takeVtt();
  return {
    line: out.line.subarray(0, size),
    author: out.author.subarray(0, size),
    names,
    time: out.time.subarray(0, size),
    stamps,
    timing: out.timing.subarray(0, size),
    size,
    first: size === 0 ? -1 : out.line[0]!,
  };
}

function parseTranscript(lines: LinesAt, source: ParseSource): ChatExport {
  const speakers = speakerLines(lines);
  if (speakers.size === 0) throw new InputError(source.file, 'not a Teams transcript: no "Name   0:03" speaker lines');
  const first = speakers.first;
  const heading: string[] = [];
  for (let i = 0; i < first; i++) {
    const t = lines.at(i)!.trim();
    if (t) heading.push(t);
  }
  const date = headingDate(heading) ?? source.date;
  const title = headingTitle(heading);
  const warnings: Diagnostic[] = [];
  const messages: Message[] = [];
  const start = headingStart(heading, date);
  if (start) warnings.push(warning(source.file, undefined, `elapsed times count from the recording start in the heading ("${start.from}")`));
  // The turn being read: its speaker, first line and time, and its paragraphs, trimmed, blank ones left out.
  // The speaker as an index into `speakers.names` (-1 before the first).
  let author = -1;
  let line = 0;
  let time: string | undefined;
  let body: string | undefined;
  let more: string[] | undefined;
  // Word's empty paragraphs only space the layout out: a turn's paragraphs, trimmed, are its lines.
  const endTurn = () => {
    if (author === -1) return;
    const text = more ? more.join('\n') : body ?? '';
    if (text === '') warnings.push(warning(source.file, line, 'speaker line without text; skipped'));
    else messages.push(chatMessage(source.file, line, time, speakers.names[author]!, text));
  };
  let p = 0;
  for (let i = first; i < lines.length; i++) {
    while (p < speakers.size && speakers.line[p]! < i) p++;
    if (p === speakers.size || speakers.line[p] !== i) {
      const l = lines.at(i)!;
      // A blank line (most are empty) adds nothing.
      if (l === '') continue;
      const t = l.trim();
      if (t === '') continue;
      if (body === undefined) body = t;
      else (more ??= [body]).push(t);
      continue;
    }
    const who = speakers.author[p]!;
    const vttStyle = speakers.timing[p] === 1;
    // One speaker's paragraphs under consecutive stamps are one turn: only a new speaker's stamp is read.
    if (author !== who) {
      endTurn();
      author = who;
      line = i + 1;
      const raw = speakerTime(speakers, p);
      time = (typeof raw === 'number' ? elapsedTime(raw, start) : vttStyle ? raw : readTime(raw, date, start)) || undefined;
      body = undefined;
      more = undefined;
    }
    if (vttStyle) i++; // the name line
  }
  endTurn();
  if (messages.length === 0) throw new InputError(source.file, 'Teams transcript has speaker lines but no text');
  // Bare elapsed times are offsets from the recording start: no start/end then.
  return finishExport({ format, platform: 'MS Teams', title, date, offsets: !start }, messages, warnings);
}

/** Word text that is really a chat paste goes to the paste parser that recognises it. */
function parseDocument(lines: LinesAt, source: ParseSource, text?: string): ChatExport {
  const head = firstChars(lines, 4096);
  const transcriptLike = speakerLines(splitLines(head)).size >= 2;
  if (!transcriptLike) {
    for (const paste of [teamsPaste, teamsClassic]) if (paste.detect(head, source.file) >= 0.5) return paste.parse(text ?? joinLines(lines), source);
  }
  return parseTranscript(lines, source);
}

/** The first `n` characters of the lines joined by `\n`, without joining them all. */
function firstChars(lines: LinesAt, n: number): string {
  const some: string[] = [];
  let size = 0;
  for (let k = 0; k < lines.length && size < n; k++) {
    const l = lines.at(k)!;
    some.push(l);
    size += l.length + 1;
  }
  return some.join('\n').slice(0, n);
}

const joinLines = (lines: LinesAt): string => Array.from({ length: lines.length }, (_, i) => lines.at(i)!).join('\n');

export const teamsDocx: Parser = {
  format,
  platform: 'MS Teams',
  description: 'MS Teams transcript (.docx: "Name   0:03" lines, then what they said), or Teams chat pasted into Word',
  detect(head) {
    // A .docx arrives as a zip (detectBundle); as text this only claims a transcript saved from Word as plain text.
    const hits = [...splitLines(head).entries()].filter(([, l]) => strongSpeaker.test(cleanHeader(l)) && looksLikeName(strongSpeaker.exec(cleanHeader(l))![1]!.trim())).length;
    return hits >= 3 ? 0.7 : hits === 2 ? 0.55 : 0;
  },
  // The zip is unpacked once, by the bundle reader; this parser only looks for Word's main part.
  detectBundle(entries, name) {
    if (!entries.some((e) => e.path === DOCUMENT)) return 0;
    return /\.docx$/i.test(name) ? 0.97 : 0.9;
  },
  // A text's lines are read by number as needed, never all split at once.
  parse: (text, source) => parseDocument(new LineIndex(text), source, text),
  parseBundle(entries, source) {
    const xml = entries.find((e) => e.path === DOCUMENT);
    if (!xml) throw new InputError(source.file, 'not a Word document: no word/document.xml in the zip');
    return parseDocument(documentXmlLines(xml.bytes), source);
  },
};
