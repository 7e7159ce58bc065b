import { describe, expect, it } from 'vitest';
import { readHeader } from '../../src/ingest/whatsapp-header.js';

const LRM = '\u200E';
const NNBSP = '\u202F';
const NBSP = '\u00A0';

describe('readHeader', () => {
  it('reads an iOS header behind an LRM, which \\s does not match', () => {
    const line = `${LRM}[13/03/2026, 14:00:05] Peer Space: ${LRM}Messages and calls are end-to-end encrypted.`;
    expect(/^\s*\[/.test(line)).toBe(false);
    expect(readHeader(line)).toMatchObject({ style: 'ios', date: { a: 13, b: 3, c: 2026 }, hours: '14', minutes: '00', seconds: '05', rest: 'Peer Space: Messages and calls are end-to-end encrypted.' });
  });

  it('reads a 12-hour clock with NNBSP or NBSP before the meridiem, and Spanish "p. m."', () => {
    expect(readHeader(`3/13/26, 2:02${NNBSP}PM - Robin Hart: Welcome!`)).toMatchObject({ style: 'android', hours: '2', meridiem: 'P', rest: 'Robin Hart: Welcome!' });
    expect(readHeader(`3/6/18 1:55 p.${NBSP}m. - Robin: hola`)).toMatchObject({ meridiem: 'p', rest: 'Robin: hola' });
    expect(readHeader(`[14/10/2021, 3:34:09${NNBSP}PM] Sam: hi`)).toMatchObject({ style: 'ios', meridiem: 'P' });
    expect(readHeader(`01/01/2019, 11:25 a. m. - Sam: hi`)).toMatchObject({ meridiem: 'a' });
  });

  it('cuts the body from the original line, so its own NNBSP and marks survive', () => {
    const line = `3/13/26, 2:02${NNBSP}PM - Robin Hart: at 2${NNBSP}PM ${LRM}sharp`;
    const h = readHeader(line)!;
    expect(line.slice(h.restAt)).toBe(`Robin Hart: at 2${NNBSP}PM ${LRM}sharp`);
  });

  it('reads dashes, dots, klo, seconds and a colon separator', () => {
    expect(readHeader('03-06-2018, 01.55 PM - Sam: hi')).toMatchObject({ hours: '01', minutes: '55', meridiem: 'P' });
    expect(readHeader('13.06.18 21.25.15: Sam: hi')).toMatchObject({ seconds: '15', rest: 'Sam: hi' });
    expect(readHeader('13.6.2018 klo 21.25.15 - Sam: hi')).toMatchObject({ hours: '21', rest: 'Sam: hi' });
    expect(readHeader('[2018/06/13, 21:25:15] Sam: hi')).toMatchObject({ date: { a: 2018, yearFirst: true } });
  });

  it('refuses a bracketed stamp without "Name: " (a pasted time inside a body), and plain text', () => {
    expect(readHeader('[13/03/2026, 14:02:31] is not a header when it sits inside a message body')).toBeUndefined();
    expect(readHeader('13/03/2026, 14:02 was when we started')).toBeUndefined();
    expect(readHeader('Morning all')).toBeUndefined();
  });
});
