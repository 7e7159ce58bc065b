import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contextFromPath } from '../../src/ingest/context.js';
import { decode } from '../../src/ingest/decode.js';
import { ByteLines, linesOf, TextLines, type Lines } from '../../src/ingest/lines.js';
import { parsers } from '../../src/ingest/parsers/index.js';
import { parseExport } from '../../src/ingest/read-export.js';
import { isExportFixture } from '../support/export-input.js';

const all = (lines: Lines): string[] => {
  const out: string[] = [];
  for (let l = lines.next(); l !== undefined; l = lines.next()) {
    out.push(l);
    expect(lines.line).toBe(out.length);
  }
  return out;
};

const samples = ['', 'a', 'a\n', '\n', 'a\nb', 'a\r\nb\r\n', 'a\r\r\nb', 'a\rb\r', 'x\r\r\r\ny', 'é\r\n👍\rü', '\r', 'a\n\n\nb\r\n\r\n'];

describe('lines', () => {
  it.each(samples)('reads %j as decode + split does, from text and from bytes', (s) => {
    const want = decode(Buffer.from(s), 'x').split('\n');
    expect(all(new TextLines(decode(Buffer.from(s), 'x')))).toEqual(want);
    const bytes = new ByteLines(Buffer.from(s));
    expect(all(bytes)).toEqual(want);
    bytes.rewind();
    expect(all(bytes)).toEqual(want);
    expect(bytes.text()).toBe(want.join('\n'));
  });

  it('drops a BOM (twice, as decode does) and gives the head decode gives', () => {
    const s = '\uFEFF\uFEFFWEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\nNguyễn 👍\r\n'.repeat(50);
    const bytes = Buffer.from(s);
    const lines = linesOf(bytes, 'x');
    expect(lines).toBeInstanceOf(ByteLines);
    expect(lines.head(4096)).toBe(decode(bytes, 'x').slice(0, 4096));
    expect(all(lines)).toEqual(decode(bytes, 'x').split('\n'));
  });

  it('leaves UTF-16 and windows-1252 to decode', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a\r\nb', 'utf16le')]);
    expect(linesOf(utf16, 'x')).toBeInstanceOf(TextLines);
    expect(all(linesOf(utf16, 'x'))).toEqual(['a', 'b']);
    const cp1252 = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a, 0x80]);
    expect(all(linesOf(cp1252, 'x'))).toEqual(['café', '€']);
  });
});

// Every line parser must read a fixture the same from bytes (ByteLines), from text
// (TextLines, through UTF-16) and with Windows line endings.
const root = join(import.meta.dirname, '../../fixtures/exports');
const files = readdirSync(root).flatMap((format) =>
  readdirSync(join(root, format))
    .filter((f) => isExportFixture(f) && !f.endsWith('.zip') && !f.endsWith('.docx') && statSync(join(root, format, f)).isFile())
    .map((f) => ({ format, file: f, path: join(root, format, f) })),
);
const lineFormats = new Set(parsers.filter((p) => 'parseLines' in p).map((p) => p.format));

describe('line parsers read bytes and text alike', () => {
  it.each(files.filter((f) => lineFormats.has(f.format)))('$format/$file', ({ format, file, path }) => {
    const bytes = readFileSync(path);
    const opts = { file: `${format}/${file}` };
    const fromBytes = parseExport(bytes, opts);
    const text = decode(bytes, file);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(parseExport(utf16, opts)).toEqual(fromBytes);
    expect(parseExport(Buffer.from(text.replace(/\n/g, '\r\n')), opts)).toEqual(fromBytes);
    const parser = parsers.find((p) => p.format === format)!;
    const date = contextFromPath(opts.file).date;
    expect(parser.parse(text, date ? { ...opts, date } : opts).messages).toEqual(fromBytes.messages);
  });
});
