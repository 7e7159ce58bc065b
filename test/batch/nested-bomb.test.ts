/** The compression-ratio cap holds for a zip nested in INPUT (and a zip given to summarise), not only for INPUT's own entries. */
import { unzipSync, zipSync } from 'fflate';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/batch/limits.js';
import { runMain } from '../support/cli.js';
import { buildZip, removeTempDirs, tempDir, writeTree } from './archives.js';
import { fixtureExports } from './fixtures.js';
import { report, runBatchCli } from './run-helpers.js';

afterAll(removeTempDirs);

const z3 = fixtureExports()['exports/zoom/z3.txt']!;
// 4 MB of zeros at level 9 is about 1000:1; beside it one chat, which alone would be summarised.
const bomb = zipSync({ 'padding.bin': new Uint8Array(4 * 1024 * 1024), 'chat.txt': z3 }, { level: 9 });

/** The ratio as the cap words it, from the bomb's own central directory. */
function bombReason(): string {
  let ratio = 0;
  unzipSync(bomb, { filter: (f) => ((ratio = f.name === 'padding.bin' ? Math.round(f.originalSize / f.size) : ratio), false) });
  expect(ratio).toBeGreaterThan(DEFAULT_LIMITS.maxRatio);
  return `padding.bin in the zip: suspicious compression ratio ${ratio}:1 (limit ${DEFAULT_LIMITS.maxRatio}:1); possible zip bomb`;
}

describe('a zip bomb nested in INPUT', () => {
  it.each(['folder', 'zip'] as const)('in a %s: fails on its ratio, the other exports are summarised', async (kind) => {
    const dir = tempDir();
    const tree = { 'nested/bomb.zip': bomb, 'z3.txt': z3 };
    if (kind === 'folder') writeTree(join(dir, 'in'), tree);
    else writeFileSync(join(dir, 'in.zip'), buildZip(Object.entries(tree).map(([name, data]) => ({ name, data, store: true }))));
    const r = await runBatchCli([kind === 'folder' ? 'in' : 'in.zip'], { output: 'out', json: true, quiet: true, jobs: '1' }, dir);
    expect(r.code).toBe(1);
    expect(Object.fromEntries(report(r).items.map((i) => [i.path, [i.outcome, i.reason]]))).toEqual({
      'nested/bomb.zip': ['failed', bombReason()],
      'z3.txt': ['written', undefined],
    });
  });

  it('is refused by summarise too, in one line', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bomb.zip'), bomb);
    const r = await runMain(['summarise', 'bomb.zip'], dir);
    expect([r.exitCode, r.stderr, r.stdout]).toEqual([2, `chatnotes: bomb.zip: ${bombReason()}\n`, '']);
  });
});
