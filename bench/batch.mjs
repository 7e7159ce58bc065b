// Batch benchmark: 2,000 small seeded exports in a folder, `batch --jobs 1` vs `--jobs 2`,
// and the per-export overhead of batch against calling summariseExport in a loop.
// Prints ratios, never pass/fail. Imports the built code from dist/ (npm run build first).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { teamsExport, zoomExport, prng } from './generate.mjs';

const dist = new URL('../dist/', import.meta.url);
const { run } = await import(new URL('cli/batch.js', dist));
const { summariseExport } = await import(new URL('summarise/from-export.js', dist));
const { defaultNoise, defaultRules } = await import(new URL('config/defaults.js', dist));
const { readBundled } = await import(new URL('io/bundled.js', dist));

const COUNT = Number(process.env.BENCH_BATCH_COUNT ?? 2000);
const work = mkdtempSync(join(tmpdir(), 'chatnotes-bench-batch-'));
const input = join(work, 'in');
const r = prng(7);
const paths = [];
for (let i = 0; i < COUNT; i += 1) {
  const day = `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  const messages = 20 + Math.floor(r() * 40);
  const zoom = i % 2 === 0;
  const rel = zoom ? `${day} 14.00.05 Peer Space ${i}/meeting_saved_chat.txt` : `teams/${day}-circle-${i}.txt`;
  mkdirSync(join(input, rel, '..'), { recursive: true });
  writeFileSync(join(input, rel), zoom ? zoomExport(messages, 1000 + i) : teamsExport(messages, 1000 + i));
  paths.push(rel);
}

const ctx = { cwd: work, stdout: { write: () => true }, stderr: { write: () => true }, env: {}, readStdin: async () => Buffer.alloc(0), now: () => new Date(), colour: false };
const time = async (f) => {
  const t = process.hrtime.bigint();
  await f();
  return Number(process.hrtime.bigint() - t) / 1e6;
};
const batch = (jobs) => time(async () => {
  const code = await run(['in'], { output: `out-${jobs}`, jobs: String(jobs), quiet: true, force: true }, ctx);
  if (code !== 0) throw new Error(`batch --jobs ${jobs} exited ${code}`);
});
const loop = () => time(() => {
  const job = { rules: defaultRules(), noise: defaultNoise(), template: readBundled('overview.md'), timeZone: 'Europe/London' };
  for (const p of paths) summariseExport(readFileSync(join(input, p)), p, job);
});

// One warm-up of each so the JIT and the file cache are equal for all.
await loop();
await batch(1);
const best = async (f) => Math.min(await f(), await f(), await f());
const tLoop = await best(loop);
const t1 = await best(() => batch(1));
const t2 = await best(() => batch(2));
const rate = (ms) => (COUNT / (ms / 1000)).toFixed(0);
console.log(`batch: ${COUNT} exports, ${availableParallelism()} cores (best of 3)`);
console.log(`  summariseExport loop   ${tLoop.toFixed(0).padStart(6)} ms  ${rate(tLoop).padStart(6)} exports/s`);
console.log(`  batch --jobs 1         ${t1.toFixed(0).padStart(6)} ms  ${rate(t1).padStart(6)} exports/s`);
console.log(`  batch --jobs 2         ${t2.toFixed(0).padStart(6)} ms  ${rate(t2).padStart(6)} exports/s`);
console.log(`  jobs 2 / jobs 1 throughput ratio   ${(t1 / t2).toFixed(2)}x (target >= 1.6x on two cores)`);
console.log(`  batch --jobs 1 / loop time ratio   ${(t1 / tLoop).toFixed(2)}x; overhead ${((t1 - tLoop) / COUNT).toFixed(3)} ms per export (read, hash, name, write, index, manifest)`);
const tNoop = await time(async () => {
  await run(['in'], { output: 'out-1', jobs: '1', quiet: true }, ctx);
});
console.log(`  re-run, nothing changed            ${tNoop.toFixed(0)} ms (${(tNoop / t1 * 100).toFixed(0)}% of a full --jobs 1 run)`);
rmSync(work, { recursive: true, force: true });
