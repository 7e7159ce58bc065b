/** Google Meet chat saved beside a recording: SubViewer `.sbv` cues of `Name: text` lines. */
import { InputError } from '../../errors.js';
import type { Diagnostic, Message, Parser } from '../../types.js';
import { recordingStartFromName, timeAfter } from '../recording-start.js';
import { cleanHeader, finishExport, joinBody, message, splitLines, warning } from '../text.js';

const format = 'sbv';
const cueLine = /^(\d{1,2}):(\d{2}):(\d{2})\.(\d{1,3}),\d{1,2}:\d{2}:\d{2}\.\d{1,3}$/;
const named = /^([^:]{1,80}?): (.*)$/;
const fullName = /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){1,3}$/u;

interface Draft {
  line: number;
  time: string;
  author?: string;
  body: string[];
}

/**
 * Authors are the names that open a cue. A later line in a cue starts a new
 * message only with one of those names or a capitalised full name ("Jordan Lee"),
 * so "Note: bring a pen" stays a continuation.
 */
function cueAuthors(lines: string[]): Set<string> {
  const out = new Set<string>();
  lines.forEach((l, i) => {
    if (i > 0 && cueLine.test(lines[i - 1]!.trim())) {
      const m = named.exec(cleanHeader(l));
      if (m) out.add(m[1]!.trim());
    }
  });
  return out;
}

export const sbv: Parser = {
  format,
  platform: 'Google Meet',
  description: 'Google Meet chat saved with a recording (.sbv): "H:MM:SS.mmm,H:MM:SS.mmm" cue, then "Name: text" lines',
  detect(head, name) {
    const hits = splitLines(head).slice(0, 80).filter((l) => cueLine.test(l.trim())).length;
    if (hits === 0) return 0;
    const bonus = /\.sbv$/i.test(name) ? 0.05 : 0;
    return Math.min(1, (hits >= 2 ? 0.9 : 0.6) + bonus);
  },
  parse(text, source) {
    const lines = splitLines(text);
    const authors = cueAuthors(lines);
    const warnings: Diagnostic[] = [];
    // Offsets stay offsets unless the recording's name says when it started (Meet: "(2026-03-13 14:00 GMT)").
    const rec = recordingStartFromName(source.file);
    if (rec) warnings.push(warning(source.file, undefined, `times are offsets from the recording start in the file name ("${rec.from}")`));
    const drafts: Draft[] = [];
    let time: string | undefined;
    lines.forEach((raw, i) => {
      const cue = cueLine.exec(raw.trim());
      if (cue) {
        const ms = ((Number(cue[1]) * 60 + Number(cue[2])) * 60 + Number(cue[3])) * 1000 + Number(cue[4]!.padEnd(3, '0'));
        time = rec ? timeAfter(rec, ms) : `${cue[1]!.padStart(2, '0')}:${cue[2]}:${cue[3]}`;
        drafts.push({ line: i + 1, time, body: [] });
        return;
      }
      const current = drafts.at(-1);
      if (!current || time === undefined) {
        if (raw.trim() !== '') warnings.push(warning(source.file, i + 1, 'line before the first .sbv cue; skipped'));
        return;
      }
      const m = named.exec(cleanHeader(raw));
      const opensCue = current.author === undefined && current.body.length === 0;
      if (m && (opensCue || authors.has(m[1]!.trim()) || fullName.test(m[1]!.trim()))) {
        const author = m[1]!.trim();
        if (opensCue) Object.assign(current, { line: i + 1, author, body: [m[2]!] });
        else drafts.push({ line: i + 1, time, author, body: [m[2]!] });
      } else current.body.push(raw);
    });
    const messages: Message[] = [];
    for (const d of drafts) {
      const body = joinBody(d.body);
      if (body === '') continue;
      if (d.author === undefined) warnings.push(warning(source.file, d.line, 'cue without a "Name: " line; kept without an author'));
      messages.push(message(format, source.file, d.line, { time: d.time, author: d.author, text: body, to: 'everyone' }));
    }
    if (messages.length === 0) throw new InputError(source.file, 'not a Google Meet .sbv chat: no "H:MM:SS.mmm,H:MM:SS.mmm" cues with text');
    // Zoned or offset times get no start/end here: the summarise header works them out.
    return finishExport({ format, platform: 'Google Meet', offsets: true, ...(rec ? { date: rec.local.slice(0, 10) } : {}) }, messages, warnings);
  },
};
