/** Zoom cloud-recording chat file (Z4): `00:01:05⇥Name:⇥text`, times elapsed since the recording started. */
import { InputError } from '../../errors.js';
import type { Diagnostic, Message, Parser } from '../../types.js';
import { cleanHeader, finishExport, joinBody, message, splitLines, warning } from '../text.js';
import { readBody } from '../zoom-body.js';

const header = /^(\d{1,2}):(\d{2}):(\d{2})\t([^\t]+?):\t(.*)$/;
const format = 'zoom-cloud';

export const zoomCloud: Parser = {
  format,
  platform: 'Zoom',
  description: 'Zoom cloud-recording chat file (Z4): elapsed HH:MM:SS, TAB, name, colon, TAB, text',
  detect(head, name) {
    const hits = splitLines(head).slice(0, 60).map(cleanHeader).filter((l) => header.test(l)).length;
    if (hits === 0) return 0;
    const bonus = /^GMT\d{8}-\d{6}/.test(name.split(/[\\/]/).at(-1) ?? '') ? 0.05 : 0;
    return Math.min(1, (hits >= 3 ? 0.9 : hits === 2 ? 0.8 : 0.6) + bonus);
  },
  parse(text, source) {
    const warnings: Diagnostic[] = [];
    const records: { line: number; time: string; author: string; body: string[] }[] = [];
    splitLines(text).forEach((raw, i) => {
      const m = header.exec(cleanHeader(raw));
      if (m) {
        records.push({ line: i + 1, time: `${m[1]!.padStart(2, '0')}:${m[2]}:${m[3]}`, author: m[4]!.trim(), body: [m[5]!] });
      } else if (records.length > 0) {
        // Bare continuation lines; the blank line after `Replying to` is content, not a break.
        records.at(-1)!.body.push(raw);
      } else if (raw.trim() !== '') {
        warnings.push(warning(source.file, i + 1, 'line before the first Zoom cloud chat message; skipped'));
      }
    });
    if (records.length === 0) throw new InputError(source.file, 'not a Zoom cloud chat: no "HH:MM:SS<TAB>Name:<TAB>text" lines');
    const messages: Message[] = [];
    for (const r of records) {
      const body = readBody(joinBody(r.body), messages.at(-1)?.id);
      // Only public chat reaches the cloud file (Zoom KB0067315), so every message is to everyone.
      messages.push(message(format, source.file, r.line, { time: r.time, author: r.author, to: 'everyone', ...body }));
    }
    // Offsets, not clock times: no start/end, and no date attached to them.
    return finishExport({ format, platform: 'Zoom', offsets: true }, messages, warnings);
  },
};
