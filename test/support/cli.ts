import { spawnSync } from 'node:child_process';
import { main } from '../../src/cli/main.js';

export interface CliResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process through `main()` with captured streams. */
export async function runMain(argv: string[], cwd: string, stdin?: string): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const exitCode = await main({
    argv,
    cwd,
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: { NO_COLOR: '1' },
    ...(stdin === undefined ? {} : { stdin }),
  });
  return { exitCode, stdout, stderr };
}

const bin = new URL('../../bin/chatnotes.js', import.meta.url).pathname;

/** Runs the built binary as a user would (after `npm run build`). */
export function runBin(argv: string[], cwd: string, stdin?: string): CliResult {
  const r = spawnSync(process.execPath, [bin, ...argv], { cwd, input: stdin ?? '', encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: '1' } });
  return { exitCode: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
