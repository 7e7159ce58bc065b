import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { parseExport } from '../../src/ingest/read-export.js';

const bytes = (s: string) => new TextEncoder().encode(s);
const z3 = '14:02:11 From Robin Hart to Everyone:\n\tWelcome\n14:03:00 From Sam Okafor to Everyone:\n\tHi\n';

describe('parseExport', () => {
  it('takes the date and title from a Zoom folder name', () => {
    const out = parseExport(bytes(z3), { file: 'Zoom/2026-03-13 14.00.05 Peer Space/meeting_saved_chat.txt' });
    expect(out).toMatchObject({ format: 'zoom', platform: 'Zoom', title: 'Peer Space', date: '2026-03-13', start: '14:02', end: '14:03' });
    expect(out.messages[0]!.time).toBe('2026-03-13T14:02:11');
    expect(out.messages[0]!).toMatchObject({ file: 'Zoom/2026-03-13 14.00.05 Peer Space/meeting_saved_chat.txt', line: 1 });
  });

  it('lets --date win over the path', () => {
    const out = parseExport(bytes(z3), { file: '2026-03-13 14.00.05 Topic/meeting_saved_chat.txt', date: '2026-03-20' });
    expect(out.date).toBe('2026-03-20');
    expect(out.messages[1]!.time).toBe('2026-03-20T14:03:00');
  });

  it('keeps the date the content says over the path', () => {
    const text = 'Robin Hart\n13/03/2026 14:02\n\nhi\nSam Okafor\n13/03/2026 14:03\n\nyo\n';
    expect(parseExport(bytes(text), { file: '2026-01-01-notes.txt' }).date).toBe('2026-03-13');
  });

  it('decodes UTF-16 and CRLF before detection', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(z3.replace(/\n/g, '\r\n'), 'utf16le')]);
    expect(parseExport(utf16, { file: 'chat.txt' }).messages.map((m) => m.text)).toEqual(['Welcome', 'Hi']);
  });

  it('throws the "not this format" InputError for a forced wrong format', () => {
    expect(() => parseExport(bytes('timestamp,author,message\n1,A,x\n'), { file: 'a.csv', format: 'zoom' })).toThrow(InputError);
  });
});
