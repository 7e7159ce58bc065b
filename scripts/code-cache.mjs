// Runs the bundled CLI on bundled samples, in this one process, so V8 compiles what real
// runs use; then saves V8's code cache beside each bundle (see src/cli/load-bundle.ts).
// Called by scripts/bundle.mjs; output goes nowhere and no file but the caches is written.
import { cacheStates, loadBundle, writeCodeCache } from '../dist/cli/load-bundle.js';

const { main } = loadBundle('cli');
const sink = { write: () => true };
const runs = [
  ['summarise', 'fixtures/overviews/seed-001-teams/chat.txt', '--rules', 'fixtures/overviews/seed-001-teams/rules.yaml'],
  ['summarise', 'fixtures/exports/zoom/z1.txt', '--date', '2025-10-23'],
  ['summarise', 'fixtures/exports/zoom/z2.txt', '--json'],
  ['summarise', 'fixtures/exports/whatsapp/android-en-gb.txt'],
  ['summarise', 'fixtures/exports/csv/excel-semicolon-bom.csv'],
  ['lint', 'fixtures/seeds/001_c84b97bb5e5a426a.txt'],
  ['dates', '--start', '2026-06-26', '--every', '12w', '--count', '4', '--time', '14:00-16:00'],
  ['formats'],
  ['--help'],
];
for (const argv of runs) {
  const code = await main({ argv, cwd: process.cwd(), stdout: sink, stderr: sink, env: { NO_COLOR: '1' } });
  // Findings (1) are expected of a seed; a usage error means a sample has moved.
  if (code === 2) throw new Error(`code cache warm-up: chatnotes ${argv.join(' ')} exited 2`);
}
const written = writeCodeCache();
console.log(`code cache: ${written.length} bundles (${Object.keys(cacheStates()).join(', ')})`);
