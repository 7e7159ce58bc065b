import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { main } from '../../src/cli/main.js';

/** Runs `chatnotes ARGS` in-process with captured streams and a fixed clock (Monday 23 November 2026). */
export async function runCli(argv: string[], cwd = process.cwd(), now = new Date('2026-11-23T10:00:00Z')) {
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv, cwd, now: () => now, env: { NO_COLOR: '1' },
    stdout: { write: (s: string) => { stdout += s; } },
    stderr: { write: (s: string) => { stderr += s; } },
  });
  return { code, stdout, stderr };
}

const made: string[] = [];
afterEach(() => {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
});

/** A temporary folder removed after each test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'chatnotes-dates-'));
  made.push(dir);
  return dir;
}
