// `npm run bench`: every benchmark in turn. Each prints timings as ratios; none asserts.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const only = process.argv.slice(2);
for (const name of ['summarise', 'lint', 'parsers', 'batch']) {
  const file = join(import.meta.dirname, `${name}.mjs`);
  if (!existsSync(file) || (only.length > 0 && !only.includes(name))) continue;
  console.log(`\n== ${name}`);
  // --expose-gc: the parser bench collects before each timing (the others ignore it).
  const r = spawnSync(process.execPath, ['--expose-gc', file], { stdio: 'inherit' });
  if (r.status !== 0) process.exitCode = 1;
}
