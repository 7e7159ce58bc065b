// streamJson guesses where a record ends from the file's layout (a record a line, or a
// pretty-printed record closed at its own indent) and lets JSON.parse check the guess.
// These seeded documents, with whitespace and line breaks strewn between tokens, hold
// that shortcut to the plain walk (`walkOnly`): same records, lines, outlines and errors.
import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { streamJson } from '../../src/ingest/json-stream.js';
import { rng } from './seeded.js';

type Rng = ReturnType<typeof rng>;

const STRINGS = ['', 'plain', '} ]', '"quoted"', 'back\\slash', 'line\nbreak', '\u00e9t\u00e9 \ud83d\udc4d', ',\n}', 'x'.repeat(40), '{"a":1}', '\t'];

/** A random JSON value, as plain data. */
function value(r: Rng, depth: number): unknown {
  const k = r.next();
  if (depth > 3 || k < 0.35) return r.pick<unknown>([0, -1.5, 2e3, true, false, null, ...STRINGS]);
  if (k < 0.6) return Array.from({ length: Math.floor(r.next() * 4) }, () => value(r, depth + 1));
  const o: Record<string, unknown> = {};
  for (let i = Math.floor(r.next() * 5); i > 0; i--) o[r.pick(['id', 'text', 'from', 'body', 'value', 'x y', 'é'])] = value(r, depth + 1);
  return o;
}

/** JSON text of `v` in one of the layouts exporters write, or with random whitespace between tokens. */
function write(r: Rng, v: unknown, style: number, indent: string): string {
  if (style === 0) return JSON.stringify(v);
  if (style === 1) return JSON.stringify(v, null, r.pick([1, 2, 4, '\t'])).split('\n').join(`\n${indent}`);
  const gap = () => (r.next() < 0.7 ? '' : r.pick([' ', '\n', '\r\n', '\r', '\t', `\n${indent}`, `\n${indent}  `]));
  const go = (x: unknown): string => {
    if (Array.isArray(x)) return `[${gap()}${x.map((e) => `${gap()}${go(e)}${gap()}`).join(',')}${gap()}]`;
    if (x !== null && typeof x === 'object') return `{${gap()}${Object.entries(x).map(([key, e]) => `${gap()}${JSON.stringify(key)}${gap()}:${gap()}${go(e)}${gap()}`).join(',')}${gap()}}`;
    return JSON.stringify(x);
  };
  return go(v);
}

/** A Graph-like page (`value[]` of records) or a bare array, each record laid out alike or in its own way. */
function documentText(r: Rng): string {
  const records = Array.from({ length: 1 + Math.floor(r.next() * 12) }, () => (r.next() < 0.8 ? { id: r.next(), body: value(r, 1) } : value(r, 1)));
  const fileStyle = Math.floor(r.next() * 3);
  const indent = r.pick(['', ' ', '  ', '\t']);
  const eol = r.pick(['\n', '\n', '\r\n']);
  const items = records.map((rec) => `${indent}${write(r, rec, r.next() < 0.8 ? fileStyle : Math.floor(r.next() * 3), indent)}`);
  const array = `[${eol}${items.join(`,${eol}`)}${eol}]`;
  const text = r.next() < 0.5 ? array : `{"@odata.context":"x",${eol}"value":${array},"@odata.nextLink":null}`;
  return eol === '\n' ? text : text.replace(/(?<!\r)\n/g, eol);
}

const read = (input: Buffer | string, walkOnly: boolean) => {
  const items: [unknown, number, number][] = [];
  const outlines: [unknown, number][] = [];
  try {
    const result = streamJson(input, 'f.json', {
      what: 'not a test export',
      walkOnly,
      isRecordArray: (depth, key) => depth === 0 || key === 'value',
      onItem: (item, line, array) => items.push([item, line, array]),
      onValue: (v, line) => outlines.push([v, line]),
    });
    return { items, outlines, ...result };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { items, outlines, error: error.message };
  }
};

describe('streamJson layout guesses', () => {
  it('give what the walk gives on 1,500 seeded documents, from bytes and from text', () => {
    const r = rng(20261206);
    let guessedLines = 0;
    for (let k = 0; k < 1500; k++) {
      const text = documentText(r);
      const walked = read(Buffer.from(text), true);
      expect(walked).not.toHaveProperty('error');
      expect(read(Buffer.from(text), false), text).toEqual(walked);
      expect(read(text, false), text).toEqual(walked);
      if (/\n\s*\}/.test(text)) guessedLines++;
    }
    // The pretty-printed path ran, not only the one-line one.
    expect(guessedLines).toBeGreaterThan(500);
  });

  it('report the same error as the walk when a record is broken', () => {
    const r = rng(7);
    for (let k = 0; k < 600; k++) {
      const text = documentText(r);
      // One structural character dropped, or the text cut short.
      const breaks = [...text.matchAll(/[{}[\]:,]/g)].map((m) => m.index);
      const at = r.pick(breaks);
      const broken = r.next() < 0.8 ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at);
      const walked = read(Buffer.from(broken), true);
      expect(read(Buffer.from(broken), false), broken).toEqual(walked);
      expect(read(broken, false), broken).toEqual(walked);
    }
  });

  it('reads a pretty-printed record whose strings look like its close', () => {
    const text = '[\n {\n  "text": "\\n }",\n  "inner": {\n   "a": 1\n  }\n },\n {"b": 2}\n]';
    expect(read(text, false)).toEqual(read(text, true));
    expect(read(text, false).items.map(([, line]) => line)).toEqual([2, 8]);
  });
});
