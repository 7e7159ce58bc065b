/**
 * What a command may write: never a file it reads, never through a file in the
 * way, never a read-only file, and a replaced file keeps its mode and its links.
 * Every refusal is one line, exit code 2, and leaves every file byte for byte.
 */
import { chmodSync, copyFileSync, cpSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runBin, runMain, type CliResult } from '../support/cli.js';

const repo = resolve(import.meta.dirname, '../..');
const fixture = (path: string): string => join(repo, 'fixtures', path);
const expectedZ3 = readFileSync(fixture('exports/zoom/z3.overview.md'), 'utf8');
const dates = ['dates', '--start', '2026-06-26', '--every', '12w', '--count', '4', '--time', '14:00-16:00'];

const made: string[] = [];
afterEach(() => {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
});

/** A temp folder with an export, rules, a template, an overview and a lint fixture. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'chatnotes-out-'));
  made.push(dir);
  copyFileSync(fixture('cli/z3.txt'), join(dir, 'z3.txt'));
  copyFileSync(fixture('same-meeting/rules.yaml'), join(dir, 'rules.yaml'));
  copyFileSync(join(repo, 'templates/overview.md'), join(dir, 'template.md'));
  copyFileSync(fixture('seeds/000_4496a28c678f666b.txt'), join(dir, 'ov.md'));
  copyFileSync(fixture('lint/no-duplicate-bullets/not-ok.md'), join(dir, 'dup.md'));
  return dir;
}

/** Every file under `dir` with its bytes, links as links: to show nothing changed. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (at: string, prefix: string): void => {
    for (const name of readdirSync(at).sort()) {
      const full = join(at, name);
      const info = lstatSync(full);
      if (info.isSymbolicLink()) out[prefix + name] = `-> ${readlinkSync(full)}`;
      else if (info.isDirectory()) walk(full, `${prefix}${name}/`);
      else out[prefix + name] = `${(info.mode & 0o777).toString(8)} ${readFileSync(full, 'base64')}`;
    }
  };
  walk(dir, '');
  return out;
}

/** Runs through main() and the built binary; both must refuse alike and change nothing. */
async function expectRefusal(dir: string, args: string[], stderr: string): Promise<void> {
  const before = snapshot(dir);
  const check = (r: CliResult): void => {
    expect(r.stderr).toBe(stderr);
    expect(r.exitCode).toBe(2);
    expect(snapshot(dir)).toEqual(before);
  };
  check(await runMain(args, dir));
  check(runBin(args, dir));
}

describe('an output path below a file (bug 2)', () => {
  it('summarise -o FILE/out.md', async () => {
    const dir = workspace();
    await expectRefusal(dir, ['summarise', 'z3.txt', '-o', 'z3.txt/out.md'], 'chatnotes: z3.txt/out.md: cannot write: z3.txt is a file, not a folder\n');
    await expectRefusal(dir, ['summarise', 'z3.txt', '-o', 'ov.md/a/b.md', '--force'], 'chatnotes: ov.md/a/b.md: cannot write: ov.md is a file, not a folder\n');
  });

  it('dates --ics FILE/x.ics', async () => {
    const dir = workspace();
    await expectRefusal(dir, [...dates, '--ics', 'z3.txt/x.ics'], 'chatnotes: z3.txt/x.ics: cannot write: z3.txt is a file, not a folder\n');
  });

  it('batch -o FILE, refused before any export is read', async () => {
    const dir = workspace();
    mkdirSync(join(dir, 'in'));
    copyFileSync(fixture('cli/z3.txt'), join(dir, 'in', 'z3.txt'));
    await expectRefusal(dir, ['batch', 'in', '-o', 'ov.md'], 'chatnotes: ov.md: cannot write: ov.md is a file, not a folder\n');
    await expectRefusal(dir, ['batch', 'in', '-o', 'ov.md/out', '--force'], 'chatnotes: ov.md/out: cannot write: ov.md is a file, not a folder\n');
  });
});

describe('an output that is a file the command reads (bug 4)', () => {
  it('dates --ics OVERVIEW with --update OVERVIEW, spelled alike, through ./, a symbolic link or a hard link', async () => {
    const dir = workspace();
    symlinkSync('ov.md', join(dir, 'soft.md'));
    linkSync(join(dir, 'ov.md'), join(dir, 'hard.md'));
    for (const ics of ['ov.md', './ov.md', 'soft.md', 'hard.md']) {
      await expectRefusal(dir, [...dates, '--update', 'ov.md', '--ics', ics, '--force'], `chatnotes: --ics ${ics}: is the --update file ov.md; chatnotes never writes over a file it reads\n`);
    }
  });

  it('summarise -o RULES or TEMPLATE, --force or not', async () => {
    const dir = workspace();
    await expectRefusal(dir, ['summarise', 'z3.txt', '--rules', 'rules.yaml', '-o', 'rules.yaml', '--force'], 'chatnotes: --output rules.yaml: is the --rules file rules.yaml; chatnotes never writes over a file it reads\n');
    await expectRefusal(dir, ['summarise', 'z3.txt', '--rules', 'rules.yaml', '-o', './rules.yaml'], 'chatnotes: --output ./rules.yaml: is the --rules file rules.yaml; chatnotes never writes over a file it reads\n');
    await expectRefusal(dir, ['summarise', 'z3.txt', '--template', 'template.md', '-o', '../' + dir.split('/').at(-1) + '/template.md', '--force'], `chatnotes: --output ../${dir.split('/').at(-1)}/template.md: is the --template file template.md; chatnotes never writes over a file it reads\n`);
  });

  it('summarise -o INPUT through a hard link or a symbolic link', async () => {
    const dir = workspace();
    linkSync(join(dir, 'z3.txt'), join(dir, 'hard.txt'));
    symlinkSync('z3.txt', join(dir, 'soft.txt'));
    await expectRefusal(dir, ['summarise', 'z3.txt', '-o', 'hard.txt', '--force'], 'chatnotes: --output hard.txt: is the input z3.txt; chatnotes never writes over a file it reads\n');
    await expectRefusal(dir, ['summarise', 'soft.txt', '-o', 'z3.txt', '--force'], 'chatnotes: --output z3.txt: is the input soft.txt; chatnotes never writes over a file it reads\n');
  });

  it('summarise FOLDER -o a file inside it', async () => {
    const dir = workspace();
    cpSync(fixture('exports/slack/peer-space-folder'), join(dir, 'slack'), { recursive: true });
    await expectRefusal(dir, ['summarise', 'slack', '-o', 'slack/channels.json', '--force'], 'chatnotes: --output slack/channels.json: is inside the input folder slack; chatnotes never writes over a file it reads\n');
  });
});

describe('-o - and -o "" (bug 5)', () => {
  it('summarise -o - writes the overview to standard output and creates no file', async () => {
    const dir = workspace();
    const before = snapshot(dir);
    for (const r of [await runMain(['summarise', 'z3.txt', '-o', '-'], dir), runBin(['summarise', 'z3.txt', '-o', '-'], dir)]) {
      expect(r.exitCode).toBe(0);
      expect(r.stdout).toBe(expectedZ3);
    }
    expect(snapshot(dir)).toEqual(before);
  });

  it('an empty path is a usage error', async () => {
    const dir = workspace();
    await expectRefusal(dir, ['summarise', 'z3.txt', '-o', ''], 'chatnotes: --output needs a file path\n');
    await expectRefusal(dir, [...dates, '--ics', ''], 'chatnotes: --ics needs a file path\n');
    await expectRefusal(dir, [...dates, '--update', ''], 'chatnotes: --update needs a file path\n');
    await expectRefusal(dir, ['batch', 'z3.txt', '-o', ''], 'chatnotes: --output needs a folder path\n');
    await expectRefusal(dir, ['batch', 'z3.txt', '-o', '-'], 'chatnotes: --output -: batch writes a folder of overviews, not standard output\n');
  });
});

describe('replacing a file (bug 1, through the commands)', () => {
  it('lint --fix and dates --update keep a 0600 file 0600', async () => {
    const dir = workspace();
    chmodSync(join(dir, 'dup.md'), 0o600);
    chmodSync(join(dir, 'ov.md'), 0o600);
    expect((await runMain(['lint', 'dup.md', '--fix'], dir)).stderr).toMatch(/^dup\.md: fixed /);
    expect((await runMain([...dates, '--update', 'ov.md'], dir)).exitCode).toBe(0);
    expect(readFileSync(join(dir, 'dup.md'), 'utf8')).toBe(readFileSync(fixture('lint/no-duplicate-bullets/not-ok.fixed.md'), 'utf8'));
    expect(readFileSync(join(dir, 'ov.md'), 'utf8')).toBe(readFileSync(fixture('dates/seed-000.updated.md'), 'utf8'));
    expect(statSync(join(dir, 'dup.md')).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'ov.md')).mode & 0o777).toBe(0o600);
  });

  it('dates --update through a symbolic link updates the target and keeps the link', async () => {
    const dir = workspace();
    mkdirSync(join(dir, 'notes'));
    copyFileSync(join(dir, 'ov.md'), join(dir, 'notes', 'real.md'));
    symlinkSync('notes/real.md', join(dir, 'link.md'));
    expect((await runMain([...dates, '--update', 'link.md'], dir)).exitCode).toBe(0);
    expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'notes', 'real.md'), 'utf8')).toBe(readFileSync(fixture('dates/seed-000.updated.md'), 'utf8'));
    expect(readdirSync(join(dir, 'notes'))).toEqual(['real.md']);
  });

  it('lint --fix, dates --update and summarise --force refuse a read-only file', async () => {
    const dir = workspace();
    for (const f of ['dup.md', 'ov.md']) chmodSync(join(dir, f), 0o444);
    await expectRefusal(dir, ['lint', 'dup.md', '--fix'], 'chatnotes: dup.md: is read-only; cannot write\n');
    await expectRefusal(dir, [...dates, '--update', 'ov.md', '--ics', 'new.ics'], 'chatnotes: ov.md: is read-only; cannot write\n');
    await expectRefusal(dir, ['summarise', 'z3.txt', '-o', 'ov.md', '--force'], 'chatnotes: ov.md: is read-only; cannot write\n');
  });
});
