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

describe('the built binary', () => {
  it('runs exports in worker threads with --jobs 2', () => {
    writeFileSync(join(dir, 'three.zip'), buildZip(['a', 'b', 'c'].map((d) => ({ name: `${d}/z3.txt`, data: z3 }))));
    const r = runBin(['batch', 'three.zip', '-o', 'out-bin', '--jobs', '2', '-q'], dir);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^3 summarised, 0 unchanged, 0 failed, 0 skipped/);
    expect(r.exitCode).toBe(0);
  });
});
