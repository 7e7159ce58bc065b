/** MS Teams meeting chat copied from the chat pane, new (2023+) layout: name line, date/time line, blank, body. */
import type { Diagnostic, Message, ParseSource } from '../../types.js';
import { Interner } from '../intern.js';
import { lineParser, type Lines } from '../lines.js';
import { beginReference, emojiOnly, isTeamsChrome, isTeamsSystem, teamsReactionCount } from '../keywords/teams.js';
import { readDayFirst, readStamp, timeResolver, type Stamp } from '../teams-time.js';
import { cleanHeader, message, messageRef, splitLines, warning } from '../text.js';
import { bodyText } from '../teams-body.js';

const format = 'teams-paste';

interface Draft {
  line: number;
  time: string;
  author?: string;
  replyTo?: string;
  body: string[];
  /** Index of the first line after the header. */
  from: number;
  reactions: { line: number; text: string }[];
}

// The grammar asks about the same line more than once, and names recur all through a chat.
const nameLines = new Map<string, boolean>();

/** A person's name line: short, no sentence punctuation at the end, not interface text. */
export function looksLikeName(line: string): boolean {
  // A long line with printable ASCII at both ends stays long once trimmed: no name, and not worth a table entry.
  if (line.length > 64) {
    const a = line.charCodeAt(0);
    const z = line.charCodeAt(line.length - 1);
    if (a > 32 && a < 127 && z > 32 && z < 127) return false;
  }
  let known = nameLines.get(line);
  if (known === undefined) {
    known = nameLike(line);
    if (nameLines.size >= 4096) nameLines.clear();
    nameLines.set(line, known);
  }
  return known;
}

function nameLike(line: string): boolean {
  const s = line.trim();
  if (s === '' || s.length > 64 || words(s) > 6) return false;
  if (/[.!?:;]$|https?:\/\/|^\d/.test(s)) return false;
  return !isTeamsChrome(s) && !isTeamsSystem(s) && !teamsReactionCount.test(s) && !emojiOnly(s) && !beginReference.test(s);
}

/** `s.split(/\s+/).length` for a trimmed line, without building the array. */
const words = (s: string): number => {
  let n = 1;
  for (let i = 0; i < s.length; ) {
    if (isSpace(s, i)) {
      n++;
      while (i < s.length && isSpace(s, i)) i++;
    } else i++;
  }
  return n;
};
const isSpace = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(s[i]!));
};

const datedStamp = (s: Stamp | undefined): boolean => s?.numeric?.y !== undefined || s?.iso !== undefined;

export const teamsPaste = lineParser({
  format,
  platform: 'MS Teams',
  description: 'MS Teams chat pasted from the chat pane, new layout (author, date/time, blank line, text)',
  detect(head) {
    const lines = splitLines(head).slice(0, 80).map(cleanHeader);
    let hits = 0;
    lines.forEach((l, i) => {
      if (i > 0 && looksLikeName(lines[i - 1]!) && datedStamp(readStamp(l))) hits++;
    });
    if (hits === 0) return 0;
    const extra = lines.some((l) => beginReference.test(l) || teamsReactionCount.test(l)) ? 0.05 : 0;
    return Math.min(1, (hits >= 3 ? 0.85 : hits === 2 ? 0.75 : 0.55) + extra);
  },
  parseLines: (lines, source) => readDayFirst(lines, source, format, readPass, 'not a Teams chat paste: no "name, date and time" headers'),
});

/** A line as the grammar reads it, and the last line up to it with any text (for `anyText`). */
interface Seen {
  raw: string;
  head: string;
  stamp: Stamp | undefined;
  lastText: number;
}

/**
 * The lines around the reading position: the grammar looks a few lines ahead and
 * one behind, so only those are kept. Also votes on day-first over every stamp (inferDayFirst).
 */
class Window {
  private readonly seen: Seen[] = [];
  private base = 0;
  private lastTextBefore = -1;
  private done = false;
  dayOver12 = false;
  monthOver12 = false;

  constructor(private readonly lines: Lines) {}

  at(k: number): Seen | undefined {
    // Most calls ask again about a line already read.
    const j = k - this.base;
    if (j < this.seen.length) return this.seen[j];
    while (!this.done && this.base + this.seen.length <= k) {
      const raw = this.lines.next();
      if (raw === undefined) {
        this.done = true;
        break;
      }
      const head = raw === '' ? '' : cleanHeader(raw).trim();
      const stamp = head === '' ? undefined : readStamp(head);
      if (stamp?.numeric) {
        if (stamp.numeric.a > 12) this.dayOver12 = true;
        if (stamp.numeric.b > 12) this.monthOver12 = true;
      }
      const index = this.base + this.seen.length;
      const previous = this.seen.length > 0 ? this.seen[this.seen.length - 1]!.lastText : this.lastTextBefore;
      this.seen.push({ raw, head, stamp, lastText: head !== '' ? index : previous });
    }
    return this.seen[k - this.base];
  }

  /** Lines before `k` are not needed again. */
  release(k: number): void {
    while (this.base < k && this.seen.length > 0) {
      this.lastTextBefore = this.seen.shift()!.lastText;
      this.base++;
    }
  }
}

function readPass(lines: Lines, source: ParseSource, dayFirst: boolean): { messages: Message[]; warnings: Diagnostic[]; dayFirst: boolean } {
    const w = new Window(lines);
    const raws = (k: number) => w.at(k)!.raw;
    const heads = (k: number) => w.at(k)?.head;
    const stamps = (k: number) => w.at(k)?.stamp;
    const warnings: Diagnostic[] = [];
    const resolve = timeResolver({ date: source.date, dayFirst, carry: true, file: source.file, warnings });
    const names = new Interner();
    const messages: Message[] = [];
    let draft: Draft | undefined;
    let pendingReply: string | undefined;

    const finish = () => {
      if (!draft) return;
      const { line, time, author, replyTo } = draft;
      messages.push(message(source.file, line, { time, author, text: bodyText(draft.body), replyTo }));
      const parent = messageRef(messages[messages.length - 1]!);
      for (let k = 0; k < draft.reactions.length; k++) {
        const r = draft.reactions[k]!;
        messages.push(message(source.file, r.line, { text: r.text, kind: 'reaction', replyTo: parent }));
      }
      draft = undefined;
    };
    // A message has at least one line, so a line right after a header is never the next author.
    // The stamp below first: most lines have none, and skip the name test (whose table a body line would only churn).
    const named = (i: number) =>
      !stamps(i) &&
      stamps(i + 1) !== undefined &&
      looksLikeName(heads(i) ?? '') &&
      (draft === undefined || anyText(draft.from, i));
    // Some line in [from, to) has text: the last such line up to `to - 1` is at `from` or later.
    const anyText = (from: number, to: number) => to > from && (w.at(to - 1)?.lastText ?? -1) >= from;
    /** `Name / time`, or an own message: `time` alone, or `time / Name / blank`. */
    const headerAt = (i: number): { author?: string; stamp: Stamp; stampLine: number; next: number } | undefined => {
      if (named(i)) return { author: names.get(heads(i)!), stamp: stamps(i + 1)!, stampLine: i + 2, next: i + 2 };
      const stamp = stamps(i);
      if (!stamp) return undefined;
      const after = heads(i + 1);
      if (after && heads(i + 2) === '' && looksLikeName(after)) return { author: names.get(after), stamp, stampLine: i + 1, next: i + 2 };
      return { stamp, stampLine: i + 1, next: i + 1 };
    };
    const hasText = () => draft !== undefined && draft.body.some((b) => b.trim() !== '');

    let header: ReturnType<typeof headerAt>;
    for (let i = 0; w.at(i) !== undefined; ) {
      w.release(i - 1);
      const h = heads(i)!;
      // A blank line is no reference, system line, header, chrome or reaction: only body.
      if (h === '') {
        if (draft) draft.body.push(raws(i));
        i++;
        continue;
      }
      // The pattern is anchored at `Begin Reference`: other lines skip the call.
      const ref = h.charCodeAt(0) === 66 ? beginReference.exec(h) : null;
      if (ref) {
        // Quoted block: optional quoted author + time, then one line of quoted text.
        let j = i + 1;
        if (named(j)) j += 2;
        else if (stamps(j)) j += 1;
        let quote = ref[1]!.trim();
        if (w.at(j) !== undefined && heads(j) !== '' && !named(j) && !stamps(j)) quote = heads(j++)!;
        if (draft && !hasText()) draft.replyTo = quote;
        else pendingReply = quote;
        i = j;
      } else if (isTeamsSystem(h) && (draft === undefined || hasText())) {
        // (The first line after a header is always that person's text, even if it reads like an event.)
        finish();
        const stamp = stamps(i + 1);
        messages.push(message(source.file, i + 1, { time: stamp && resolve(stamp, i + 2), text: h, kind: 'system' }));
        i += stamp ? 2 : 1;
      } else if ((header = headerAt(i))) {
        finish();
        draft = { line: i + 1, time: resolve(header.stamp, header.stampLine), body: [], from: header.next, reactions: [] };
        if (header.author) draft.author = header.author;
        if (pendingReply !== undefined) draft.replyTo = pendingReply;
        pendingReply = undefined;
        i = header.next;
      } else if (isTeamsChrome(h)) {
        i++;
      } else if (draft && (teamsReactionCount.test(h) || (emojiOnly(h) && hasText()))) {
        // An emoji line followed by its count line is one reaction.
        const pair = emojiOnly(h) && teamsReactionCount.test(heads(i + 1) ?? '');
        draft.reactions.push({ line: i + 1, text: pair ? `${h} ${heads(i + 1)}` : h });
        i += pair ? 2 : 1;
      } else {
        if (draft) draft.body.push(raws(i));
        else if (h !== '') warnings.push(warning(source.file, i + 1, 'line outside any Teams message; skipped'));
        i++;
      }
    }
    finish();
    return { messages, warnings, dayFirst: w.dayOver12 || !w.monthOver12 };
}
