/**
 * MS Teams meeting transcript downloaded as `.docx` (speaker lines `Name   0:03`
 * or `Name 10:30 AM`, then paragraphs), or Teams chat a user pasted into Word,
 * which goes to the paste parsers.
 */
import { InputError } from '../../errors.js';
import type { ChatExport, Diagnostic, Message, ParseSource, Parser } from '../../types.js';
import { documentXmlLines } from '../docx-text.js';
import { timeAfter, type RecordingStart } from '../recording-start.js';
import { clockTime, cleanHeader, finishExport, message, splitLines, warning } from '../text.js';
import { headingDate, headingStart, headingTitle } from '../transcript-heading.js';
import { offsetClock, readTiming } from '../vtt-cues.js';
import { teamsClassic } from './teams-classic.js';
import { looksLikeName, teamsPaste } from './teams-paste.js';

const format = 'teams-docx';
const DOCUMENT = 'word/document.xml';
const TIME = String.raw`(\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?)`;
// Two or more spaces (or a TAB) before an elapsed time is the layout Teams writes.
const strongSpeaker = new RegExp(String.raw`^\s*(\S.*?)(?:\t|[ \u00A0]{2,})${TIME}\s*$`);
const weakSpeaker = new RegExp(String.raw`^\s*(\S.*?)[ \u00A0]+${TIME}\s*$`);

interface Turn {
  line: number;
  time?: string;
  author: string;
  body: string[];
}

/** `0:03` and `1:02:15` are elapsed (clock times after a known start); `10:30 AM` is a clock time. */
function readTime(raw: string, date: string | undefined, start: RecordingStart | undefined): string | undefined {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s?([AaPp])?/.exec(raw);
  if (!m) return undefined;
  if (m[4]) {
    const clock = clockTime(m[1]!, m[2]!, m[3], `${m[4]}m`);
    return clock && date ? `${date}T${clock}` : clock;
  }
  const [h, min, s] = m[3] === undefined ? [0, Number(m[1]), Number(m[2])] : [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = ((h * 60 + min) * 60 + s) * 1000;
  return start ? timeAfter(start, ms) : offsetClock(ms);
}

const meridiem = /[AaPp]\.?[Mm]\.?$/;

/** Ends (before spaces) in a digit or the `m` of am/pm: a regex anchored at `$` would retry from every position. */
function timeTail(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i--;
  if (line[i] === '.') i--;
  const c = line.charCodeAt(i);
  return (c >= 48 && c <= 57) || c === 77 || c === 109;
}

interface Speaker {
  author: string;
  time: string;
}

/** Speaker lines by line index (an array, not a Map: one slot per line is cheaper to look up), how many, and the first. */
interface Speakers {
  at: (Speaker | undefined)[];
  size: number;
  first: number;
}

/**
 * Speaker lines: the TAB/wide-space layout always; a single space only for a
 * name that recurs, or, once recurring names show the `Name 10:30 AM` layout,
 * for any line in that layout (someone who spoke once).
 */
function speakerLines(lines: string[]): Speakers {
  // Only a line that ends like a time can be a speaker line: one cheap test spares the rest the full regexes.
  const tails = lines.map((l) => timeTail(l));
  const weak = lines.map((l, i) => (tails[i] ? weakSpeaker.exec(cleanHeader(l)) : null));
  const counts = new Map<string, number>();
  for (const m of weak) if (m) counts.set(m[1]!.trim(), (counts.get(m[1]!.trim()) ?? 0) + 1);
  const clockLayout = weak.filter((m) => m && meridiem.test(m[2]!) && counts.get(m[1]!.trim())! >= 2).length >= 2;
  const at = new Array<Speaker | undefined>(lines.length).fill(undefined);
  lines.forEach((l, i) => {
    if (!tails[i]) return;
    const strong = strongSpeaker.exec(cleanHeader(l));
    const m = strong ?? weak[i];
    const author = m?.[1]!.trim();
    const trusted = strong || counts.get(author ?? '')! >= 2 || (clockLayout && meridiem.test(m?.[2] ?? ''));
    if (m && author && looksLikeName(author) && trusted) at[i] = { author, time: m[2]! };
  });
  // Older transcripts: a VTT timing line, then the speaker's name on its own line.
  lines.forEach((l, i) => {
    const start = readTiming(l);
    const name = lines[i + 1]?.trim();
    if (start !== undefined && name && looksLikeName(name)) at[i] = { author: name, time: offsetClock(start) };
  });
  let size = 0;
  let first = -1;
  for (let i = 0; i < at.length; i++) {
    if (at[i] === undefined) continue;
    size++;
    if (first === -1) first = i;
  }
  return { at, size, first };
}

/** Word's empty paragraphs only space the layout out: a turn's paragraphs, trimmed, are its lines. */
const turnText = (body: string[]): string => (body.length === 1 ? body[0]!.trim() : body.map((l) => l.trim()).filter(Boolean).join('\n'));

function parseTranscript(lines: string[], source: ParseSource): ChatExport {
  const speakers = speakerLines(lines);
  if (speakers.size === 0) throw new InputError(source.file, 'not a Teams transcript: no "Name   0:03" speaker lines');
  const first = speakers.first;
  const heading = lines.slice(0, first).map((l) => l.trim()).filter(Boolean);
  const date = headingDate(heading) ?? source.date;
  const title = headingTitle(heading);
  const turns: Turn[] = [];
  const warnings: Diagnostic[] = [];
  const start = headingStart(heading, date);
  if (start) warnings.push(warning(source.file, undefined, `elapsed times count from the recording start in the heading ("${start.from}")`));
  let prev: Turn | undefined;
  for (let i = first; i < lines.length; i++) {
    const s = speakers.at[i];
    if (!s) {
      prev!.body.push(lines[i]!);
      continue;
    }
    const vttStyle = readTiming(lines[i]!) !== undefined;
    const time = vttStyle ? s.time : readTime(s.time, date, start);
    // One speaker's paragraphs under consecutive stamps are one turn.
    if (!prev || prev.author !== s.author) {
      prev = time ? { line: i + 1, author: s.author, body: [], time } : { line: i + 1, author: s.author, body: [] };
      turns.push(prev);
    }
    if (vttStyle) i++; // the name line
  }
  const messages: Message[] = [];
  for (const t of turns) {
    const body = turnText(t.body);
    if (body === '') warnings.push(warning(source.file, t.line, 'speaker line without text; skipped'));
    else messages.push(message(format, source.file, t.line, { time: t.time, author: t.author, text: body }));
  }
  if (messages.length === 0) throw new InputError(source.file, 'Teams transcript has speaker lines but no text');
  // Bare elapsed times are offsets from the recording start: no start/end then.
  return finishExport({ format, platform: 'MS Teams', title, date, offsets: !start }, messages, warnings);
}

/** Word text that is really a chat paste goes to the paste parser that recognises it. */
function parseDocument(lines: string[], source: ParseSource): ChatExport {
  const head = firstChars(lines, 4096);
  const transcriptLike = speakerLines(splitLines(head)).size >= 2;
  if (!transcriptLike) {
    for (const paste of [teamsPaste, teamsClassic]) if (paste.detect(head, source.file) >= 0.5) return paste.parse(lines.join('\n'), source);
  }
  return parseTranscript(lines, source);
}

/** The first `n` characters of the lines joined by `\n`, without joining them all. */
function firstChars(lines: string[], n: number): string {
  let k = 0;
  for (let size = 0; k < lines.length && size < n; k++) size += lines[k]!.length + 1;
  return lines.slice(0, k).join('\n').slice(0, n);
}

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
  parse: (text, source) => parseDocument(splitLines(text), source),
  parseBundle(entries, source) {
    const xml = entries.find((e) => e.path === DOCUMENT);
    if (!xml) throw new InputError(source.file, 'not a Word document: no word/document.xml in the zip');
    return parseDocument(documentXmlLines(xml.bytes), source);
  },
};
