import { describe, expect, it } from 'vitest';
import { decode, normaliseLineEndings } from '../../src/ingest/decode.js';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf16le = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'));
const utf16be = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le').swap16());

describe('decode', () => {
  it('strips a UTF-8 BOM', () => {
    expect(decode(bytes(0xef, 0xbb, 0xbf, 0x61, 0x62), 'f')).toBe('ab');
  });

  it('decodes UTF-16LE and UTF-16BE by their BOM', () => {
    expect(decode(new Uint8Array([0xff, 0xfe, ...utf16le('Zoë\r\nx')]), 'f')).toBe('Zoë\nx');
    expect(decode(new Uint8Array([0xfe, 0xff, ...utf16be('Zoë 👋')]), 'f')).toBe('Zoë 👋');
  });

  it('decodes UTF-16 without a BOM from its NUL bytes', () => {
    expect(decode(utf16le('time\tauthor\tmessage\n'), 'f')).toBe('time\tauthor\tmessage\n');
    expect(decode(utf16be('time\tauthor\tmessage\n'), 'f')).toBe('time\tauthor\tmessage\n');
  });

  it('keeps valid UTF-8 as is, including emoji with ZWJ', () => {
    const text = 'Caf\u00e9 \u{1F469}\u200D\u{1F4BB} \u201cok\u201d';
    expect(decode(new TextEncoder().encode(text), 'f')).toBe(text);
  });

  it('falls back to windows-1252 for invalid UTF-8, including the 0x80-0x9F row', () => {
    // "Café – “draft” €5" in windows-1252
    const b = new Uint8Array(Buffer.from('Caf\xe9 \x96 \x93draft\x94 \x805', 'latin1'));
    expect(decode(b, 'f')).toBe('Café – “draft” €5');
  });

  it('does not decode twice: UTF-8 that looks like mojibake stays as written', () => {
    const text = 'Ã© stays Ã©';
    expect(decode(new TextEncoder().encode(text), 'f')).toBe(text);
  });
});

describe('normaliseLineEndings', () => {
  it('turns CRLF, lone CR and \\r\\r\\n into one \\n each', () => {
    expect(normaliseLineEndings('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
    // Zoom cloud: `Replying to "x"\r\r\n\r\nreply` is one line, one blank line, then the reply.
    expect(normaliseLineEndings('Replying to "x"\r\r\n\r\nreply\r\n')).toBe('Replying to "x"\n\nreply\n');
  });
});
