// Summarise benchmark: seeded Zoom and Teams exports of 1k, 10k and 100k messages,
// timed as a user runs them (a new process each), against a bare `node -e 0`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { teamsExport, zoomExport } from './generate.mjs';

const out = join(import.meta.dirname, 'out');
mkdirSync(out, { recursive: true });
const sizes = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const bin = join(import.meta.dirname, '..', 'bin', 'chatnotes.js');
const child = join(import.meta.dirname, 'measure-child.mjs');

const wall = (args) => {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
};
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const runs = (n, f) => median(Array.from({ length: n }, f));

// Medians over several runs: a single start on a shared VM varies by +-20%.
const bare = runs(11, () => wall(['-e', '0']));
console.log(`summarise: bare node start ${bare.toFixed(0)} ms (median of 11)`);
console.log('format  messages      MB   wall ms  x node   peak MB  growth');
for (const [name, make] of [['zoom', zoomExport], ['teams', teamsExport]]) {
  let previous;
  for (const size of sizes) {
    const file = join(out, `${name}-${size}.txt`);
    const text = make(size, 42);
    writeFileSync(file, text);
    const n = size <= 1_000 ? 11 : size <= 10_000 ? 5 : 1;
    const args = [bin, 'summarise', file, '--date', '2025-10-23'];
    // Short runs alternate with bare starts, so both medians see the same machine load.
    const pairs = size <= 1_000 ? Array.from({ length: n }, () => [wall(['-e', '0']), wall(args)]) : undefined;
    const ms = pairs ? median(pairs.map((p) => p[1])) : runs(n, () => wall(args));
    const base = pairs ? median(pairs.map((p) => p[0])) : bare;
    const peak = spawnSync(process.execPath, [child, 'summarise', file, '--date', '2025-10-23'], { stdio: ['ignore', 'ignore', 'inherit', 'pipe'] });
    const { maxRSSKB } = JSON.parse(peak.output[3].toString());
    const growth = previous ? `${(ms / previous).toFixed(1)}x` : '';
    previous = ms;
    console.log(
      `${name.padEnd(7)} ${String(size).padStart(8)} ${(text.length / 1e6).toFixed(1).padStart(7)} ${ms.toFixed(0).padStart(9)} ${(ms / base).toFixed(2).padStart(7)} ${(maxRSSKB / 1024).toFixed(0).padStart(9)}  ${growth}`,
    );
  }
}
console.log('x node: against the bare start above, or for 1,000 messages against bare starts alternated with its runs');
console.log('targets: 1,000 messages <= 2.5x node start; 100,000 < 10 s and 500 MB; growth per 10x messages <= ~12x');
