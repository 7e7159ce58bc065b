/** `chatnotes batch` through main(): exit codes 0/1/2 and help. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBin, runMain } from '../support/cli.js';
import { buildZip, removeTempDirs, tempDir } from './archives.js';
import { fixtureExports } from './fixtures.js';

afterAll(removeTempDirs);

const z3 = fixtureExports()['exports/zoom/z3.txt']!;
const dir = tempDir();
writeFileSync(join(dir, 'good.zip'), buildZip([{ name: 'a/z3.txt', data: z3 }]));
writeFileSync(join(dir, 'mixed.zip'), buildZip([{ name: 'a/z3.txt', data: z3 }, { name: 'b/z3.txt', data: z3, badCrc: true }]));
writeFileSync(join(dir, 'notes.rar'), 'x');
// Summarised with warnings: an Excel CSV with an empty and a too-wide row, a WhatsApp chat of one system line, a CSV with five bad rows.
const excel = fixtureExports()['exports/csv/excel-semicolon-bom.csv']!;
const systemOnly = new TextEncoder().encode('13/03/2026, 14:00 - Messages and calls are end-to-end encrypted.\n');
const badRows = new TextEncoder().encode(`time,author,message\n${Array.from({ length: 5 }, (_, i) => `2026-03-13 14:0${i},A,\n`).join('')}2026-03-13 14:09,B,Rota ideas for nights\n`);
writeFileSync(join(dir, 'warned.zip'), buildZip([{ name: 'excel.csv', data: excel }, { name: 'wa.txt', data: systemOnly }, { name: 'rows.csv', data: badRows }, { name: '2026-03-13/z3.txt', data: z3 }]));

const cases: Array<{ name: string; args: string[]; exitCode: number; stdout?: RegExp; stderr?: RegExp }> = [
  { name: 'help', args: ['batch', '--help'], exitCode: 0, stdout: /Usage: chatnotes batch[\s\S]*--jobs[\s\S]*Examples:[\s\S]*--merge-index[\s\S]*Exit codes:/ },
  { name: 'all good', args: ['batch', 'good.zip', '-o', 'out-good', '-q'], exitCode: 0, stdout: /^1 summarised, 0 unchanged, 0 failed, 0 skipped; index: out-good\/index\.md\n$/ },
  { name: 'one bad entry', args: ['batch', 'mixed.zip', '-o', 'out-mixed', '-q'], exitCode: 1, stdout: /^failed   b\/z3\.txt: corrupt entry: CRC-32 mismatch\n1 summarised, 0 unchanged, 1 failed/ },
  { name: 'json report', args: ['batch', 'mixed.zip', '-o', 'out-json', '--json', '-q'], exitCode: 1, stdout: /"outcome": "failed"[\s\S]*"counts": \{/ },
  { name: 'no -o', args: ['batch', 'good.zip'], exitCode: 2, stderr: /^chatnotes: -o, --output: required/ },
  { name: 'missing input', args: ['batch', 'nope.zip', '-o', 'out'], exitCode: 2, stderr: /^chatnotes: nope\.zip: cannot read: no such file or folder\n$/ },
  { name: 'unsupported input', args: ['batch', 'notes.rar', '-o', 'out'], exitCode: 2, stderr: /expected a folder, a \.zip, a \.tar or a \.tar\.gz/ },
  { name: 'bad --jobs', args: ['batch', 'good.zip', '-o', 'out', '--jobs', 'many'], exitCode: 2, stderr: /--jobs: expected a whole number/ },
  { name: 'bad --shard', args: ['batch', 'good.zip', '-o', 'out', '--shard', '4/3'], exitCode: 2, stderr: /--shard: expected K\/N/ },
  { name: 'bad --tz', args: ['batch', 'good.zip', '-o', 'out', '--tz', 'Mars/Base'], exitCode: 2, stderr: /--tz: unknown time zone/ },
  { name: 'two inputs', args: ['batch', 'good.zip', 'mixed.zip', '-o', 'out'], exitCode: 2, stderr: /expected one INPUT/ },
  { name: 'merge without manifests', args: ['batch', '--merge-index', '.', '-o', 'merged'], exitCode: 2, stderr: /has no \.chatnotes-manifest\.json/ },
];

describe.each(cases)('chatnotes $name', (c) => {
  it('through main()', async () => {
    const r = await runMain(c.args, dir);
    expect(r.exitCode).toBe(c.exitCode);
    if (c.stdout) expect(r.stdout).toMatch(c.stdout);
    if (c.stderr) expect(r.stderr).toMatch(c.stderr);
    if (c.exitCode === 2) expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('warnings', () => {
  it('counts each export\'s warnings in the progress and lists the first three in the report, unless --quiet', async () => {
    const r = await runMain(['batch', 'warned.zip', '-o', 'out-warned'], dir);
    expect(r.exitCode).toBe(0);
    expect(r.stderr.split('\n').filter(Boolean).map((l) => l.replace(/^\[\d\/4\] /, '')).sort()).toEqual(['2026-03-13/z3.txt ok', 'excel.csv ok, 2 warnings', 'rows.csv ok, 5 warnings', 'wa.txt ok, 1 warning']);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('warning')).sort()).toEqual([
      'warning  excel.csv: line 7: row has an empty message; skipped',
      'warning  excel.csv: line 8: row has 4 columns, the header has 3; extra columns ignored',
      'warning  rows.csv: line 2: row has an empty message; skipped',
      'warning  rows.csv: line 3: row has an empty message; skipped',
      'warning  rows.csv: line 4: row has an empty message; skipped',
      'warning  rows.csv: … and 2 more (summarise it alone to see all)',
      'warning  wa.txt: no points to summarise: the one message was dropped (1 system)',
    ]);
    const quiet = await runMain(['batch', 'warned.zip', '-o', 'out-warned-q', '-q'], dir);
    expect(quiet.stdout).toBe('4 summarised, 0 unchanged, 0 failed, 0 skipped; index: out-warned-q/index.md\n');
  });
});

describe('the built binary', () => {
  it('carries warnings back from worker threads', () => {
    const r = runBin(['batch', 'warned.zip', '-o', 'out-bin-warned', '--jobs', '2'], dir);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^warning {2}wa\.txt: no points to summarise: the one message was dropped \(1 system\)$/m);
    expect(r.stderr).toMatch(/^\[\d\/4\] excel\.csv ok, 2 warnings$/m);
  });

  it('runs exports in worker threads with --jobs 2', () => {
    writeFileSync(join(dir, 'three.zip'), buildZip(['a', 'b', 'c'].map((d) => ({ name: `${d}/z3.txt`, data: z3 }))));
    const r = runBin(['batch', 'three.zip', '-o', 'out-bin', '--jobs', '2', '-q'], dir);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^3 summarised, 0 unchanged, 0 failed, 0 skipped/);
    expect(r.exitCode).toBe(0);
  });
});
