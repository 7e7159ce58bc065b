/** MS Teams meeting chat pasted from the classic (pre-2023) client: `[10:02] Robin Hart` then the text. */
import type { Diagnostic, Message, ParseSource } from '../../types.js';
import { addBodyLine, type BodyLines, bodyLinesText } from '../body-lines.js';
import { Interner } from '../intern.js';
import { lineParser, type Lines } from '../lines.js';
import { isTeamsChrome, isTeamsSystem, teamsReactionSuffix } from '../keywords/teams.js';
import { readDayFirst, readStamp, timeResolver } from '../teams-time.js';
import { chatMessage, cleanHeader, message, messageRef, splitLines, warning } from '../text.js';

const format = 'teams-classic';
const bracket = /^\[([^\]]{3,40})\]\s*(.*)$/;

/** `[time] Name` at the start of a block; a body line such as `[10:30] works` mid-block is text. */
function readHeader(head: string, previous: string | undefined) {
  if (previous !== undefined && previous.trim() !== '') return undefined;
  const m = bracket.exec(head);
  const stamp = m ? readStamp(m[1]!) : undefined;
  return stamp && { stamp, author: m![2]!.trim() };
}

export const teamsClassic = lineParser({
  format,
  platform: 'MS Teams',
  description: 'MS Teams chat pasted from the classic client: "[10:02] Name" blocks, reaction lines like " like 2"',
  detect(head) {
    const lines = splitLines(head).slice(0, 80).map(cleanHeader);
    const hits = lines.filter((l, i) => readHeader(l, lines[i - 1])?.author).length;
    if (hits === 0) return 0;
    return hits >= 3 ? 0.85 : hits === 2 ? 0.75 : 0.55;
  },
  parseLines: (lines, source) => readDayFirst(lines, source, format, readPass, 'not a classic Teams chat paste: no "[time] Name" lines'),
});

/** One pass with `dayFirst` assumed; `dayFirst` in the result is what the file's own dates say. */
function readPass(lines: Lines, source: ParseSource, dayFirst: boolean): { messages: Message[]; warnings: Diagnostic[]; dayFirst: boolean } {
  const file = source.file;
  const warnings: Diagnostic[] = [];
  const resolve = timeResolver({ date: source.date, dayFirst, carry: false, file, warnings });
  const messages: Message[] = [];
  const authors = new Interner();
  const times = new Interner();
  // inferDayFirst over the headers' stamps, as they go by.
  let dayOver12 = false;
  let monthOver12 = false;
  // The open message; its body as BodyLines, so the blank line before the next header costs nothing.
  let draft: ({ line: number; time: string; author: string } & BodyLines) | undefined;
  const reactions: { line: number; text: string }[] = [];

  const finish = () => {
    if (!draft) return;
    messages.push(chatMessage(file, draft.line, draft.time, draft.author, bodyLinesText(draft)));
    if (reactions.length > 0) {
      const parent = messageRef(messages[messages.length - 1]!);
      for (let k = 0; k < reactions.length; k++) messages.push(message(file, reactions[k]!.line, { text: reactions[k]!.text, kind: 'reaction', replyTo: parent }));
      reactions.length = 0;
    }
    draft = undefined;
  };

  let previous: string | undefined;
  for (let raw = lines.next(); raw !== undefined; raw = lines.next()) {
    // A blank line is no header, system, reaction or chrome line: only body.
    if (raw === '') {
      previous = '';
      if (draft) draft.blanks++;
      continue;
    }
    const h = cleanHeader(raw).trim();
    const header = readHeader(h, previous);
    const blockStart = previous === undefined || previous === '';
    previous = h;
    if (header) {
      finish();
      const n = header.stamp.numeric;
      if (n && n.a > 12) dayOver12 = true;
      if (n && n.b > 12) monthOver12 = true;
      draft = { line: lines.line, time: times.get(resolve(header.stamp, lines.line)), author: authors.get(header.author), blanks: 0 };
    } else if (blockStart && isTeamsSystem(h)) {
      finish();
      messages.push(message(file, lines.line, { text: h, kind: 'system' }));
    } else if (draft && teamsReactionSuffix.test(h)) {
      reactions.push({ line: lines.line, text: h });
    } else if (isTeamsChrome(h)) {
      // interface text: not part of anyone's message
    } else if (draft) {
      addBodyLine(draft, raw);
    } else if (h !== '') {
      warnings.push(warning(file, lines.line, 'line outside any Teams message; skipped'));
    }
  }
  finish();
  return { messages, warnings, dayFirst: dayOver12 || !monthOver12 };
}
