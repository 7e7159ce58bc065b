import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, type BatchInternals } from '../../src/cli/batch.js';
import type { CliContext } from '../../src/cli/context.js';

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `batch` in-process with captured streams (and internal caps, which main() cannot pass). */
export async function runBatchCli(args: string[], options: Record<string, unknown>, cwd: string, internals: BatchInternals = {}): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const ctx: CliContext = {
    cwd,
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: {},
    readStdin: () => Promise.resolve(Buffer.alloc(0)),
    now: () => new Date(0),
    colour: false,
  };
  try {
    return { code: await run(args, options, ctx, internals), stdout, stderr };
  } catch (error) {
    return { code: 2, stdout, stderr: `${stderr}chatnotes: ${(error as Error).message}\n` };
  }
}

/** Every file under a folder (relative paths, sorted) with its text. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(p);
      else out[p] = readFileSync(join(dir, p), 'utf8');
    }
  };
  walk('');
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

export const report = (r: Ran) => JSON.parse(r.stdout) as { items: Array<{ path: string; outcome: string; output?: string; reason?: string }>; counts: Record<string, number>; stale: Array<{ path: string; output: string }> };
