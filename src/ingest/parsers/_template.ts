/**
 * Scaffold for a new parser: copy to `<format>.ts`, fill in, add it to
 * `index.ts` (order matters), and add `fixtures/exports/<format>/` cases.
 * Not registered: this file is an example only.
 */
import { InputError } from '../../errors.js';
import type { Diagnostic, Message, Parser } from '../../types.js';
import { finishExport, message, splitLines, warning } from '../text.js';

const format = 'example';
/** The one line shape that makes a record header in this format. */
const header = /^(\d{2}:\d{2}:\d{2}) (.+?): (.*)$/;

export const example: Parser = {
  format,
  platform: 'Example',
  description: 'one line per message: "HH:MM:SS Name: text"',
  // Cheap: look at the head only, return 0..1; never parse the whole file here.
  detect(head) {
    const hits = splitLines(head).slice(0, 40).filter((l) => header.test(l)).length;
    return hits >= 2 ? 0.8 : hits === 1 ? 0.5 : 0;
  },
  // Pure: text in, data out. Unparseable lines become warnings; throw only when it is not this format at all.
  parse(text, source) {
    const messages: Message[] = [];
    const warnings: Diagnostic[] = [];
    splitLines(text).forEach((line, i) => {
      const m = header.exec(line);
      if (m) messages.push(message(source.file, i + 1, { time: m[1], author: m[2]!.trim(), text: m[3]! }));
      else if (line.trim() !== '') warnings.push(warning(source.file, i + 1, 'not an example chat line; skipped'));
    });
    if (messages.length === 0) throw new InputError(source.file, 'not an example chat');
    return finishExport({ format, platform: 'Example' }, messages, warnings);
  },
};
