import { readdirSync } from 'node:fs';
import { rng } from '../ingest/seeded.js';

type Rng = ReturnType<typeof rng>;
/** One small break of a text. */
export type Mutation = (s: string, r: Rng) => string;

const lineOf = (lines: string[], r: Rng): number => Math.floor(r.next() * lines.length);
const onLines = (s: string, edit: (lines: string[]) => void): string => {
  const lines = s.split('\n');
  edit(lines);
  return lines.join('\n');
};
const at = (s: string, r: Rng): number => Math.floor(r.next() * (s.length + 1));

/**
 * The breaks a bad copy or a hand edit makes, shared by the mutation tests: cut short,
 * a piece of `spice` added or put in place of a character, a few characters dropped,
 * a line dropped, repeated or swapped with another.
 */
export const textMutations = (spice: readonly string[]): Mutation[] => [
  (s, r) => s.slice(0, at(s, r)),
  (s, r) => {
    const i = at(s, r);
    return s.slice(0, i) + r.pick(spice) + s.slice(i);
  },
  (s, r) => {
    const i = at(s, r);
    return s.slice(0, i) + s.slice(i + 1 + Math.floor(r.next() * 20));
  },
  (s, r) => onLines(s, (lines) => void lines.splice(lineOf(lines, r), 1)),
  (s, r) => onLines(s, (lines) => void lines.splice(lineOf(lines, r), 0, lines[lineOf(lines, r)]!)),
  (s, r) =>
    onLines(s, (lines) => {
      const [i, j] = [lineOf(lines, r), lineOf(lines, r)];
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
    }),
  (s, r) => {
    const i = at(s, r);
    return s.slice(0, i) + r.pick(spice) + s.slice(i + 1);
  },
];

/** `times` breaks in a row (1 to 3 unless given), each picked from `mutations`. */
export function breakText(s: string, r: Rng, mutations: readonly Mutation[], times = 1 + Math.floor(r.next() * 3)): string {
  let out = s;
  for (let k = 0; k < times; k++) out = r.pick(mutations)(out, r);
  return out;
}

/** A generator seeded by a file's name and `salt`: each file breaks its own way, the same in every run. */
export const rngFor = (name: string, salt: number): Rng => rng([...name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, salt));

/**
 * Every overview (`.md`, READMEs aside) under `root`, as sorted paths relative to it; not
 * `lint/_encodings`, whose line endings and encodings are the point and which these text tests (read as
 * UTF-8, split at `\n`) would only garble: test/lint/cli-encodings.test.ts covers them byte for byte.
 */
export const overviewFiles = (root: string): string[] =>
  (readdirSync(root, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.md') && !f.endsWith('README.md') && !f.startsWith('lint/_encodings/'))
    .sort();
