import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { whatsapp } from '../../../src/ingest/parsers/whatsapp.js';
import { parseExport } from '../../../src/ingest/read-export.js';
import type { DateOrder } from '../../../src/types.js';

const LRM = '\u200E';
const NNBSP = '\u202F';
const parse = (text: string, dateOrder?: DateOrder, file = 'chat.txt') => whatsapp.parse(text, dateOrder ? { file, dateOrder } : { file });
const pick = (text: string, dateOrder?: DateOrder) =>
  parse(text, dateOrder).messages.map(({ time, author, kind, text: t }) => ({ time, author, kind, text: t }));

describe('whatsapp parser', () => {
  it('decides day or month first over the whole file: a later 13/02 settles the earlier 01/02', () => {
    const text = '01/02/2026, 10:00 - Robin Hart: first\n13/02/2026, 10:00 - Robin Hart: later\n';
    expect(pick(text).map((m) => m.time)).toEqual(['2026-02-01T10:00:00', '2026-02-13T10:00:00']);
    const us = '01/02/2026, 10:00 - Robin Hart: first\n02/13/2026, 10:00 - Robin Hart: later\n';
    expect(pick(us).map((m) => m.time)).toEqual(['2026-01-02T10:00:00', '2026-02-13T10:00:00']);
  });

  it('takes day-first when the file cannot tell, and --date-order when given', () => {
    const text = '02/04/2026, 18:00 - Robin Hart: hello\n';
    expect(pick(text)[0]!.time).toBe('2026-04-02T18:00:00');
    expect(pick(text, 'mdy')[0]!.time).toBe('2026-02-04T18:00:00');
    const warned = parse('13/04/2026, 18:00 - Robin Hart: hello\n', 'mdy');
    expect(warned.messages[0]!.time).toBeUndefined();
    expect(warned.warnings[0]).toMatchObject({ line: 1, message: 'cannot read the date or time of this message as mdy; try --date-order' });
  });

  it('warns of a date with a three-digit year (a typo) instead of failing on it', () => {
    const out = parse('3/13/296, 2:02 PM - Robin Hart: hi\n3/13/26, 2:03 PM - Robin Hart: ok\n');
    expect(out.messages.map((m) => [m.time, m.text])).toEqual([[undefined, 'hi'], ['2026-03-13T14:03:00', 'ok']]);
    expect(out.warnings).toMatchObject([{ line: 1, message: 'cannot read the date or time of this message as mdy; try --date-order' }]);
  });

  it('reads 12 AM as midnight and 12 PM as noon, with NNBSP before the meridiem', () => {
    const text = `3/13/26, 12:15${NNBSP}AM - Sam Okafor: late\n3/13/26, 12:30${NNBSP}PM - Sam Okafor: noon\n3/14/26, 2:02${NNBSP}PM - Robin Hart: hi\n`;
    expect(pick(text).map((m) => m.time)).toEqual(['2026-03-13T00:15:00', '2026-03-13T12:30:00', '2026-03-14T14:02:00']);
  });

  it('keeps a body line that starts with a date in its message unless the whole header grammar matches', () => {
    const android = '13/03/2026, 14:07 - Robin Hart: Reminder for next time:\n13/03/2026, 14:00 was when we started\n13/03/2026, 14:08 - Sam Okafor: ok\n';
    expect(pick(android).map((m) => m.text)).toEqual(['Reminder for next time:\n13/03/2026, 14:00 was when we started', 'ok']);
    const ios = '[13/03/2026, 14:02:30] Sam Okafor: Morning all\n[13/03/2026, 14:02:31] is not a header here\n[13/03/2026, 14:03:00] Robin Hart: hi\n';
    expect(pick(ios).map((m) => [m.author, m.text])).toEqual([['Sam Okafor', 'Morning all\n[13/03/2026, 14:02:31] is not a header here'], ['Robin Hart', 'hi']]);
  });

  it('makes iOS system lines with an author system: the group name as author, and the person who acted', () => {
    const text = [
      `${LRM}[13/03/2026, 14:00:05] Peer Space: ${LRM}Messages and calls are end-to-end encrypted.`,
      `[13/03/2026, 14:00:06] Robin Hart: ${LRM}Robin Hart created group "Peer Space"`,
      `[13/03/2026, 14:00:07] Peer Space: ${LRM}Robin Hart added Sam Okafor`,
      `[13/03/2026, 14:00:08] Sam Okafor: I added the notes to the shared drive`,
      `[13/03/2026, 14:00:09] Sam Okafor: ${LRM}Sam Okafor left`,
    ].join('\n');
    expect(pick(text).map((m) => [m.author, m.kind])).toEqual([
      [undefined, 'system'],
      ['Robin Hart', 'system'],
      [undefined, 'system'],
      ['Sam Okafor', 'message'],
      ['Sam Okafor', 'system'],
    ]);
  });

  it('does not split an Android system line at a ": " in its text, nor take an authored line as system', () => {
    const text = '13/03/2026, 14:08 - Robin Hart changed the subject from "Peer Space" to "Peer Space: Spring"\n13/03/2026, 14:09 - Sam Okafor: Robin added a slide\n';
    expect(pick(text).map((m) => [m.author, m.kind])).toEqual([[undefined, 'system'], ['Sam Okafor', 'message']]);
    expect(parse(text).title).toBe('Peer Space: Spring');
  });

  it('turns media, deletions and view-once lines into system records, keeps captions, strips the edit marker', () => {
    const text = [
      '02/04/2026, 18:00 - Robin Hart: IMG-20260402-WA0001.jpg (file attached)',
      'Flyer for April',
      '02/04/2026, 18:01 - Sam Okafor: You deleted this message',
      `02/04/2026, 18:02 - Priya Nair: ${LRM}<attached: 00000042-PHOTO-2026-04-02-18-02-00.jpg>`,
      '02/04/2026, 18:03 - Jordan Lee: Room 3.14 <This message was edited>',
    ].join('\n');
    expect(pick(text).map((m) => [m.kind, m.text])).toEqual([
      ['message', 'Flyer for April'],
      ['system', 'You deleted this message'],
      ['system', '<attached: 00000042-PHOTO-2026-04-02-18-02-00.jpg>'],
      ['message', 'Room 3.14'],
    ]);
  });

  it('keeps a phone number as the author and strips the "~ " of a non-contact', () => {
    const text = `13/03/2026, 14:07 - +44 7700 900123: hello\n[13/03/2026, 14:05:00] x: y`;
    expect(pick(text)[0]!.author).toBe('+44 7700 900123');
    expect(pick(`[13/03/2026, 14:05:00] ~${NNBSP}Casey: Hello\n`)[0]!.author).toBe('Casey');
  });

  it('refuses a text without any WhatsApp header', () => {
    expect(() => parse('hello\nworld\n')).toThrow(InputError);
  });

  it('reads the iOS zip through parseExport: the one .txt beside media, named after the zip', () => {
    const chat = `${LRM}[13/03/2026, 14:00:05] Peer Space: ${LRM}Messages and calls are end-to-end encrypted.\n[13/03/2026, 14:02:30] Sam Okafor: Morning all\n`;
    const zip = zipSync({ '_chat.txt': strToU8(chat), '00000003-PHOTO.jpg': new Uint8Array([0xff, 0xd8, 0xff]) });
    const out = parseExport(zip, { file: 'WhatsApp Chat - Peer Space.zip' });
    expect(out).toMatchObject({ format: 'whatsapp', title: 'Peer Space' });
    expect(out.messages.map((m) => [m.kind, m.file])).toEqual([
      ['system', 'WhatsApp Chat - Peer Space.zip/_chat.txt'],
      ['message', 'WhatsApp Chat - Peer Space.zip/_chat.txt'],
    ]);
  });
});
