/** WebVTT cue blocks as they were read before the block-at-a-time reader: the reference for the one in src. */
import type { Lines } from '../../../src/ingest/lines.js';

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

/** Milliseconds to `HH:MM:SS` (a leading `-` for negative offsets). */
export function offsetClock(ms: number): string {
  const s = Math.floor(Math.abs(ms) / 1000);
  return `${ms < 0 ? '-' : ''}${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
}

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
      // One block: its lines up to the next blank line.
      const blockLine = this.lines.line;
      const block = [head];
      for (let l = this.line(); l !== undefined && !blank(l); l = this.line()) block.push(l);
      const isHeader = this.first && head.startsWith('WEBVTT');
      this.first = false;
      if (isHeader) {
        // A cue timing inside the header block (no blank line after WEBVTT) starts the first cue.
        const t = block.findIndex((l) => l.includes('-->') && readTiming(l) !== undefined);
        if (t === -1) continue;
        return this.cue(block.slice(t), blockLine + t);
      }
      if (skipped.test(head)) continue;
      const cue = this.cue(block, blockLine);
      if (cue) return cue;
    }
  }

  private cue(block: string[], blockLine: number): Cue | undefined {
    const head = block[0]!;
    let at = 0;
    let start = readTiming(head);
    let id: string | undefined;
    if (start === undefined && block.length > 1) {
      id = head.trim();
      start = readTiming(block[++at]!);
    }
    if (start === undefined) {
      this.bad.push(blockLine);
      return undefined;
    }
    const rest = block.length - at - 1;
    const payload = rest === 0 ? '' : rest === 1 ? block[at + 1]! : block.slice(at + 1).join('\n');
    if (id !== undefined && this.ids.length < 50) this.ids.push(id);
    return { line: blockLine, start, payload };
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
