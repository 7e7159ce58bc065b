/** WebVTT cue blocks, read leniently: Graph's unpadded `0:0:5.320`, `mm:ss.ttt`, SRT commas, a missing header. */
import { ClockInterner } from './intern.js';
import type { Lines } from './lines.js';

export interface Cue {
  /** 1-based line of the cue's first line (its id, or its timing line). */
  line: number;
  /** Milliseconds from the recording start; negative when transcription began late. */
  start: number;
  /** The payload lines, `\n`-joined. */
  payload: string;
}

// Hours optional and any width; minutes and seconds one or two digits (Graph writes `0:0:5.320`).
const stamp = /^(-)?(?:(\d+):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?$/;
const timing = /^\s*(-?[\d:.,]+)[ \t]+-->[ \t]+(-?[\d:.,]+)/;

/** A VTT/SRT timestamp to milliseconds, or undefined when it is not one. */
export function readStamp(s: string): number | undefined {
  const m = stamp.exec(s.trim());
  if (!m) return undefined;
  const ms = Number((m[5] ?? '0').padEnd(3, '0'));
  const total = ((Number(m[2] ?? 0) * 60 + Number(m[3])) * 60 + Number(m[4])) * 1000 + ms;
  return m[1] ? -total : total;
}

/** The start of a timing line (`start --> end [settings]`), or undefined. */
export function readTiming(line: string): number | undefined {
  const fast = plainTiming(line);
  if (fast !== undefined) return fast;
  if (!line.includes('-->')) return undefined;
  const m = timing.exec(line);
  return m ? readStamp(m[1]!) : undefined;
}

const d = (s: string, i: number): number => s.charCodeAt(i) - 48;
const isDigitAt = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/** The usual `HH:MM:SS.mmm --> 0…` by hand; undefined for anything else, which the regexes read. */
function plainTiming(l: string): number | undefined {
  if (l.charCodeAt(2) !== 58 || l.charCodeAt(5) !== 58 || l.charCodeAt(8) !== 46 || l.charCodeAt(12) !== 32 || l.charCodeAt(16) !== 32) return undefined;
  if (!l.startsWith('-->', 13)) return undefined;
  for (const i of DIGITS) if (!isDigitAt(l, i)) return undefined;
  return (((d(l, 0) * 10 + d(l, 1)) * 60 + d(l, 3) * 10 + d(l, 4)) * 60 + d(l, 6) * 10 + d(l, 7)) * 1000 + d(l, 9) * 100 + d(l, 10) * 10 + d(l, 11);
}
// The stamp's digits, and the first character of the end stamp.
const DIGITS = [0, 1, 3, 4, 6, 7, 9, 10, 11, 17];

const pad = (n: number): string => String(n).padStart(2, '0');

// One string per offset second below 100 hours, shared by every cue (and transcript) that starts in it.
const clocks = new ClockInterner();

/** Milliseconds to `HH:MM:SS` (a leading `-` for negative offsets). */
export function offsetClock(ms: number): string {
  const s = Math.floor(Math.abs(ms) / 1000);
  if (ms >= 0 && s < 360000) return clocks.known(s) ?? clocks.add(s, clockOf(s));
  return `${ms < 0 ? '-' : ''}${clockOf(s)}`;
}
const clockOf = (s: number): string => `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;

const skipped = /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/;

/**
 * Cues one at a time, in source order; NOTE, STYLE and REGION blocks and the
 * header are skipped. Reads line by line, so a large transcript is never held
 * as an array of its lines.
 */
export class CueReader {
  /** First lines of blocks that had no cue timing. */
  readonly bad: number[] = [];
  /** Cue ids only tell the platform apart: a sample is kept, not one string per cue. */
  readonly ids: string[] = [];
  /** Some line holds a `<v ` voice tag (Teams). */
  voice = false;
  private first = true;

  constructor(private readonly lines: Lines) {}

  private line(): string | undefined {
    const l = this.lines.next();
    if (l !== undefined && !this.voice && l.includes('<v ')) this.voice = true;
    return l;
  }

  next(): Cue | undefined {
    for (;;) {
      let head = this.line();
      while (head !== undefined && blank(head)) head = this.line();
      if (head === undefined) return undefined;
      const isHeader = this.first && head.startsWith('WEBVTT');
      this.first = false;
      if (isHeader) {
        head = this.skipHeader();
        if (head === undefined) continue;
      }
      // One block: its lines up to the next blank line, read as they come (no array of them).
      const blockLine = this.lines.line;
      const c = head.charCodeAt(0);
      if ((c === 78 || c === 83 || c === 82) && skipped.test(head)) {
        this.skipBlock();
        continue;
      }
      let start = readTiming(head);
      let id: string | undefined;
      let l = this.line();
      if (l !== undefined && blank(l)) l = undefined;
      if (start === undefined && l !== undefined) {
        id = head.trim();
        start = readTiming(l);
        l = this.line();
        if (l !== undefined && blank(l)) l = undefined;
      }
      // The payload: `l` and the lines after it in the block.
      let payload = '';
      if (l !== undefined) {
        let more: string[] | undefined;
        for (let m = this.line(); m !== undefined && !blank(m); m = this.line()) (more ??= [l]).push(m);
        payload = more === undefined ? l : more.join('\n');
      }
      if (start === undefined) {
        this.bad.push(blockLine);
        continue;
      }
      if (id !== undefined && this.ids.length < 50) this.ids.push(id);
      return { line: blockLine, start, payload };
    }
  }

  /**
   * Past the rest of the header block; a cue timing in it (a file with no blank line after
   * `WEBVTT`) is returned, as the start of the first cue, which would otherwise be lost.
   */
  private skipHeader(): string | undefined {
    for (let l = this.line(); l !== undefined && !blank(l); l = this.line()) if (l.includes('-->') && readTiming(l) !== undefined) return l;
    return undefined;
  }

  /** Past the rest of a block that is no cue. */
  private skipBlock(): void {
    for (let l = this.line(); l !== undefined && !blank(l); l = this.line());
  }
}

/** Only spaces, tabs and CRs (or nothing). */
function blank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}
