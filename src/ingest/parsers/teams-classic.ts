/** MS Teams meeting chat pasted from the classic (pre-2023) client: `[10:02] Robin Hart` then the text. */
import { InputError } from '../../errors.js';
import type { Diagnostic, Message, Parser } from '../../types.js';
import { isTeamsChrome, isTeamsSystem, teamsReactionSuffix } from '../keywords/teams.js';
import { inferDayFirst, readStamp, timeResolver } from '../teams-time.js';
import { cleanHeader, commonDate, finishExport, joinBody, message, splitLines, warning } from '../text.js';

const format = 'teams-classic';
const bracket = /^\[([^\]]{3,40})\]\s*(.*)$/;

/** `[time] Name` at the start of a block; a body line such as `[10:30] works` mid-block is text. */
function readHeader(head: string, previous: string | undefined) {
  if (previous !== undefined && previous.trim() !== '') return undefined;
  const m = bracket.exec(head);
  const stamp = m ? readStamp(m[1]!) : undefined;
  return stamp && { stamp, author: m![2]!.trim() };
}

export const teamsClassic: Parser = {
  format,
  platform: 'MS Teams',
  description: 'MS Teams chat pasted from the classic client: "[10:02] Name" blocks, reaction lines like " like 2"',
  detect(head) {
    const lines = splitLines(head).slice(0, 80).map(cleanHeader);
    const hits = lines.filter((l, i) => readHeader(l, lines[i - 1])?.author).length;
    if (hits === 0) return 0;
    return hits >= 3 ? 0.85 : hits === 2 ? 0.75 : 0.55;
  },
  parse(text, source) {
    const lines = splitLines(text);
    const heads = lines.map((l) => cleanHeader(l).trim());
    const headers = heads.map((h, i) => readHeader(h, heads[i - 1]));
    const warnings: Diagnostic[] = [];
    const dayFirst = inferDayFirst(headers.map((h) => h?.stamp));
    const resolve = timeResolver({ date: source.date, dayFirst, carry: false, file: source.file, warnings });
    const messages: Message[] = [];
    let draft: { line: number; time: string; author: string; body: string[] } | undefined;
    const reactions: { line: number; text: string }[] = [];

    const finish = () => {
      if (!draft) return;
      messages.push(message(format, source.file, draft.line, { time: draft.time, author: draft.author, text: joinBody(draft.body) }));
      const parent = messages.at(-1)!.id;
      for (const r of reactions) messages.push(message(format, source.file, r.line, { text: r.text, kind: 'reaction', replyTo: parent }));
      reactions.length = 0;
      draft = undefined;
    };

    heads.forEach((h, i) => {
      const header = headers[i];
      const blockStart = i === 0 || heads[i - 1] === '';
      if (header) {
        finish();
        draft = { line: i + 1, time: resolve(header.stamp, i + 1), author: header.author, body: [] };
      } else if (blockStart && isTeamsSystem(h)) {
        finish();
        messages.push(message(format, source.file, i + 1, { text: h, kind: 'system' }));
      } else if (draft && teamsReactionSuffix.test(h)) {
        reactions.push({ line: i + 1, text: h });
      } else if (isTeamsChrome(h)) {
        // interface text: not part of anyone's message
      } else if (draft) {
        draft.body.push(lines[i]!);
      } else if (h !== '') {
        warnings.push(warning(source.file, i + 1, 'line outside any Teams message; skipped'));
      }
    });
    finish();
    if (!messages.some((m) => m.kind === 'message')) {
      throw new InputError(source.file, 'not a classic Teams chat paste: no "[time] Name" lines');
    }
    return finishExport({ format, platform: 'MS Teams', date: commonDate(messages) }, messages, warnings);
  },
};
