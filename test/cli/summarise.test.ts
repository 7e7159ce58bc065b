import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { runBin, runMain, type CliResult } from '../support/cli.js';

const repo = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'chatnotes-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
for (const f of ['z3.txt', 'not-a-chat.txt', 'bad-rules.yaml', 'bad-template.md']) copyFileSync(join(repo, 'fixtures/cli', f), join(work, f));
writeFileSync(join(work, 'existing.md'), 'keep me\n');
const expectedZ3 = readFileSync(join(repo, 'fixtures/exports/zoom/z3.overview.md'), 'utf8');
copyFileSync(join(repo, 'fixtures/exports/discord-csv/meeting-chat.csv'), join(work, 'discord.csv'));
const expectedDiscord = readFileSync(join(repo, 'fixtures/exports/discord-csv/meeting-chat.overview.md'), 'utf8');
copyFileSync(join(repo, 'fixtures/exports/csv/excel-semicolon-bom.csv'), join(work, 'excel.csv'));
const expectedExcel = readFileSync(join(repo, 'fixtures/exports/csv/excel-semicolon-bom.overview.md'), 'utf8');
copyFileSync(join(repo, 'fixtures/exports/slack/peer-space.zip'), join(work, 'slack.zip'));

interface Case {
  name: string;
  args: string[];
  stdin?: string;
  exitCode: number;
  stdout?: string | RegExp;
  stderr?: string | RegExp;
  after?: () => void;
}

// One table, run in-process through main() and against the built binary.
const cases: Case[] = [
  { name: 'version', args: ['--version'], exitCode: 0, stdout: /^\d+\.\d+\.\d+\n$/ },
  { name: 'help', args: ['--help'], exitCode: 0, stdout: /Usage: chatnotes[\s\S]*summarise[\s\S]*Exit codes:/ },
  { name: 'no arguments', args: [], exitCode: 2, stderr: /Usage: chatnotes/ },
  { name: 'summarise to stdout', args: ['summarise', 'z3.txt'], exitCode: 0, stdout: expectedZ3 },
  { name: 'summarise from stdin', args: ['summarise', '-', '--format', 'zoom'], stdin: readFileSync(join(repo, 'fixtures/cli/z3.txt'), 'utf8'), exitCode: 0, stdout: /Could we add peer supervision/ },
  // The CSV reader and remark's serializer (for text with Markdown in it) are bundles of their own, loaded on first use.
  { name: 'summarise a Discord CSV with Markdown in it', args: ['summarise', 'discord.csv'], exitCode: 0, stdout: expectedDiscord },
  { name: 'summarise a CSV with quoted newlines (csv-parse reads those rows)', args: ['summarise', 'excel.csv'], exitCode: 0, stdout: expectedExcel, stderr: /excel\.csv:7: warning: row has an empty message; skipped/ },
  { name: 'json', args: ['summarise', 'z3.txt', '--json'], exitCode: 0, stdout: /"accounting": \{/ },
  { name: 'an export with nothing to summarise says so', args: ['summarise', '-', '--format', 'whatsapp'], stdin: '13/03/2026, 14:00 - Messages and calls are end-to-end encrypted.\n', exitCode: 0, stdout: /^## Meeting Chat Overview\n/, stderr: '<stdin>: warning: no points to summarise: the one message was dropped (1 system)\n' },
  { name: 'a section set per Slack channel', args: ['summarise', 'slack.zip', '--by-channel'], exitCode: 0, stdout: /\n### #peer-support: Ideas & Suggestions\n[\s\S]*\n### #general: Other Points\n\n- Reminder: the peer supervision session moves to #peer-support/ },
  { name: 'stats on stderr', args: ['summarise', 'z3.txt', '--stats'], exitCode: 0, stderr: /records +\d+\nsummarised +\d+/ },
  { name: 'missing file', args: ['summarise', 'nope.txt'], exitCode: 2, stderr: 'chatnotes: nope.txt: cannot read: no such file\n' },
  // The work folder holds several exports side by side: that is batch's work.
  { name: 'a folder of several exports', args: ['summarise', '.'], exitCode: 2, stderr: /^chatnotes: \.: it holds \d+ chat exports \(discord\.csv, excel\.csv, z3\.txt\), and summarise reads one; run chatnotes batch \. -o OUTDIR for an overview of each\n$/ },
  { name: 'unknown format', args: ['summarise', 'not-a-chat.txt'], exitCode: 2, stderr: /^chatnotes: cannot tell the format of not-a-chat\.txt; try --format/ },
  { name: 'empty stdin', args: ['summarise', '-'], stdin: '', exitCode: 2, stderr: 'chatnotes: cannot tell the format of <stdin>: it is empty\n' },
  { name: 'unknown --format', args: ['summarise', 'z3.txt', '--format', 'fax'], exitCode: 2, stderr: /fax/ },
  { name: 'bad rules file', args: ['summarise', 'z3.txt', '--rules', 'bad-rules.yaml'], exitCode: 2, stderr: 'chatnotes: bad-rules.yaml: themes[0].keywords[1]: expected string, received number\n' },
  { name: 'a template with an unclosed section', args: ['summarise', 'z3.txt', '--template', 'bad-template.md'], exitCode: 2, stderr: 'chatnotes: bad-template.md:5: not a valid Mustache template: Unclosed section "sections"\n' },
  { name: 'output to a folder', args: ['summarise', 'z3.txt', '-o', '.', '--force'], exitCode: 2, stderr: 'chatnotes: .: is a folder, expected a file path\n' },
  { name: 'missing rules file', args: ['summarise', 'z3.txt', '--rules', 'none.yaml'], exitCode: 2, stderr: 'chatnotes: none.yaml: cannot read: no such file\n' },
  { name: 'bad --date', args: ['summarise', 'z3.txt', '--date', '2026-02-30'], exitCode: 2, stderr: /--date: expected a date as YYYY-MM-DD/ },
  { name: 'bad --tz', args: ['summarise', 'z3.txt', '--tz', 'Mars/Olympus'], exitCode: 2, stderr: /--tz: unknown time zone/ },
  { name: 'unknown option', args: ['summarise', 'z3.txt', '--frobnicate'], exitCode: 2, stderr: /unknown option '--frobnicate'/ },
  {
    name: 'refuses to overwrite',
    args: ['summarise', 'z3.txt', '-o', 'existing.md'],
    exitCode: 2,
    stderr: 'chatnotes: existing.md: already exists; use --force to replace it\n',
    after: () => expect(readFileSync(join(work, 'existing.md'), 'utf8')).toBe('keep me\n'),
  },
  { name: 'never writes its input', args: ['summarise', 'z3.txt', '-o', 'z3.txt', '--force'], exitCode: 2, stderr: /is the input/ },
];

const check = (r: CliResult, c: Case) => {
  expect(r.exitCode).toBe(c.exitCode);
  for (const key of ['stdout', 'stderr'] as const) {
    const want = c[key];
    if (typeof want === 'string') expect(r[key]).toBe(want);
    else if (want) expect(r[key]).toMatch(want);
  }
  if (c.exitCode === 2) expect(r.stderr).not.toMatch(/\n\s+at /);
  c.after?.();
};

describe.each(cases)('chatnotes $name', (c) => {
  it('through main()', async () => check(await runMain(c.args, work, c.stdin), c));
  it('as the built binary', () => check(runBin(c.args, work, c.stdin), c));
});

describe('writing output', () => {
  it('writes -o atomically and replaces only with --force', async () => {
    const out = join(work, 'out.md');
    expect((await runMain(['summarise', 'z3.txt', '-o', 'out.md'], work)).exitCode).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(expectedZ3);
    writeFileSync(out, 'old\n');
    expect((await runMain(['summarise', 'z3.txt', '-o', 'out.md', '--force'], work)).exitCode).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(expectedZ3);
  });

  it('keeps summarise --help as a golden file', async () => {
    const r = await runMain(['summarise', '--help'], work);
    expect(r.exitCode).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('../../fixtures/cli/summarise.help.txt');
  });
});

describe('short runs', () => {
  const run = async (file: string, shortRun: () => void): Promise<number> =>
    main({ argv: ['summarise', file, '--date', '2025-10-23'], cwd: process.cwd(), stdout: { write: () => true }, stderr: { write: () => true }, env: { NO_COLOR: '1' }, shortRun });

  it('tells the process owner when the input is small, and only then', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chatnotes-short-'));
    const small = join(dir, 'small.txt');
    const large = join(dir, 'large.txt');
    const chat = readFileSync(join(repo, 'fixtures/exports/zoom/z1.txt'), 'utf8');
    writeFileSync(small, chat);
    writeFileSync(large, chat.repeat(Math.ceil((300 * 1024) / chat.length)));
    let calls = 0;
    expect(await run(small, () => calls++)).toBe(0);
    expect(calls).toBe(1);
    expect(await run(large, () => calls++)).toBe(0);
    expect(calls).toBe(1);
  });
});
