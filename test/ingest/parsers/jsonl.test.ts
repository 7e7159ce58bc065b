import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { jsonl } from '../../../src/ingest/parsers/jsonl.js';

const parse = (text: string) => jsonl.parse(text, { file: 'chat.jsonl' });

describe('jsonl parser', () => {
  it('keeps a time that names no real day or clock as written, with a warning at its line', () => {
    const out = parse('{"time":"2026-03-73T14:00:00","author":"A","text":"x"}\n{"time":"2026-03-13T99:00:00","author":"A","text":"y"}\n{"time":"2026-03-13T14:00:00","author":"A","text":"z"}\n');
    expect(out.messages.map((m) => m.time)).toEqual(['2026-03-73T14:00:00', '2026-03-13T99:00:00', '2026-03-13T14:00:00']);
    expect(out.warnings.map((w) => [w.line, w.message])).toEqual([
      [1, 'cannot read the time "2026-03-73T14:00:00" as a real date or clock; kept as written'],
      [2, 'cannot read the time "2026-03-13T99:00:00" as a real date or clock; kept as written'],
    ]);
    expect(out).toMatchObject({ date: '2026-03-13', end: '14:00' });
    // A time with no real day belongs to no day; one with no real clock at the very start or end leaves that end unknown.
    expect(out.start).toBeUndefined();
    const late = parse('{"time":"2026-03-73T09:00:00","author":"A","text":"x"}\n{"time":"2026-03-13T14:00:00","author":"A","text":"z"}\n{"time":"2026-03-13T99:00:00","author":"A","text":"y"}\n');
    expect(late).toMatchObject({ date: '2026-03-13', start: '14:00' });
    expect(late.end).toBeUndefined();
  });

  it('reads objects with synonyms and reports a bad line by its number', () => {
    const out = parse('{"time":"2026-03-13T14:02:00","author":"A","text":"x"}\n{"oops"\n\n{"timestamp":"2026-03-13 14:03","name":" B ","message":"y"}\n');
    expect(out.messages.map((m) => [m.line, m.time, m.author, m.text])).toEqual([
      [1, '2026-03-13T14:02:00', 'A', 'x'],
      [4, '2026-03-13T14:03:00', 'B', 'y'],
    ]);
    expect(out.warnings).toEqual([{ file: 'chat.jsonl', line: 2, severity: 'warning', message: 'not a JSON object; line skipped' }]);
    expect(out).toMatchObject({ date: '2026-03-13', start: '14:02', end: '14:03' });
  });

  it('maps each row by its own keys when they change from row to row (order, subset, superset, numeric keys)', () => {
    const rows = [
      '{"author":"A","text":"one"}',
      '{"text":"two","author":"B"}',
      '{"text":"three"}',
      '{"text":"four","author":"D","name":"not me"}',
      '{"1":"x","name":"E","message":"five"}',
      '{"name":"F","message":"six","1":"x"}',
      '{"author":"G","text":"seven"}',
    ];
    const out = parse(rows.join('\n'));
    expect(out.messages.map((m) => [m.author, m.text])).toEqual([
      ['A', 'one'], ['B', 'two'], [undefined, 'three'], ['D', 'four'], ['E', 'five'], ['F', 'six'], ['G', 'seven'],
    ]);
  });

  it('warns about an object without text, and about a bare array line', () => {
    const out = parse('{"author":"A"}\n[1,2]\n{"text":"ok"}\n');
    expect(out.warnings.map((w) => w.line)).toEqual([1, 2]);
    expect(out.messages.map((m) => m.text)).toEqual(['ok']);
  });

  it('throws when no line is a JSON object', () => {
    expect(() => parse('hello\nworld\n')).toThrow(InputError);
  });

  it('detects JSONL even when the 4 KB head cuts the last line', () => {
    expect(jsonl.detect('{"time":"1","author":"A","text":"x"}\n{"time":"2","aut', 'x.txt')).toBeGreaterThanOrEqual(0.8);
    expect(jsonl.detect('{"a":1}\n{"b":2}\n', 'x.txt')).toBe(0);
  });
});

describe('jsonl parser, bare array', () => {
  it('reads a JSON array of objects, with the line each object starts on', () => {
    const text = '[\n  {"time": "2026-03-13T14:02:00", "author": "A",\n   "text": "x, with a { brace"},\n  42,\n  {"author": "B", "message": "y\\"]"}\n]\n';
    const out = parse(text);
    expect(out.messages.map((m) => [m.line, m.author, m.text])).toEqual([
      [2, 'A', 'x, with a { brace'],
      [5, 'B', 'y"]'],
    ]);
    expect(out.warnings).toEqual([{ file: 'chat.jsonl', line: 4, severity: 'warning', message: 'array item is not a JSON object; skipped' }]);
  });

  it('detects an array by its first object, and not a Graph-like array with object bodies', () => {
    expect(jsonl.detect('[\n {"time": "1", "author": "A", "text": "x"},\n {"time": "2", "au', 'x.json')).toBeGreaterThanOrEqual(0.7);
    expect(jsonl.detect('[{"id":"1","body":{"contentType":"html","content":"<p>x</p>"}}]', 'x.json')).toBe(0);
  });
});
