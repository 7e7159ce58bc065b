/**
 * `chatnotes lint --fix` through main() on overviews saved other ways than plain UTF-8 with `\n`:
 * the fixtures in fixtures/lint/_encodings (built by its make.mjs) and their exact `--fix` bytes.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runMain } from '../support/cli.js';

const FIXTURES = 'fixtures/lint/_encodings';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary folder holding copies of the named fixtures. */
const copies = (...names: string[]): string => {
  const dir = mkdtempSync(join(tmpdir(), 'chatnotes-lint-enc-'));
  dirs.push(dir);
  for (const name of names) copyFileSync(join(FIXTURES, name), join(dir, name));
  return dir;
};

const bytes = (dir: string, name: string): Buffer => readFileSync(join(dir, name));
const expected = (name: string): Buffer => readFileSync(join(FIXTURES, name));

/** `file:line:col rule-id` of each finding `lint` printed. */
const places = (stdout: string): string[] =>
  stdout.split('\n').flatMap((line) => {
    const parts = line.split('  ');
    return parts.length === 4 ? [`${parts[0]} ${parts[3]}`] : [];
  });
/** Where the fixtures' problems are: the zero-width space, then the three repeated bullets. */
const PLACES = ['11:19 no-stray-characters', '12:1 no-duplicate-bullets', '18:1 no-duplicate-bullets', '19:1 no-duplicate-bullets'];

describe('lint --fix keeps the line endings', () => {
  it.each(['crlf', 'cr'])('%s: fixes the three repeats and the zero-width space, keeps the rest byte for byte, and a second --fix changes nothing', async (name) => {
    const cwd = copies(`${name}.md`);
    expect(await runMain(['lint', `${name}.md`, '--fix'], cwd)).toEqual({ exitCode: 0, stdout: '', stderr: `${name}.md: fixed 4 problems\n` });
    expect(bytes(cwd, `${name}.md`)).toEqual(expected(`${name}.fixed.md`));
    expect(await runMain(['lint', `${name}.md`, '--fix'], cwd)).toEqual({ exitCode: 0, stdout: '', stderr: '' });
    expect(bytes(cwd, `${name}.md`)).toEqual(expected(`${name}.fixed.md`));
  });

  it.each(['crlf', 'cr'])('%s: finds what the \\n file has, at the same lines and columns', async (name) => {
    const { exitCode, stdout } = await runMain(['lint', `${name}.md`], copies(`${name}.md`));
    expect(exitCode).toBe(1);
    expect(places(stdout)).toEqual(PLACES.map((place) => `${name}.md:${place}`));
  });

  it('--dry-run on a CR file removes only the repeated bullets', async () => {
    const cwd = copies('cr.md');
    const { exitCode, stdout } = await runMain(['lint', 'cr.md', '--fix', '--dry-run'], cwd);
    expect(exitCode).toBe(0);
    // diff -u splits at `\n` only, so a CR file is one line there: old and new file, whole.
    const text = (name: string) => expected(name).toString('utf8');
    expect(stdout).toBe(`--- a/cr.md\n+++ b/cr.md\n@@ -1 +1 @@\n-${text('cr.md')}\n\\ No newline at end of file\n+${text('cr.fixed.md')}\n\\ No newline at end of file\n`);
    expect(bytes(cwd, 'cr.md')).toEqual(expected('cr.md'));
  });
});

describe('lint reads overviews as summarise does, and --fix writes them back in their encoding', () => {
  // The parser leaves a leading U+FEFF out of its offsets: with it in the text every fix was one character early.
  it.each(['bom', 'utf16le', 'utf16be'])('%s: fixes the same four problems and keeps the encoding and BOM; a second --fix changes nothing', async (name) => {
    const cwd = copies(`${name}.md`);
    expect(await runMain(['lint', `${name}.md`, '--fix'], cwd)).toEqual({ exitCode: 0, stdout: '', stderr: `${name}.md: fixed 4 problems\n` });
    expect(bytes(cwd, `${name}.md`)).toEqual(expected(`${name}.fixed.md`));
    expect(await runMain(['lint', `${name}.md`, '--fix'], cwd)).toEqual({ exitCode: 0, stdout: '', stderr: '' });
    expect(bytes(cwd, `${name}.md`)).toEqual(expected(`${name}.fixed.md`));
  });

  it.each(['bom', 'utf16le', 'utf16be'])('%s: finds what the plain UTF-8 file has, at the same lines and columns', async (name) => {
    const { exitCode, stdout } = await runMain(['lint', `${name}.md`], copies(`${name}.md`));
    expect(exitCode).toBe(1);
    expect(places(stdout)).toEqual(PLACES.map((place) => `${name}.md:${place}`));
  });

  it('windows-1252: lint finds the repeats and no lost characters', async () => {
    const { exitCode, stdout } = await runMain(['lint', 'cp1252.md'], copies('cp1252.md'));
    expect(exitCode).toBe(1);
    expect(places(stdout)).toEqual(PLACES.slice(1).map((place) => `cp1252.md:${place}`));
  });

  it('windows-1252: --fix refuses with one line, exit 2, and writes no file of the run', async () => {
    const cwd = copies('crlf.md', 'cp1252.md');
    expect(await runMain(['lint', 'crlf.md', 'cp1252.md', '--fix'], cwd)).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'chatnotes: cp1252.md: is windows-1252, not UTF-8; --fix would change its encoding, so it is left as it is (save it as UTF-8 first)\n',
    });
    expect(bytes(cwd, 'cp1252.md')).toEqual(expected('cp1252.md'));
    expect(bytes(cwd, 'crlf.md')).toEqual(expected('crlf.md'));
  });

  it('windows-1252: --fix on a clean file has nothing to write, so it is fine', async () => {
    const cwd = copies('cp1252-clean.md');
    expect(await runMain(['lint', 'cp1252-clean.md', '--fix'], cwd)).toEqual({ exitCode: 0, stdout: '', stderr: '' });
    expect(bytes(cwd, 'cp1252-clean.md')).toEqual(expected('cp1252-clean.md'));
  });
});
