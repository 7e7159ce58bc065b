/** WebVTT cue blocks, read leniently: Graph's unpadded `0:0:5.320`, `mm:ss.ttt`, SRT commas, a missing header. */

export interface Cue {
  /** 1-based line of the cue's first line (its id, or its timing line). */
  line: number;
  /** Milliseconds from the recording start; negative when transcription began late. */
  start: number;
  /** The payload lines, `\n`-joined: a slice of the source, not a copy. */
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

/**
 * Every cue in source order; NOTE, STYLE and REGION blocks and the header are
 * skipped. Walks the text with `indexOf` rather than splitting it, so a large
 * transcript does not hold an array of every line.
 */
export function readCues(text: string): { cues: Cue[]; bad: number[]; ids: string[] } {
  const cues: Cue[] = [];
  const bad: number[] = [];
  // Cue ids only tell the platform apart: a sample is kept, not one string per cue.
  const ids: string[] = [];
  const n = text.length;
  let pos = 0;
  let line = 1;
  let first = true;
  while (pos < n) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = n;
    if (blank(text, pos, eol)) {
      pos = eol + 1;
      line++;
      continue;
    }
    // One block: its line starts, up to the next blank line.
    const starts = [pos];
    const blockLine = line;
    let end = eol;
    for (;;) {
      line++;
      if (end >= n) break;
      const next = end + 1;
      let e = text.indexOf('\n', next);
      if (e === -1) e = n;
      if (blank(text, next, e)) break;
      starts.push(next);
      end = e;
    }
    pos = end + 1;
    const lineAt = (k: number) => text.slice(starts[k]!, (starts[k + 1] ?? end + 1) - 1);
    const head = lineAt(0);
    const isHeader = first && head.startsWith('WEBVTT');
    first = false;
    if (isHeader || skipped.test(head)) continue;
    let at = 0;
    let start = readTiming(head);
    let id: string | undefined;
    if (start === undefined && starts.length > 1) {
      id = head.trim();
      start = readTiming(lineAt(++at));
    }
    if (start === undefined) {
      bad.push(blockLine);
      continue;
    }
    const payload = at + 1 < starts.length ? text.slice(starts[at + 1]!, end) : '';
    if (id !== undefined && ids.length < 50) ids.push(id);
    cues.push({ line: blockLine, start, payload });
  }
  return { cues, bad, ids };
}

/** Only spaces and tabs (or nothing) between two offsets. */
function blank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}
