import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultNoise, defaultRules } from '../../src/config/defaults.js';
import { readBundled } from '../../src/io/bundled.js';
import { parseExport } from '../../src/ingest/read-export.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { summarise } from '../../src/summarise/summarise.js';
import { unzipSync, zipSync } from 'fflate';
import type { BundleEntry } from '../../src/types.js';
import { isExportFixture, readExportInput } from '../support/export-input.js';
import { breakText, rngFor, textMutations, type Mutation } from '../support/mutate.js';
import { rng } from './seeded.js';

// Every fixture, broken in small seeded ways (cut short, a character or line added, dropped,
// repeated or swapped, a digit changed so that dates and clocks leave their ranges or stop
// being numbers), must give an export and an overview, or an input error (exit code 2): never a crash.
// The hand readers index into lines by position; this is where an off-by-one would throw.
const root = join(import.meta.dirname, '../../fixtures/exports');
const PER_FIXTURE = 60;
// A bundle's one broken file is one of several, so it takes more tries to reach the same places.
const PER_BUNDLE = 200;
const SPICE = ['\n', '\r\n', '\r', ':', ' ', '\t', '"', '\\', '{', '}', '[', ']', ',', '<', '>', '&', '\u200e', '\u202f', '\u00a0', '\ufeff', '\u2028', '\u0000', '😀', '-->', '<v A>', 'From ', '] ', 'null', '[]', '{}', '""', '24:00', '12:60', '0:75:00', '+25:00', 'AM', 'PM'];

const cases = readdirSync(root).flatMap((format) =>
  readdirSync(join(root, format))
    .filter(isExportFixture)
    .filter((f) => !/\.(zip|docx)$/.test(f) && !statSync(join(root, format, f)).isDirectory())
    .map((file) => ({ format, file })),
);

// Zips and folders: the Slack export (zip and folder), the iOS WhatsApp zip, the Teams .docx.
const bundles = readdirSync(root).flatMap((format) =>
  readdirSync(join(root, format))
    .filter(isExportFixture)
    .filter((f) => /\.(zip|docx)$/.test(f) || statSync(join(root, format, f)).isDirectory())
    .map((file) => ({ format, file })),
);

/** A digit of `s` replaced by what `pick` gives. */
const digitTo = (pick: (r: ReturnType<typeof rng>) => string): Mutation => (s, r) => {
  const digits = [...s.matchAll(/\d/g)];
  if (digits.length === 0) return s;
  const d = r.pick(digits).index!;
  return s.slice(0, d) + pick(r) + s.slice(d + 1);
};

const MUTATIONS: Mutation[] = [
  ...textMutations(SPICE),
  // Another digit, twice as often as the other breaks: dates and clocks leave their ranges.
  digitTo((r) => String(Math.floor(r.next() * 10))),
  digitTo((r) => String(Math.floor(r.next() * 10))),
  // A date with a part out of range: month 13, day 73, 31 February, a three-digit year.
  (s, r) => {
    const dates = [...s.matchAll(/\d{1,4}([-/.])\d{1,2}\1\d{2,4}/g)];
    if (dates.length === 0) return s;
    const d = r.pick(dates);
    const parts = d[0].split(d[1]!);
    parts[Math.floor(r.next() * 3)] = r.pick(['0', '00', '13', '31', '73', '202', '0026', '99999']);
    return s.slice(0, d.index) + parts.join(d[1]) + s.slice(d.index! + d[0].length);
  },
  // What no number holds there, or more digits: every numeric read meets a non-number or an overflow.
  digitTo((r) => r.pick(['x', '-', '.', ' ', '', '9999999'])),
];

const options = { rules: defaultRules(), noise: defaultNoise(), timeZone: 'Europe/London' };
const template = readBundled('overview.md');

describe('broken exports', () => {
  it('has text fixtures to break', () => {
    expect(cases.length).toBeGreaterThan(20);
  });

  it.each(cases)('$format/$file: an overview or an input error, never a crash', ({ format, file }) => {
    // Bytes as latin-1 characters, so a mutation can also split a UTF-8 or UTF-16 sequence.
    const text = readFileSync(join(root, format, file)).toString('latin1');
    const r = rngFor(file, 7);
    const crashes: string[] = [];
    let parsed = 0;
    for (let n = 0; n < PER_FIXTURE; n++) {
      const s = breakText(text, r, MUTATIONS);
      for (const forced of [undefined, format]) {
        try {
          const chat = parseExport(Buffer.from(s, 'latin1'), { file, ...(forced ? { format: forced } : {}) });
          for (const m of chat.messages) if (typeof m.text !== 'string' || !((m.line ?? 0) >= 1)) throw new Error(`message without text or line: ${JSON.stringify(m)}`);
          renderMarkdown(summarise(chat, options), template);
          parsed++;
        } catch (e) {
          if ((e as { exitCode?: number }).exitCode === 2) continue;
          crashes.push(`${forced ?? 'detected'}: ${(e as Error).stack?.split('\n').slice(0, 2).join(' ')}\n${JSON.stringify(s)}`);
        }
      }
    }
    expect(crashes).toEqual([]);
    // Small breaks leave many exports readable (JSON fewer): the loop did parse, not only refuse.
    expect(parsed).toBeGreaterThan(PER_FIXTURE / 4);
  });

  it('has zips and folders to break', () => {
    expect(bundles.length).toBeGreaterThanOrEqual(4);
  });

  it.each(bundles)('$format/$file: one file inside broken, or dropped, gives an overview or an input error', ({ format, file }) => {
    const path = join(root, format, file);
    const zipped = !statSync(path).isDirectory();
    const inside: BundleEntry[] = zipped
      ? Object.entries(unzipSync(readFileSync(path))).map(([p, bytes]) => ({ path: p, bytes }))
      : (readExportInput(path) as BundleEntry[]);
    const r = rng(file.length * 7919);
    const crashes: string[] = [];
    let parsed = 0;
    for (let n = 0; n < PER_BUNDLE; n++) {
      const entries = inside.map((e) => ({ ...e }));
      const k = Math.floor(r.next() * entries.length);
      if (r.next() < 0.1 && entries.length > 1) entries.splice(k, 1);
      else {
        entries[k]!.bytes = Buffer.from(breakText(Buffer.from(entries[k]!.bytes).toString('latin1'), r, MUTATIONS), 'latin1');
      }
      const input = zipped ? zipSync(Object.fromEntries(entries.map((e) => [e.path, new Uint8Array(e.bytes)]))) : entries;
      try {
        renderMarkdown(summarise(parseExport(input, { file }), options), template);
        parsed++;
      } catch (e) {
        if ((e as { exitCode?: number }).exitCode === 2) continue;
        crashes.push(`${entries[k]?.path}: ${(e as Error).stack?.split('\n').slice(0, 2).join(' ')}`);
      }
    }
    expect(crashes).toEqual([]);
    expect(parsed).toBeGreaterThan(PER_BUNDLE / 4);
  });
});
