/** Broken archives: as INPUT one line naming it and exit 2, no stack; nested in INPUT a failed entry while the rest run. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMain } from '../support/cli.js';
import { buildTar, buildZip, removeTempDirs, tempDir, writeTree } from './archives.js';
import { fixtureExports } from './fixtures.js';
import { report, runBatchCli } from './run-helpers.js';

afterAll(removeTempDirs);

const z3 = fixtureExports()['exports/zoom/z3.txt']!;
const good = buildZip([{ name: 'a/z3.txt', data: z3 }]);
const garbage = Buffer.from('not an archive at all\n'.repeat(40));

const NO_EOCD = 'end of central directory record signature not found; either not a zip file, or file is truncated';

const inputs: Array<{ name: string; bytes: () => Buffer | Promise<Buffer>; stderr: string }> = [
  { name: 'empty.zip', bytes: () => Buffer.alloc(0), stderr: 'empty.zip: cannot read the zip: the file is empty' },
  { name: 'garbage.zip', bytes: () => garbage, stderr: `garbage.zip: cannot read the zip: ${NO_EOCD}` },
  { name: 'truncated.zip', bytes: () => good.subarray(0, good.length - 30), stderr: `truncated.zip: cannot read the zip: ${NO_EOCD}` },
  { name: 'garbage.tar', bytes: () => garbage, stderr: 'garbage.tar: cannot read the tar: invalid tar header; maybe the tar is corrupted or it needs to be gunzipped?' },
  { name: 'empty.tar', bytes: () => Buffer.alloc(0), stderr: 'empty.tar: cannot read the tar: the file is empty' },
  { name: 'empty.tar.gz', bytes: () => Buffer.alloc(0), stderr: 'empty.tar.gz: cannot read the tar.gz: the file is empty' },
  { name: 'garbage.tar.gz', bytes: () => garbage, stderr: 'garbage.tar.gz: cannot read the tar.gz: incorrect header check' },
  {
    name: 'truncated.tar.gz',
    bytes: async () => {
      const whole = await buildTar([{ name: 'z3.txt', data: Buffer.concat([z3, z3, z3]) }], true);
      return whole.subarray(0, whole.length >> 1);
    },
    stderr: 'truncated.tar.gz: cannot read the tar.gz: unexpected end of file',
  },
];

describe('batch on a broken archive', () => {
  it.each(inputs)('$name: one line naming it, exit 2, no stack', async (c) => {
    const dir = tempDir();
    writeFileSync(join(dir, c.name), await c.bytes());
    const r = await runMain(['batch', c.name, '-o', 'out', '-q'], dir);
    expect([r.exitCode, r.stderr, r.stdout]).toEqual([2, `chatnotes: ${c.stderr}\n`, '']);
  });
});

// Zips nested in INPUT: one starting like a zip but cut short, one only named .zip.
const nested = { 'truncated.zip': good.subarray(0, 60), 'renamed.zip': garbage, 'z3.txt': z3 };
const nestedReasons = {
  'truncated.zip': ['failed', 'cannot read the zip: invalid zip data'],
  'renamed.zip': ['failed', 'cannot read the zip: not a zip file (no zip signature at its start)'],
  'z3.txt': ['written', undefined],
};

describe('batch with a broken zip inside INPUT', () => {
  it.each(['folder', 'zip'] as const)('in a %s: that entry fails with its reason, the others are summarised', async (kind) => {
    const dir = tempDir();
    if (kind === 'folder') writeTree(join(dir, 'in'), nested);
    else writeFileSync(join(dir, 'in.zip'), buildZip(Object.entries(nested).map(([name, data]) => ({ name, data }))));
    const r = await runBatchCli([kind === 'folder' ? 'in' : 'in.zip'], { output: 'out', json: true, quiet: true, jobs: '1' }, dir);
    expect(r.code).toBe(1);
    expect(Object.fromEntries(report(r).items.map((i) => [i.path, [i.outcome, i.reason]]))).toEqual(nestedReasons);
  });
});
