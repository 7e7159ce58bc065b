/** WebVTT cue blocks, read leniently: Graph's unpadded `0:0:5.320`, `mm:ss.ttt`, SRT commas, a missing header. */

export interface Cue {
  /** 1-based line of the cue's first line (its id, or its timing line). */
  line: number;
  id?: string;
  /** Milliseconds from the recording start; negative when transcription began late. */
  start: number;
  payload: string[];
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
  if (!line.includes('-->')) return undefined;
  const m = timing.exec(line);
  return m ? readStamp(m[1]!) : undefined;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Milliseconds to `HH:MM:SS` (a leading `-` for negative offsets). */
export function offsetClock(ms: number): string {
  const s = Math.floor(Math.abs(ms) / 1000);
  return `${ms < 0 ? '-' : ''}${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
}

const skipped = /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/;

/** Every cue in source order; NOTE, STYLE and REGION blocks and the header are skipped. */
export function readCues(lines: string[]): { cues: Cue[]; bad: number[] } {
  const cues: Cue[] = [];
  const bad: number[] = [];
  let i = 0;
  const n = lines.length;
  while (i < n) {
    const first = lines[i]!;
    if (first.trim() === '') {
      i++;
      continue;
    }
    const blockStart = i;
    let end = i;
    while (end < n && lines[end]!.trim() !== '') end++;
    i = end;
    if (blockStart === 0 && first.startsWith('WEBVTT')) continue;
    if (skipped.test(first)) continue;
    let at = blockStart;
    let start = readTiming(lines[at]!);
    let id: string | undefined;
    if (start === undefined && at + 1 < end) {
      id = lines[at]!.trim();
      start = readTiming(lines[++at]!);
    }
    if (start === undefined) {
      bad.push(blockStart + 1);
      continue;
    }
    const cue: Cue = { line: blockStart + 1, start, payload: lines.slice(at + 1, end) };
    if (id !== undefined) cue.id = id;
    cues.push(cue);
  }
  return { cues, bad };
}
