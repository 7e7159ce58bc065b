/** The Zoom cloud chat parser as it was before its hand-read header: every header through the regex. The reference the fast one in src must agree with. */
import { InputError } from '../../../src/errors.js';
import type { Diagnostic, Message } from '../../../src/types.js';
import { ClockInterner, Interner } from '../../../src/ingest/intern.js';
import { lineParser } from '../../../src/ingest/lines.js';
import { cleanHeader, finishExport, isBlank, joinBody, message, messageRef, rawTail, splitLines, warning } from '../../../src/ingest/text.js';
import { readBody } from '../../../src/ingest/zoom-body.js';

const header = /^(\d{1,2}):(\d{2}):(\d{2})\t([^\t]+?):\t(.*)$/s;
const format = 'zoom-cloud';

/** The header's parts by the regex alone: `HH:MM:SS` (hours padded), the name as written, the text. */
function readHead(head: string): { time: string; author: string; text: string } | undefined {
  const m = header.exec(head);
  return m ? { time: `${m[1]!.length === 1 ? '0' : ''}${m[1]}:${m[2]}:${m[3]}`, author: m[4]!, text: m[5]! } : undefined;
}

export const zoomCloudByRegex = lineParser({
  format,
  platform: 'Zoom',
  description: 'Zoom cloud-recording chat file (Z4): elapsed HH:MM:SS, TAB, name, colon, TAB, text',
  detect(head, name) {
    const hits = splitLines(head).slice(0, 60).map(cleanHeader).filter((l) => header.test(l)).length;
    if (hits === 0) return 0;
    const bonus = /^GMT\d{8}-\d{6}/.test(name.split(/[\\/]/).at(-1) ?? '') ? 0.05 : 0;
    return Math.min(1, (hits >= 3 ? 0.9 : hits === 2 ? 0.8 : 0.6) + bonus);
  },
  parseLines(lines, source) {
    const file = source.file;
    const warnings: Diagnostic[] = [];
    const messages: Message[] = [];
    // Names and offsets repeat across a long file: one string per distinct value.
    const authors = new Interner();
    const offsets = new ClockInterner();
    // The open record: its line, time, author, and body as a first line plus any more.
    let line = 0;
    let time = '';
    let author: string | undefined;
    let body = '';
    let more: string[] | undefined;
    const finish = () => {
      const b = readBody(more === undefined ? (isBlank(body) ? '' : body) : joinBody([body, ...more]), messages.length > 0 ? messageRef(messages[messages.length - 1]!) : undefined);
      // Only public chat reaches the cloud file (Zoom KB0067315), so every message is to everyone.
      messages.push(message(file, line, { time, author, text: b.text, kind: b.kind, to: 'everyone', replyTo: b.replyTo }));
    };
    for (let raw = lines.next(); raw !== undefined; raw = lines.next()) {
      // A header starts with a digit (or a mark the cleaning drops).
      const c = raw.charCodeAt(0);
      const clean = (c >= 48 && c <= 57) || c >= 0x80 ? cleanHeader(raw) : undefined;
      const m = clean === undefined ? undefined : readHead(clean);
      if (m) m.text = rawTail(raw, clean!, m.text);
      if (m) {
        if (author !== undefined) finish();
        line = lines.line;
        time = offsets.get(m.time);
        author = authors.get(m.author.trim());
        body = lines.own(raw, m.text);
        more = undefined;
      } else if (author !== undefined) {
        // Bare continuation lines; the blank line after `Replying to` is content, not a break.
        (more ??= []).push(raw);
      } else if (raw.trim() !== '') {
        warnings.push(warning(file, lines.line, 'line before the first Zoom cloud chat message; skipped'));
      }
    }
    if (author !== undefined) finish();
    if (messages.length === 0) throw new InputError(file, 'not a Zoom cloud chat: no "HH:MM:SS<TAB>Name:<TAB>text" lines');
    // Offsets, not clock times: no start/end, and no date attached to them.
    return finishExport({ format, platform: 'Zoom', offsets: true }, messages, warnings);
  },
});
