/** A failed write to standard output is one line and exit code 2, like any failed write. */
import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliResult } from '../support/cli.js';

const repo = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'chatnotes-stdout-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
copyFileSync(join(repo, 'fixtures/cli/z3.txt'), join(dir, 'z3.txt'));
copyFileSync(join(repo, 'fixtures/lint/no-duplicate-bullets/not-ok.md'), join(dir, 'dup.md'));

describe('a failed write to standard output', () => {
  const full = '/dev/full';
  const bin = join(repo, 'bin/chatnotes.js');
  const toFull = (args: string[], cwd: string): CliResult => {
    const fd = openSync(full, 'w');
    try {
      const r = spawnSync(process.execPath, [bin, ...args], { cwd, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: '1' } });
      return { exitCode: r.status ?? -1, stdout: '', stderr: r.stderr };
    } finally {
      closeSync(fd);
    }
  };

  it.skipIf(!existsSync(full))('summarise and lint > /dev/full: one line, exit code 2, no stack', () => {
    const line = 'chatnotes: cannot write to standard output: no space left on the disk\n';
    const summarise = toFull(['summarise', 'z3.txt', '--date', '2026-03-13'], dir);
    expect(summarise).toEqual({ exitCode: 2, stdout: '', stderr: line });
    const lint = toFull(['lint', 'dup.md'], dir);
    expect(lint.stderr).toBe(line);
    expect(lint.exitCode).toBe(2);
  });
});

