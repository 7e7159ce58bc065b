import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixText } from '../../src/lint/fix.js';
import { lintText } from '../../src/lint/lint.js';
import { breakText, overviewFiles, rngFor, textMutations, type Mutation } from '../support/mutate.js';

// Every overview in fixtures/ (seeds, rule cases, expected overviews), broken in small seeded
// ways a hand edit makes (a stray marker, indent or heading mark, a line dropped, repeated,
// swapped or cut): lint never throws, `--fix` settles in one go (fixing again changes nothing and
// nothing fixable is left), and a URL survives unless a rule removed its whole bullet.
const root = join(import.meta.dirname, '../../fixtures');
const PER_FILE = 15;
const SPICE = ['\n', '\n\n', '- ', '* ', '+ ', '  ', '    ', '\t', '#', '## ', '### ', '[', '](', '**', '`', '>', '1. ', '-', '\r\n', '<!-- x -->', '\\', '---', '|', '\u00a0', '😀', 'Friday 26 June 2026, 2pm – 4pm'];

const files = overviewFiles(root);

const MUTATIONS: Mutation[] = [
  ...textMutations(SPICE),
  // A line that gains a bullet, an indent or a heading mark.
  (s, r) => {
    const lines = s.split('\n');
    const i = Math.floor(r.next() * lines.length);
    lines[i] = r.pick(['- ', '  - ', '-', '### ', '* ', '    ']) + lines[i];
    return lines.join('\n');
  },
];

const urls = (s: string) => new Set(s.match(/https?:\/\/[^\s<>)\]]+/g) ?? []);

describe('lint --fix on broken overviews', () => {
  it('has overviews to break', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it.each(files)('%s', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    const r = rngFor(file, 11);
    const problems: string[] = [];
    for (let n = 0; n < PER_FILE; n++) {
      const s = breakText(text, r, MUTATIONS);
      lintText(s, { file });
      const once = fixText(s, { file });
      const twice = fixText(once.text, { file });
      if (twice.text !== once.text) problems.push(`a second fix changed the text: ${JSON.stringify(s)}`);
      if (once.findings.some((f) => f.fix)) problems.push(`fixable findings left after --fix: ${JSON.stringify(s)}`);
      // A link leaves only with a bullet the fixer removed as a repeat or as empty: then the same URL is still there.
      const after = urls(once.text);
      for (const u of urls(s)) if (!after.has(u)) problems.push(`--fix lost ${u}: ${JSON.stringify(s)}`);
    }
    expect(problems).toEqual([]);
  });
});
