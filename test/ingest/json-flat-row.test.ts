// JSONL rows that are flat objects of plain strings are read by hand (readFlatRow);
// every other line goes to JSON.parse. Seeded lines, valid and not, hold the hand
// reader to JSON.parse, and whole files to the same files read by JSON.parse alone.
import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { readFlatRow } from '../../src/ingest/json-flat-row.js';
import { jsonl } from '../../src/ingest/parsers/jsonl.js';
import { parseExport } from '../../src/ingest/read-export.js';
import { rng } from './seeded.js';

type Rng = ReturnType<typeof rng>;

const KEYS = ['time', 'timestamp', 'author', 'name', 'text', 'message', 'replyTo', 'kind', 'to', 'extra', 'é', 'a b'];
// Raw pieces of a string's content as it appears in the line: plain, escaped, and not valid JSON.
const CONTENT = ['plain', 'Alex Nair', ' padded ', '2026-03-13T14:00:01Z', '13/03/2026 14:00', '14/03/2026 09:05', '03/14/2026 9:05', '', 'é 👍', '\\"', '\\\\', '\\n', '\\u00e9', '\\/', '\t', '\u0001', '\ud83d', '{}', ',', ':', '}', 'system', 'everyone'];
const NOT_STRING = ['1', '-2.5', '1773410400', 'null', 'true', 'false', '{}', '{"a":"b"}', '["x"]', '[]'];

/** A line: mostly a flat object of strings written as exporters do, else with a flaw or another value type. */
function line(r: Rng): string {
  const pairs: string[] = [];
  const n = Math.floor(r.next() * 5);
  const keys = r.next() < 0.5 ? ['time', 'author', 'text'] : Array.from({ length: n }, () => r.pick(KEYS));
  // Spaces as Python's json.dumps writes them, none as JSON.stringify does, or random ones (tabs included).
  const style = r.pick([0, 1, 2]);
  const gap = () => (style === 0 ? '' : style === 1 ? ' ' : r.pick(['', '', ' ', '  ', '\t']));
  for (const key of keys) {
    const v = r.next() < 0.12 ? r.pick(NOT_STRING) : `"${Array.from({ length: 1 + Math.floor(r.next() * 3) }, () => r.pick(CONTENT)).join('')}"`;
    pairs.push(`${gap()}"${key}"${gap()}:${gap()}${v}${gap()}`);
  }
  let out = `{${pairs.join(style === 1 ? ', ' : ',')}}`;
  const flaw = r.next();
  if (flaw < 0.03) out = out.slice(0, -1);
  else if (flaw < 0.06) out += ' x';
  else if (flaw < 0.09) out = `${out.slice(0, -1)},}`;
  else if (flaw < 0.12) out = `  ${out}  `;
  else if (flaw < 0.14) out = `[${out}]`;
  else if (flaw < 0.16) out = out.replace('":', '"');
  return out;
}

const parsed = (l: string): unknown => {
  try {
    return JSON.parse(l);
  } catch {
    return undefined;
  }
};

describe('readFlatRow', () => {
  it('claims only lines JSON.parse reads as a flat object of strings, with the same pairs in order', () => {
    const r = rng(11);
    const out: string[] = [];
    let claimed = 0;
    let declinedValid = 0;
    for (let i = 0; i < 20_000; i++) {
      const l = line(r);
      const n = readFlatRow(l, out);
      const ref = parsed(l);
      if (n < 0) {
        if (ref !== undefined) declinedValid++;
        continue;
      }
      claimed++;
      expect(ref, l).toBeTypeOf('object');
      expect(Array.isArray(ref), l).toBe(false);
      const pairs = out.slice(0, n);
      const keys = pairs.filter((_, j) => j % 2 === 0);
      // JSON.parse keeps a repeated key's last value at its first place; the caller leaves those lines to it.
      const last = new Map<string, string>();
      for (let j = 0; j < n; j += 2) last.set(pairs[j]!, pairs[j + 1]!);
      expect(Object.entries(ref as object), l).toEqual([...last]);
      if (new Set(keys).size === keys.length) expect(pairs, l).toEqual(Object.entries(ref as object).flat());
    }
    // Neither side may be empty, or the comparison would prove nothing.
    expect(claimed).toBeGreaterThan(2_000);
    expect(declinedValid).toBeGreaterThan(1_000);
  });

  it('reads a row the same whether or not it is told the last row\'s keys', () => {
    const r = rng(12);
    const out: string[] = [];
    const fresh: string[] = [];
    let known: string[] = [];
    let reused = 0;
    for (let i = 0; i < 20_000; i++) {
      const l = line(r);
      const n = readFlatRow(l, out, known);
      expect(n, l).toBe(readFlatRow(l, fresh));
      if (n < 0) continue;
      expect(out.slice(0, n), l).toEqual(fresh.slice(0, n));
      const keys = out.slice(0, n).filter((_, j) => j % 2 === 0);
      if (keys.some((k, j) => k === known[j])) reused++;
      known = keys;
    }
    // Keys that are a prefix of the known one, or the known one plus more, must not be taken for it.
    expect(readFlatRow('{"timestamp":"1","text":"a"}', out, ['time', 'text'])).toBe(4);
    expect(out.slice(0, 4)).toEqual(['timestamp', '1', 'text', 'a']);
    expect(readFlatRow('{"tim":"1","text":"a"}', out, ['time', 'text'])).toBe(4);
    expect(out.slice(0, 4)).toEqual(['tim', '1', 'text', 'a']);
    expect(reused).toBeGreaterThan(100);
  });

  it('reads the usual rows and declines what it cannot read as JSON.parse would', () => {
    const out: string[] = [];
    expect(readFlatRow('{"time":"2026-03-13T14:00:01Z","author":"Alex","text":"hi"}', out)).toBe(6);
    expect(out.slice(0, 6)).toEqual(['time', '2026-03-13T14:00:01Z', 'author', 'Alex', 'text', 'hi']);
    expect(readFlatRow('{"time": "1", "text": "a b"}', out)).toBe(4);
    expect(out.slice(0, 4)).toEqual(['time', '1', 'text', 'a b']);
    expect(readFlatRow('{ }', out)).toBe(0);
    for (const l of ['{"text":"say \\"hi\\""}', '{"text":"tab\there"}', '{"time":1}', '{"text":"x"} trailing', '{"text":"x",}', '{"text" "x"}', '\ufeff{"text":"x"}', '["x"]', '{"text":"x"']) {
      expect(readFlatRow(l, out), l).toBe(-1);
    }
  });
});

/** A seeded JSONL file of `n` lines. */
const file = (seed: number, n: number): string => {
  const r = rng(seed);
  return Array.from({ length: n }, () => (r.next() < 0.05 ? '' : line(r))).join('\n');
};

// A tab before each line keeps it valid JSON but out of the hand reader's reach: JSON.parse reads every line.
const parseOnly = (text: string): string => text.split('\n').map((l) => (l === '' ? l : `\t${l}`)).join('\n');

describe('jsonl with rows read by hand', () => {
  it('gives the same export as JSON.parse on every line, from text and from bytes', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const text = file(seed, 400);
      const expected = jsonl.parse(parseOnly(text), { file: 'chat.jsonl' });
      expect(jsonl.parse(text, { file: 'chat.jsonl' }), `seed ${seed}`).toEqual(expected);
      // From bytes a lone surrogate is already U+FFFD, so bytes are held to bytes.
      const fromBytes = (t: string) => parseExport(Buffer.from(t), { file: 'chat.jsonl', format: 'jsonl' });
      expect(fromBytes(text), `seed ${seed}`).toEqual(fromBytes(parseOnly(text)));
    }
  });

  it('leaves a row with a repeated key to JSON.parse, which keeps the last value', () => {
    const out = jsonl.parse('{"time":"2026-03-13T14:00:01Z","author":"A","text":"first","text":"last"}\n', { file: 'c.jsonl' });
    expect(out.messages.map((m) => m.text)).toEqual(['last']);
  });
});
