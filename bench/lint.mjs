// Lint benchmark: 1,000 seeded overviews linted in-process by chatnotes and by
// markdownlint (default rules) in the same run; prints both times and their ratio.
// The machine is shared, so load drifts during a run: each round times both on the
// same strings, alternating which goes first, and the ratio is over all rounds.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { lint as markdownlint } from 'markdownlint/sync';
import { lintText } from '../dist/lint/lint.js';
import { overview } from './generate.mjs';

const count = Number(process.env.BENCH_OVERVIEWS ?? 1000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 4);
const files = Array.from({ length: count }, (_, i) => [`overview-${i}.md`, overview(i + 1)]);
const lines = files.reduce((n, [, text]) => n + text.split('\n').length, 0);

// A full collection before each timing, so neither pays for the garbage the other left behind.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc');

const time = (f) => {
  collect();
  const t = process.hrtime.bigint();
  const result = f();
  return [Number(process.hrtime.bigint() - t) / 1e6, result];
};

const ours = () => files.reduce((n, [file, text]) => n + lintText(text, { file }).length, 0);
const theirs = () => Object.values(markdownlint({ strings: Object.fromEntries(files) })).reduce((n, r) => n + r.length, 0);

// Warm-up on the same 50 files each, so both are measured with their code compiled.
const warm = files.slice(0, 50);
for (let i = 0; i < 2; i += 1) {
  for (const [file, text] of warm) lintText(text, { file });
  markdownlint({ strings: Object.fromEntries(warm) });
}

const total = { ours: 0, theirs: 0 };
const found = { ours: 0, theirs: 0 };
const ratios = [];
for (let round = 0; round < rounds; round += 1) {
  const order = round % 2 === 0 ? ['ours', 'theirs'] : ['theirs', 'ours'];
  const ms = {};
  for (const who of order) [ms[who], found[who]] = time(who === 'ours' ? ours : theirs);
  total.ours += ms.ours;
  total.theirs += ms.theirs;
  ratios.push((ms.ours / ms.theirs).toFixed(2));
}

console.log(`lint: ${count} overviews, ${lines} lines, ${rounds} round(s), order alternating`);
console.log(`chatnotes lint  ${(total.ours / rounds).toFixed(0).padStart(6)} ms a round  ${found.ours} findings`);
console.log(`markdownlint    ${(total.theirs / rounds).toFixed(0).padStart(6)} ms a round  ${found.theirs} findings`);
console.log(`ratio per round ${ratios.join(' ')}`);
console.log(`ratio chatnotes/markdownlint ${(total.ours / total.theirs).toFixed(2)} (target: below 1)`);
