// The quick WhatsApp path (stamps and common records by hand) must read every chat
// exactly as the general path (header regexes and the full classifier) does.
import { Buffer } from 'node:buffer';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linesOf, TextLines } from '../../src/ingest/lines.js';
import { readWhatsApp } from '../../src/ingest/parsers/whatsapp.js';
import { rng } from './seeded.js';

const read = (text: string, quick: boolean, file = 'WhatsApp Chat with Peer Space.txt') => {
  try {
    return readWhatsApp(new TextLines(text), { file }, quick);
  } catch (e) {
    return String(e);
  }
};
const readBytes = (text: string, file = 'WhatsApp Chat with Peer Space.txt') => {
  try {
    return readWhatsApp(linesOf(Buffer.from(text), file), { file }, true);
  } catch (e) {
    return String(e);
  }
};

describe('WhatsApp quick path', () => {
  const NAMES = ['Sam Okafor', 'Chloë Nair', '~ Jo', 'Peer Space', 'Leftie', 'You', 'Sam\u200E', '+44 7700 900123', 'Nguyễn Lan', 'x'.repeat(85)];
  const TEXTS = ['Morning all', 'see the notes', 'agreed', 'I added the notes', 'Sam Okafor left', 'Sam Okafor added Jo', '<Media omitted>', 'image omitted', 'IMAGE OMITTED.',
    'This message was deleted', 'You deleted this message.', 'null', 'Waiting for this message', '<attached: 0001.jpg>', 'x.pdf (file attached)', 'x.pdf (FILE ATTACHED)', 'done (see notes)',
    'great 👍', '👍', 'thanks — done!', 'ok <This message was edited>', 'Robin created group "Peer Space"', 'Robin changed the subject to "Peers"', 'she said "fine"',
    'Messages and calls are end-to-end encrypted.', 'Missed voice call', 'a: b', 'at 2\u202FPM', '\u200Esystem-ish', 'trailing\u200E', 'omit\u200Eted', 'omitted\u200E.', 'spaced ', ' lead', '',
    'ends in nbsp\u00A0', 'soft\u00AD', 'zwj\u200D', 'line\u2028sep', 'x\u2029', 'message', 'the message.', 'deleted', 'thenull', 'https://example.org/rota', 'ë', 'attached)', 'a\u2066b\u2069'];
  const STAMPS_A = ['13/03/2026, 14:02', '14/03/2026, 09:15', '3/6/18 9:05', '2018-06-13, 21.25.15', '13.06.18 21.25.15', '13/03/2026, 24:00', '3/13/26, 2:02\u202FPM', '13/03/2026, 14:02:61'];
  const STAMPS_I = ['[13/03/2026, 14:02:30]', '[14/03/2026, 09:15:00]', '[2018/06/13, 21:25:15]', '[3/13/26, 2:02:01\u202FPM]'];
  const SEPS_A = [' - ', ' - ', ' - ', ': ', ' \u2013 '];

  const chat = (seed: number): string => {
    const { next, pick } = rng(seed);
    const ios = next() < 0.4;
    const lines: string[] = [];
    const n = 1 + Math.floor(next() * 12);
    for (let k = 0; k < n; k++) {
      const r = next();
      if (r < 0.7) {
        const who = next() < 0.85 ? `${pick(NAMES)}: ` : '';
        const mark = next() < 0.05 ? '\u200E' : '';
        lines.push(ios ? `${mark}${pick(STAMPS_I)} ${who || `${pick(NAMES)}: `}${pick(TEXTS)}` : `${mark}${pick(STAMPS_A)}${pick(SEPS_A)}${who}${pick(TEXTS)}`);
      } else if (r < 0.8) lines.push(pick(TEXTS));
      else if (r < 0.85) lines.push(ios ? `${pick(STAMPS_A)} - ${pick(NAMES)}: ${pick(TEXTS)}` : `${pick(STAMPS_I)} ${pick(NAMES)}: ${pick(TEXTS)}`);
      else if (r < 0.9) lines.push('');
      else lines.push(`${pick(TEXTS)} ${pick(TEXTS)}`);
    }
    return lines.join(next() < 0.1 ? '\r\n' : '\n') + pick(['', '\n']);
  };

  it('reads generated chats as the general path does, from text and from bytes', () => {
    for (let seed = 1; seed <= 4000; seed++) {
      const text = chat(seed);
      const want = read(text, false);
      expect(read(text, true), JSON.stringify(text)).toEqual(want);
      // From bytes, line endings are normalised first: compare with the general path on the normalised text.
      expect(readBytes(text), JSON.stringify(text)).toEqual(read(text.replace(/\r\n/g, '\n'), false));
    }
  });

  it('reads every WhatsApp fixture as the general path does', () => {
    const dir = join(import.meta.dirname, '../../fixtures/exports/whatsapp');
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(2);
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8');
      expect(read(text, true, f), f).toEqual(read(text, false, f));
    }
  });
});
