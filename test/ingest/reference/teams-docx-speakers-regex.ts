/**
 * The Teams .docx speaker-line finder as it was before the hand reader: both regexes
 * on every line that ends like a time. The oracle for `speakerLines`.
 */
import { looksLikeName } from '../../../src/ingest/parsers/teams-paste.js';
import { cleanHeader, clockTime } from '../../../src/ingest/text.js';
import { timeAfter, type RecordingStart } from '../../../src/ingest/recording-start.js';
import { headingDate, headingStart } from '../../../src/ingest/transcript-heading.js';
import { offsetClock, readTiming } from '../../../src/ingest/vtt-cues.js';

const TIME = String.raw`(\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?)`;
const strongSpeaker = new RegExp(String.raw`^\s*(\S.*?)(?:\t|[ \u00A0]{2,})${TIME}\s*$`);
const weakSpeaker = new RegExp(String.raw`^\s*(\S.*?)[ \u00A0]+${TIME}\s*$`);
const meridiem = /[AaPp]\.?[Mm]\.?$/;

function timeTail(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i--;
  if (line[i] === '.') i--;
  const c = line.charCodeAt(i);
  return (c >= 48 && c <= 57) || c === 77 || c === 109;
}

/** Per line: its speaker (author and time as written) or undefined, and whether it is a VTT timing line. */
export function speakerLinesByRegex(lines: string[]): { author: string; time: string; vtt: boolean }[] {
  const tails = lines.map((l) => timeTail(l));
  const weak = lines.map((l, i) => (tails[i] ? weakSpeaker.exec(cleanHeader(l)) : null));
  const counts = new Map<string, number>();
  for (const m of weak) if (m) counts.set(m[1]!.trim(), (counts.get(m[1]!.trim()) ?? 0) + 1);
  const clockLayout = weak.filter((m) => m && meridiem.test(m[2]!) && counts.get(m[1]!.trim())! >= 2).length >= 2;
  const at = new Array<{ author: string; time: string; vtt: boolean } | undefined>(lines.length).fill(undefined);
  lines.forEach((l, i) => {
    if (!tails[i]) return;
    const strong = strongSpeaker.exec(cleanHeader(l));
    const m = strong ?? weak[i];
    const author = m?.[1]!.trim();
    const trusted = strong || counts.get(author ?? '')! >= 2 || (clockLayout && meridiem.test(m?.[2] ?? ''));
    if (m && author && looksLikeName(author) && trusted) at[i] = { author, time: m[2]!, vtt: false };
  });
  lines.forEach((l, i) => {
    const start = readTiming(l);
    const name = lines[i + 1]?.trim();
    if (start !== undefined && name && looksLikeName(name)) at[i] = { author: name, time: offsetClock(start), vtt: true };
    else if (start !== undefined && at[i]) at[i]!.vtt = true;
  });
  return at as { author: string; time: string; vtt: boolean }[];
}

/** The old `readTime`: every stamp through its regex. */
export function readTimeByRegex(raw: string, date: string | undefined, start?: RecordingStart): string | undefined {
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

/** The old turn assembly: one object per turn with its body lines, then each turn's text. */
export function turnsByRegex(lines: string[], date: string | undefined): { line: number; time?: string; author: string; text: string }[] {
  const at = speakerLinesByRegex(lines);
  const first = at.findIndex((s) => s !== undefined);
  if (first === -1) return [];
  const heading = lines.slice(0, first).map((l) => l.trim()).filter(Boolean);
  const day = headingDate(heading) ?? date;
  const start = headingStart(heading, day);
  const turns: { line: number; time?: string; author: string; body: string[] }[] = [];
  let prev: (typeof turns)[number] | undefined;
  for (let i = first; i < lines.length; i++) {
    const s = at[i];
    if (!s) {
      prev!.body.push(lines[i]!);
      continue;
    }
    const time = s.vtt ? s.time : readTimeByRegex(s.time, day, start);
    if (!prev || prev.author !== s.author) {
      prev = time ? { line: i + 1, author: s.author, body: [], time } : { line: i + 1, author: s.author, body: [] };
      turns.push(prev);
    }
    if (s.vtt) i++;
  }
  const turnText = (body: string[]): string => (body.length === 1 ? body[0]!.trim() : body.map((l) => l.trim()).filter(Boolean).join('\n'));
  return turns.map((t) => ({ line: t.line, time: t.time, author: t.author, text: turnText(t.body) }));
}
