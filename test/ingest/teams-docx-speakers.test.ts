// The Teams .docx speaker-line reader (one regex per line, the strong layout read off the weak
// match, no `-->` search on lines that cannot be timings) against the two-regex original.
import { describe, expect, it } from 'vitest';
import { elapsedMs, speakerLines, speakerTime, teamsDocx } from '../../src/ingest/parsers/teams-docx.js';
import { speakerLayout, speakerParts, STRONG, WEAK } from '../../src/ingest/speaker-line.js';
import { offsetClock } from '../../src/ingest/vtt-cues.js';
import { readTimeByRegex, speakerLinesByRegex, turnsByRegex } from './reference/teams-docx-speakers-regex.js';
import { rng } from './seeded.js';

const NAMES = ['Robin Hart', 'Sam', '  Priya Nair', "Casey O'Neil", 'Dev 2', 'Ann 1:02', 'Lan\u00A0Lee', '\u200BChloë', 'Okay.', 'Ann\t'];
const SEPS = [' ', '  ', '   ', '\t', '\u00A0', '\u00A0 ', ' \t', '\t '];
const TIMES = ['0:03', '10:30', '1:02:15', '10:30 AM', '9:05pm', '10:30 A.M.', '12:00  PM', '99:99', '7:5', '123:45', '1:02:15 pm', '00:00:05'];
const ENDS = ['', '', ' ', '\t', '  ', '.', '\u00A0'];
const TEXT = ['Let us meet at 10:30', 'Welcome.', '', '', '   ', '00:00:01.000 --> 00:00:02.000', '0:00:05.320 --> 0:00:07.000 align:start', '  -1:00.000 --> 0:01.000', 'NOTE x', ', --> 1', 'Thanks all', '\u3000 12:00 --> 12:01'];

function transcript(seed: number): string[] {
  const { next, pick } = rng(seed);
  const lines: string[] = [];
  const n = 1 + Math.floor(next() * 14);
  for (let k = 0; k < n; k++) {
    const r = next();
    if (r < 0.5) lines.push(`${pick(NAMES)}${pick(SEPS)}${pick(TIMES)}${pick(ENDS)}`);
    else if (r < 0.6) lines.push(`${pick(NAMES).trim()}`);
    else lines.push(pick(TEXT));
  }
  return lines;
}

describe('Teams .docx speaker lines by hand', () => {
  const TIME = String.raw`(\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?)`;
  const strong = new RegExp(String.raw`^\s*(\S.*?)(?:\t|[ \u00A0]{2,})${TIME}\s*$`);
  const weak = new RegExp(String.raw`^\s*(\S.*?)[ \u00A0]+${TIME}\s*$`);

  it('splits a line into name and time where each regex does', () => {
    const { next, pick } = rng(5);
    const pieces = ['A', 'Sam', ' ', '  ', '\t', '\u00A0', '\u3000', '\u2028', '\r', '1', '12', '123', ':', ':05', '0:03', '10:30', '1:02:15', ' AM', 'pm', 'P.M.', 'a.m', 'M', '.', 'x'];
    let hits = 0;
    for (let k = 0; k < 25000; k++) {
      const random = () => Array.from({ length: Math.floor(next() * 4) }, () => pick(pieces)).join('');
      // Half near-speaker lines (name, separator, time, end, each perhaps garbled), half random pieces.
      const line = next() < 0.5 ? `${random()}${pick(NAMES)}${random()}${pick(SEPS)}${pick(TIMES)}${pick(ENDS)}${next() < 0.2 ? random() : ''}` : Array.from({ length: 1 + Math.floor(next() * 7) }, () => pick(pieces)).join('');
      const got = speakerLayout(line);
      const w = weak.exec(line);
      const s = strong.exec(line);
      expect(got & WEAK ? 'weak' : '', JSON.stringify(line)).toBe(w ? 'weak' : '');
      expect(got & STRONG ? 'strong' : '', JSON.stringify(line)).toBe(s ? 'strong' : '');
      const m = w ?? s;
      if (!m) continue;
      hits++;
      expect([line.slice(speakerParts.nameStart, speakerParts.nameEnd), line.slice(speakerParts.timeStart, speakerParts.timeEnd)], JSON.stringify(line)).toEqual([m[1], m[2]]);
      if (w && s) expect([s[1], s[2]]).toEqual([w[1], w[2]]);
    }
    expect(hits).toBeGreaterThan(5000);
  });

  it('finds the speaker lines, authors, times and timing lines the two regexes find', () => {
    let found = 0;
    for (let seed = 1; seed <= 4000; seed++) {
      const lines = transcript(seed);
      // A bare elapsed stamp comes as milliseconds, except on a VTT timing line (kept as written).
      const want = speakerLinesByRegex(lines).map((w) => {
        const ms = w && !w.vtt ? elapsedMs(w.time, 0, w.time.length) : -1;
        return ms >= 0 ? { ...w, time: ms } : w;
      });
      const got = speakerLines(lines);
      const read: ({ author: string; time: number | string; vtt: boolean } | undefined)[] = lines.map(() => undefined);
      got.line.forEach((i, k) => {
        read[i] = { author: got.names[got.author[k]!]!, time: speakerTime(got, k), vtt: got.timing[k] === 1 };
      });
      // `vtt`: the line is a VTT timing line, whichever layout made it a speaker line.
      expect(read, JSON.stringify(lines)).toEqual(want);
      expect([...got.line].sort((a, b) => a - b)).toEqual([...got.line]);
      expect(got.line.length).toBe(got.size);
      found += got.size;
      expect(got.first).toBe(got.size === 0 ? -1 : got.line[0]);
    }
    expect(found).toBeGreaterThan(4000);
  });

  it('reads a bare elapsed time as the regex does, and leaves every other stamp to it', () => {
    const { next, pick } = rng(9);
    const chars = ['0', '1', '5', '9', ':', ' ', 'a', 'P', 'M'];
    for (let k = 0; k < 20000; k++) {
      const v = Array.from({ length: 1 + Math.floor(next() * 9) }, () => pick(chars)).join('');
      const ms = elapsedMs(v, 0, v.length);
      if (ms >= 0) expect(offsetClock(ms), v).toBe(readTimeByRegex(v, undefined));
      if (/^\d{1,2}:\d{2}(?::\d{2})?$/.test(v)) expect(ms, v).toBeGreaterThanOrEqual(0);
      // The same inside a longer string.
      expect(elapsedMs(`x ${v} y`, 2, v.length + 2)).toBe(ms);
    }
  });

  it('gives every turn (time, author, text) the old turn assembly gave', () => {
    let turns = 0;
    for (let seed = 1; seed <= 3000; seed++) {
      const lines = transcript(seed);
      // Turns without their line (Message is changing how it says its source; the speaker lines' places are checked above).
      const want = turnsByRegex(lines, '2026-03-13').filter((t) => t.text !== '').map(({ time, author, text }) => ({ time, author, text }));
      let out;
      try {
        out = teamsDocx.parse(lines.join('\n'), { file: 't.txt', date: '2026-03-13' });
      } catch {
        // Only text with no turn may be refused.
        expect(want, JSON.stringify(lines)).toEqual([]);
        continue;
      }
      // Text that looks more like a chat paste goes to that parser: only transcripts are compared.
      if (out.format !== 'teams-docx') continue;
      const got = out.messages.map((m) => ({ time: m.time, author: m.author, text: m.text }));
      expect(got, JSON.stringify(lines)).toEqual(want);
      turns += got.length;
    }
    expect(turns).toBeGreaterThan(2000);
  });
});
