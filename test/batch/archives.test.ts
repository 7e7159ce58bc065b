/** End to end: generated zips and tar.gz holding every supported format, plus bad entries. */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, type Limits } from '../../src/batch/limits.js';
import { buildTar, buildZip, removeTempDirs, tempDir, type ZipItem } from './archives.js';
import { fixtureExports, slackFolder } from './fixtures.js';
import { report, runBatchCli, snapshot } from './run-helpers.js';

afterAll(removeTempDirs);

const all = fixtureExports();
const good = all;
const largest = Math.max(...Object.values(good).map((b) => b.length));
// Caps lowered so one entry can be "oversized" without writing 200 MB.
const limits: Limits = { ...DEFAULT_LIMITS, maxEntryBytes: largest + 1000 };
const z3 = good['exports/zoom/z3.txt']!;

const bad: ZipItem[] = [
  { name: 'exports/corrupt/meeting_saved_chat.txt', data: z3, badCrc: true },
  { name: '../evil.txt', data: 'escaped', store: true },
  { name: '/tmp/absolute-evil.txt', data: 'escaped', store: true },
  { name: 'exports/huge/chat.txt', data: Buffer.alloc(limits.maxEntryBytes + 1, 'a') },
  { name: 'exports/link.txt', data: '/etc/passwd', store: true, symlink: true },
  { name: 'exports/cover.png', data: 'png', store: true },
  { name: 'exports/notes.txt', data: 'Remember to buy milk.\n', store: true },
  // An unzipped Slack export inside the archive: many files, one export.
  ...Object.entries(slackFolder('slack')).map(([name, data]) => ({ name, data, store: true })),
];

const zipItems = (): ZipItem[] => [...Object.entries(all).map(([name, data]) => ({ name, data })), ...bad];

async function archive(kind: 'zip' | 'tar.gz'): Promise<{ dir: string; file: string }> {
  const dir = tempDir();
  const file = join(dir, `exports.${kind}`);
  if (kind === 'zip') writeFileSync(file, buildZip(zipItems()));
  else writeFileSync(file, await buildTar([...zipItems().filter((i) => !i.badCrc && !i.symlink), { name: 'exports/link.txt', type: 'symlink' }], true));
  return { dir, file };
}

const outcomes = (r: ReturnType<typeof report>) => Object.fromEntries(r.items.map((i) => [i.path, i.outcome]));

describe.each(['zip', 'tar.gz'] as const)('batch on a generated .%s', (kind) => {
  it('summarises every good export, reports the bad ones and writes nothing outside OUTDIR', async () => {
    const { dir, file } = await archive(kind);
    const r = await runBatchCli([file], { output: 'out', json: true, quiet: true, jobs: '2' }, dir, { limits });
    expect(r.code).toBe(1);
    const rep = report(r);
    const byPath = outcomes(rep);
    for (const path of Object.keys(good)) expect([path, byPath[path]]).toEqual([path, 'written']);
    expect(byPath['../evil.txt']).toBe('failed');
    expect(rep.items.find((i) => i.path === '../evil.txt')?.reason).toMatch(/unsafe path/);
    expect(rep.items.find((i) => i.path === '/tmp/absolute-evil.txt')?.reason).toMatch(/absolute/);
    expect(rep.items.find((i) => i.path === 'exports/huge/chat.txt')).toMatchObject({ outcome: 'failed', reason: expect.stringMatching(/entry too large/) });
    expect(rep.items.find((i) => i.path === 'exports/link.txt')).toMatchObject({ outcome: 'skipped', reason: expect.stringMatching(/link/) });
    expect(rep.items.find((i) => i.path === 'exports/cover.png')).toMatchObject({ outcome: 'skipped' });
    expect(rep.items.find((i) => i.path === 'exports/notes.txt')).toMatchObject({ outcome: 'skipped', reason: expect.stringMatching(/not a chat export/) });
    expect(rep.items.find((i) => i.path === 'slack')).toMatchObject({ outcome: 'written', format: 'slack' });
    expect(rep.items.filter((i) => i.path.startsWith('slack/'))).toEqual([]);
    if (kind === 'zip') expect(rep.items.find((i) => i.path === 'exports/corrupt/meeting_saved_chat.txt')).toMatchObject({ outcome: 'failed', reason: expect.stringMatching(/corrupt entry/) });
    expect(rep.counts.written).toBe(Object.keys(good).length + 1);

    // Nothing escaped: the temp folder holds the archive and OUTDIR only, and OUTDIR only slugs.
    expect(readdirSync(dir).sort()).toEqual([`exports.${kind}`, 'out']);
    expect(existsSync(join(dir, '..', 'evil.txt'))).toBe(false);
    expect(existsSync('/tmp/absolute-evil.txt')).toBe(false);
    for (const name of readdirSync(join(dir, 'out'))) expect(name).toMatch(/^(?:index\.md|\.chatnotes-manifest\.json|(?:\d{4}-\d{2}-\d{2}|undated)-[a-z0-9-]+\.md)$/);
    const index = snapshot(join(dir, 'out'))['index.md']!;
    expect(index).toMatch(/\| 2026-03-13 \| Peer Space \| Zoom \| \d+ \| \d+ \| \[2026-03-13-peer-space\.md\]\(2026-03-13-peer-space\.md\) \|/);
    expect(index).toMatch(/## Failures\n\n- `\.\.\/evil\.txt`: unsafe path/);
  });

  it('does no work on a second run, and redoes only a changed export', async () => {
    const { dir, file } = await archive(kind);
    await runBatchCli([file], { output: 'out', quiet: true, jobs: '1' }, dir, { limits });
    const before = snapshot(join(dir, 'out'));
    const again = await runBatchCli([file], { output: 'out', quiet: true, jobs: '1' }, dir, { limits });
    // Every fixture plus the Slack folder, whose in-memory zip hashes the same on every run.
    expect(again.stdout).toMatch(new RegExp(`^0 summarised, ${Object.keys(good).length + 1} unchanged, `, 'm'));
    expect(snapshot(join(dir, 'out'))).toEqual(before);

    const changed = { ...all, 'exports/zoom/z3.txt': Buffer.concat([z3, Buffer.from('14:40:00 From Sam to Everyone:\n\tWe should add a reading list for new volunteers.\n')]) };
    const items = [...Object.entries(changed).map(([name, data]) => ({ name, data })), ...bad];
    if (kind === 'zip') writeFileSync(file, buildZip(items));
    else writeFileSync(file, await buildTar(items.filter((i) => !('badCrc' in i) && !('symlink' in i)), true));
    const third = await runBatchCli([file], { output: 'out', json: true, quiet: true, jobs: '1' }, dir, { limits });
    const rep = report(third);
    expect(rep.items.filter((i) => i.outcome === 'written').map((i) => i.path)).toEqual(['exports/zoom/z3.txt']);
    expect(rep.counts.unchanged).toBe(Object.keys(good).length - 1 + 1); // all but z3, plus the Slack folder
  });
});

describe('caps', () => {
  it('fails a zip-bomb-like entry on its compression ratio, with the default caps', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bomb.zip'), buildZip([{ name: 'zeros.txt', data: Buffer.alloc(2 * 1024 * 1024) }, { name: 'chat.txt', data: z3 }]));
    const r = report(await runBatchCli(['bomb.zip'], { output: 'out', json: true, quiet: true }, dir));
    expect(r.items.find((i) => i.path === 'zeros.txt')).toMatchObject({ outcome: 'failed', reason: expect.stringMatching(/compression ratio \d+:1 \(limit 100:1\)/) });
    expect(r.items.find((i) => i.path === 'chat.txt')?.outcome).toBe('written');
  });

  it('stops at the entry-count cap with a clear error', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'many.zip'), buildZip(['a.txt', 'b.txt', 'c.txt'].map((name) => ({ name, data: z3 }))));
    const r = report(await runBatchCli(['many.zip'], { output: 'out', json: true, quiet: true }, dir, { limits: { ...DEFAULT_LIMITS, maxEntries: 2 } }));
    expect(r.items.map((i) => [i.path, i.outcome])).toEqual([['a.txt', 'written'], ['b.txt', 'written'], ['c.txt', 'failed']]);
    expect(r.items[2]!.reason).toMatch(/too many entries: the limit is 2/);
  });
});
