import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { decode } from '../../src/ingest/decode.js';
import { idKey, RecordIds, streamJson, utf8Bytes } from '../../src/ingest/json-stream.js';
import { parsers } from '../../src/ingest/parsers/index.js';
import { slack } from '../../src/ingest/parsers/slack.js';
import { telegram } from '../../src/ingest/parsers/telegram.js';
import { parseExport } from '../../src/ingest/read-export.js';

const read = (text: string, isRecordArray = (depth: number, key?: string) => depth === 0 || key === 'value', single = false) => {
  const items: [unknown, number, number][] = [];
  const outlines: [unknown, number][] = [];
  const result = streamJson(Buffer.from(text), 'f.json', {
    what: 'not a test export',
    single,
    isRecordArray,
    onItem: (item, line, array) => items.push([item, line, array]),
    onValue: (v, line) => outlines.push([v, line]),
  });
  return { items, outlines, ...result };
};

const failure = (fn: () => unknown): InputError => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('no error');
};

describe('streamJson', () => {
  it('hands on each record with its line and leaves its array number in the outline', () => {
    const text = '{"name":"x","value":[\n{"a":"} \\" {"},\n{"b":[{"nested":1}], "value":[{"c":2}]}\n,3]}{"value":[{"c":"x"}]}\n[{"d":1},\n {"e":"\\\\"}]';
    const out = read(text);
    expect(out.items).toEqual([
      [{ a: '} " {' }, 2, 0],
      [{ b: [{ nested: 1 }], value: [{ c: 2 }] }, 3, 0],
      [3, 4, 0],
      [{ c: 'x' }, 4, 1],
      [{ d: 1 }, 5, 2],
      [{ e: '\\' }, 6, 2],
    ]);
    expect(out.outlines).toEqual([[{ name: 'x', value: [0] }, 1], [{ value: [1] }, 4], [[2], 5]]);
    expect(out.counts).toEqual([3, 1, 2]);
  });

  it('counts lines as decode does: CRLF, lone CR and CRCRLF each end one, and skips BOMs', () => {
    const out = read('\uFEFF[\r\n{"a":1},\r{"b":2},\r\r\n{"c":"a long string that is skipped with indexOf, not byte by byte"}\n]');
    expect(out.items.map(([, line]) => line)).toEqual([2, 3, 4]);
  });

  it('reads keys only where a colon follows, and arrays only where the caller says', () => {
    const out = read('{"x":["value",[{"a":1}]],"meta":{"value":[{"b":1}]}}', (depth, key) => depth === 2 && key === 'value');
    expect(out.items).toEqual([[{ b: 1 }, 1, 0]]);
    expect(out.outlines[0]![0]).toEqual({ x: ['value', [{ a: 1 }]], meta: { value: [0] } });
  });

  it.each([
    ['{"value":[\n{"a":1},\n{"b":x}\n]}', 3, /Unexpected token 'x'/],
    ['{"value":[\n{"a":1}\n{"b":2}]}', 3, /expected ',' or '\]' after an array item/],
    ['{"value":[\n{"a":1},\n]}', 3, /expected a value/],
    ['{"title":\n"x",, "value":[]}', 2, /not valid JSON/],
    ['{"value":[\n{"a":"open\n', 2, /unterminated string|end of the file/],
    ['{"value":[{"a":1}]}\n\nnope', 3, /unexpected text/],
    ['  \n x', 2, /not valid JSON$/],
  ])('turns malformed JSON %j into one InputError naming the file and line', (text, line, reason) => {
    const error = failure(() => read(text));
    expect(error.line).toBe(line);
    expect(error.message).toMatch(new RegExp(`^f\\.json:${line}: not a test export: `));
    expect(error.message).toMatch(reason);
    expect(error.message).not.toContain('\n');
  });

  it('refuses a second top-level value when the file holds one', () => {
    expect(failure(() => read('{"a":1}\n{"b":2}', () => false, true)).message).toBe('f.json:2: not a test export: not valid JSON (unexpected text after the JSON value)');
  });

  it('gives UTF-8 bytes as they are and re-encodes UTF-16 and windows-1252', () => {
    const utf8 = Buffer.from('{"a":"café 👍"}');
    expect(utf8Bytes(utf8, 'x')).toBe(utf8);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"a":"café 👍"}', 'utf16le')]);
    expect(utf8Bytes(utf16, 'x').toString()).toBe('{"a":"café 👍"}');
    expect(utf8Bytes(Buffer.from([0x7b, 0x7d, 0xe9, 0x80]), 'x').toString()).toBe('{}é€');
  });

  it('makes record ids unique on a shared line, and ids that name one number meet', () => {
    const ids = new RecordIds('f');
    expect([1, 1, 2, 2, 2, 3].map((l) => ids.next(l))).toEqual(['f:1', 'f:1.2', 'f:2', 'f:2.2', 'f:2.3', 'f:3']);
    expect([idKey(7), idKey('7'), idKey('007'), idKey('1234567890123456789012'), idKey(null)]).toEqual([7, 7, '007', '1234567890123456789012', undefined]);
  });
});

// Every JSON fixture reads the same from UTF-8 bytes, as text (parse), from UTF-16 and with Windows line endings.
const root = join(import.meta.dirname, '../../fixtures/exports');
const jsonFormats = ['teams-graph', 'telegram', 'discord-json', 'webex'];
const files = jsonFormats.flatMap((format) => readdirSync(join(root, format)).filter((f) => /^[^.]+\.json$/.test(f) || (f.endsWith('.json') && !/\.(expected|overview)\.json$/.test(f))).map((file) => ({ format, file })));

describe('JSON parsers read bytes and text alike', () => {
  it('has a fixture per format', () => {
    expect(new Set(files.map((f) => f.format))).toEqual(new Set(jsonFormats));
  });

  it.each(files)('$format/$file', ({ format, file }) => {
    const bytes = readFileSync(join(root, format, file));
    const opts = { file: `${format}/${file}` };
    const fromBytes = parseExport(bytes, opts);
    expect(fromBytes.format).toBe(format);
    const text = decode(bytes, file);
    expect(parsers.find((p) => p.format === format)!.parse(text, opts).messages).toEqual(fromBytes.messages);
    const utf16 = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    expect(parseExport(utf16, opts)).toEqual(fromBytes);
    expect(parseExport(Buffer.from(text.replace(/\n/g, '\r\n')), opts)).toEqual(fromBytes);
    // One record broken: the error names the file and the record's line.
    const lines = text.split('\n');
    let line = fromBytes.messages[1]!.line!;
    while (!/"\s*:/.test(lines[line - 1]!)) line++;
    lines[line - 1] = lines[line - 1]!.replace(/"\s*:/, '" ');
    const error = failure(() => parseExport(Buffer.from(lines.join('\n')), opts));
    expect(error.message).toMatch(new RegExp(`^${format}/${file}:${line}: not .*not valid JSON \\(Expected ':' after property name\\)$`));
  });
});

describe('telegram from bytes', () => {
  it('reads windows-1252 and gives Unix times as toISOString does, across days and years', () => {
    const stamps = [0, 59, 86399, 86400, 951782400, 1773410531, 4102444799, 253402300799, 253402300800];
    const json = `{"name":"Caf\xe9","messages":[${stamps.map((s, k) => `{"id":${k},"type":"message","date_unixtime":"${s}","from":"A","text":"x"}`).join(',\n')}]}`;
    const out = parseExport(Buffer.from(json, 'latin1'), { file: 'result.json', format: 'telegram' });
    expect(out.title).toBe('Café');
    expect(out.messages.map((m) => m.time)).toEqual(stamps.map((s) => new Date(s * 1000).toISOString().replace('.000Z', 'Z')));
    expect(out.messages.map((m) => m.line)).toEqual(stamps.map((_, k) => k + 1));
  });

  it('links a reply to a later message and keeps each chat of a full export on its own lines', () => {
    const chat = (name: string, ...texts: string[]) => ({ name, messages: texts.map((t, k) => ({ id: k + 1, type: 'message', date_unixtime: '1773410531', from: 'A', text: t, ...(k === 0 ? { reply_to_message_id: 2 } : {}) })) });
    const text = JSON.stringify({ chats: { list: [chat('Small', 'a'), chat('Big', 'b', 'c')] } }, null, 1);
    const out = telegram.parse(text, { file: 'result.json' });
    expect(out.title).toBe('Big');
    expect(out.messages.map((m) => [m.text, m.replyTo])).toEqual([['b', out.messages[1]!.id], ['c', undefined]]);
    const lines = text.split('\n');
    for (const m of out.messages) expect(lines[m.line! - 1]!.trim()).toBe('{');
  });
});

describe('slack day files from bytes', () => {
  it('skips a broken day file with a warning, and reads the others', () => {
    const enc = (v: unknown) => Buffer.from(JSON.stringify(v, null, 1));
    const entries = [
      { path: 'users.json', bytes: enc([{ id: 'U1', name: 'robin' }]) },
      { path: 'channels.json', bytes: enc([{ id: 'C1', name: 'general' }]) },
      { path: 'general/2026-03-13.json', bytes: Buffer.from('[{"ts":"1773410531.000100","user":"U1","text":"ok"},\n{"ts": oops}]') },
      { path: 'general/2026-03-14.json', bytes: enc([{ ts: '1773496931.000100', user: 'U1', text: 'later' }, 5, { ts: '1773410000.000001', user: 'U1', text: 'earlier' }]) },
    ];
    const out = slack.parseBundle!(entries, { file: 'export' });
    expect(out.messages.map((m) => [m.text, m.line])).toEqual([['earlier', 8], ['later', 2]]);
    expect(out.warnings.map((w) => [w.file, w.line, w.message])).toEqual([
      ['export/general/2026-03-13.json', undefined, 'not a JSON array of messages; skipped'],
      ['export/general/2026-03-14.json', 7, 'record without a ts; skipped'],
    ]);
  });
});
