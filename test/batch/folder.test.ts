/** Folder INPUT: jobs-independent output, config in INPUT, ownership, stale overviews, symlinks, shards and merged index. */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, symlink, tempDir, writeTree } from './archives.js';
import { runMain } from '../support/cli.js';
import { fixtureExports } from './fixtures.js';
import { report, runBatchCli, snapshot } from './run-helpers.js';

afterAll(removeTempDirs);

const all = fixtureExports();
// Only exports some parser reads; the rest are checked as skipped where it matters.
const good = all;
const RULES = 'themes:\n  - title: Volunteering\n    keywords: [volunteer, rota, supervision]\n  - title: Everything else\n    fallback: true\n';

function folder(extra: Record<string, string> = {}): { dir: string; input: string } {
  const dir = tempDir();
  const input = writeTree(join(dir, 'in'), { ...good, ...extra });
  return { dir, input };
}

describe('batch on a folder', () => {
  it('writes byte-identical output whatever --jobs is', async () => {
    const { dir } = folder();
    const runs = await Promise.all(['1', '2', '3'].map((jobs) => runBatchCli(['in'], { output: `out-${jobs}`, quiet: true, jobs }, dir)));
    for (const r of runs) expect(r.code).toBe(0);
    const [one, two, three] = ['1', '2', '3'].map((j) => snapshot(join(dir, `out-${j}`)));
    expect(Object.keys(one!).length).toBe(Object.keys(good).length + 2);
    expect(two).toEqual(one);
    expect(three).toEqual(one);
  });

  it('prints one line per file when stderr is not a terminal, and the counts', async () => {
    const { dir } = folder();
    const r = await runBatchCli(['in'], { output: 'out', jobs: '1' }, dir);
    expect(r.stderr).toMatch(/^\[1\/\d+\] exports\/2026-03-13 14\.00\.05 Peer Space\/meeting_saved_chat\.txt ok$/m);
    expect(r.stdout).toMatch(new RegExp(`^${Object.keys(good).length} summarised, 0 unchanged, 0 failed, 0 skipped; index: out/index.md$`, 'm'));
    const quiet = await runBatchCli(['in'], { output: 'out', quiet: true, force: true }, dir);
    expect(quiet.stderr).toBe('');
  });

  it('honours chatnotes.config.json in INPUT, and flags win over it', async () => {
    const { dir } = folder({ 'chatnotes.config.json': JSON.stringify({ summarise: { rules: 'rules.yaml', tz: 'Europe/London' } }), 'rules.yaml': RULES });
    const r = report(await runBatchCli(['in'], { output: 'out', json: true, quiet: true }, dir));
    expect(r.items.find((i) => i.path === 'rules.yaml')).toMatchObject({ outcome: 'skipped', reason: 'configuration' });
    const z3 = readFileSync(join(dir, 'out', r.items.find((i) => i.path === 'exports/zoom/z3.txt')!.output!), 'utf8');
    expect(z3).toMatch(/### (Volunteering|Everything else)/);
    writeFileSync(join(dir, 'flag-rules.yaml'), 'themes:\n  - title: From the flag\n    fallback: true\n');
    await runBatchCli(['in'], { output: 'out2', quiet: true, rules: 'flag-rules.yaml' }, dir);
    expect(readFileSync(join(dir, 'out2', r.items.find((i) => i.path === 'exports/zoom/z3.txt')!.output!), 'utf8')).toMatch(/### From the flag/);
  });

  it('refuses a template (in INPUT or --template) that Mustache cannot parse, naming it and its line, before any export', async () => {
    const { dir } = folder({ 'chatnotes.config.json': JSON.stringify({ summarise: { template: 'overview.md' } }), 'overview.md': '## {{title}}\n\n{{#sections}}\n### {{title}}\n' });
    const r = await runBatchCli(['in'], { output: 'out', quiet: true }, dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('chatnotes: in/overview.md:3: not a valid Mustache template: Unclosed section "sections"\n');
    expect(existsSync(join(dir, 'out'))).toBe(false);
    // The same for --template: one error up front, not one failure per export.
    const plain = folder();
    writeFileSync(join(plain.dir, 'flag-template.md'), '{{#sections}}\n');
    const flagged = await runBatchCli(['in'], { output: 'out', quiet: true, template: 'flag-template.md' }, plain.dir);
    expect([flagged.code, flagged.stderr]).toEqual([2, 'chatnotes: flag-template.md:1: not a valid Mustache template: Unclosed section "sections"\n']);
  });

  it('gives a Slack export a section set per channel with byChannel in the config or --by-channel', async () => {
    const slackOf = (dir: string, out: string, r: ReturnType<typeof report>) => readFileSync(join(dir, out, r.items.find((i) => i.path === 'exports/slack/peer-space.zip')!.output!), 'utf8');
    const { dir } = folder({ 'chatnotes.config.json': JSON.stringify({ summarise: { byChannel: true } }) });
    const r = report(await runBatchCli(['in'], { output: 'out', json: true, quiet: true }, dir));
    expect(slackOf(dir, 'out', r)).toMatch(/\n### #peer-support: Ideas & Suggestions\n[\s\S]*\n### #general: Other Points\n/);
    const plain = folder();
    const merged = report(await runBatchCli(['in'], { output: 'out', json: true, quiet: true }, plain.dir));
    expect(slackOf(plain.dir, 'out', merged)).not.toMatch(/### #/);
    const flagged = report(await runBatchCli(['in'], { output: 'out2', json: true, quiet: true, byChannel: true }, plain.dir));
    expect(slackOf(plain.dir, 'out2', flagged)).toMatch(/\n### #general: Other Points\n/);
  });

  it('names the file and the path of a bad config', async () => {
    const { dir } = folder({ 'chatnotes.config.json': JSON.stringify({ summarise: { rulez: 'x.yaml' } }) });
    const r = await runBatchCli(['in'], { output: 'out' }, dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('chatnotes: in/chatnotes.config.json: summarise: unknown key "rulez"\n');
  });

  it('blames a bad tz in the config on the config, not on --tz', async () => {
    const { dir } = folder({ 'chatnotes.config.json': JSON.stringify({ summarise: { tz: 'Mars/Base' } }) });
    const r = await runMain(['batch', 'in', '-o', 'out'], dir);
    expect([r.exitCode, r.stderr]).toEqual([2, 'chatnotes: in/chatnotes.config.json: summarise.tz: "Mars/Base" is not a time zone; expected an IANA name such as Europe/London\n']);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('gives a broken JSON config a JSON error with its line, and a broken YAML one the YAML error', async () => {
    const configs: Array<[string, string]> = [
      // A trailing comma: YAML reads it, JSON does not.
      ['chatnotes.config.json', '{\n  "summarise": {\n    "tz": "Europe/London",\n  }\n}\n'],
      // Cut short: YAML's "Flow map … must end with a }" before.
      ['chatnotes.config.json', '{\n  "summarise": {\n    "tz": "Europe/London"\n'],
      ['chatnotes.config.yaml', 'summarise:\n  tz: Europe/London\n  rules: [a\n'],
    ];
    const results = [];
    for (const [name, text] of configs) {
      const { dir } = folder({ [name]: text });
      const r = await runMain(['batch', 'in', '-o', 'out'], dir);
      results.push([r.exitCode, r.stderr]);
    }
    expect(results).toEqual([
      [2, 'chatnotes: in/chatnotes.config.json:4: not valid JSON: Expected double-quoted property name\n'],
      [2, "chatnotes: in/chatnotes.config.json:3: not valid JSON: Expected ',' or '}' after property value\n"],
      [2, 'chatnotes: in/chatnotes.config.yaml:4: Flow sequence in block collection must be sufficiently indented and end with a ]\n'],
    ]);
  });

  it('redoes everything when the rules change, and with --force', async () => {
    const { dir } = folder();
    writeFileSync(join(dir, 'r.yaml'), RULES);
    await runBatchCli(['in'], { output: 'out', quiet: true }, dir);
    expect((await runBatchCli(['in'], { output: 'out', quiet: true, rules: 'r.yaml' }, dir)).stdout).toMatch(/^\d+ summarised, 0 unchanged/m);
    expect((await runBatchCli(['in'], { output: 'out', quiet: true, rules: 'r.yaml' }, dir)).stdout).toMatch(/^0 summarised, \d+ unchanged/m);
    expect((await runBatchCli(['in'], { output: 'out', quiet: true, rules: 'r.yaml', force: true }, dir)).stdout).toMatch(/^\d+ summarised, 0 unchanged/m);
  });

  it('lists overviews whose export disappeared as stale and keeps them', async () => {
    const { dir, input } = folder();
    const first = report(await runBatchCli(['in'], { output: 'out', json: true, quiet: true }, dir));
    const gone = first.items.find((i) => i.path === 'exports/zoom/z2.txt')!;
    rmSync(join(input, 'exports/zoom/z2.txt'));
    const r = await runBatchCli(['in'], { output: 'out', quiet: false }, dir);
    expect(r.stdout).toContain(`stale    out/${gone.output}: exports/zoom/z2.txt is no longer in INPUT (kept)`);
    expect(r.stdout).toMatch(/1 stale/);
    expect(existsSync(join(dir, 'out', gone.output!))).toBe(true);
    expect(readFileSync(join(dir, 'out/index.md'), 'utf8')).not.toContain(gone.output);
  });

  it('refuses to overwrite files it did not write, unless --force', async () => {
    const { dir } = folder();
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out/index.md'), 'mine\n');
    const r = await runBatchCli(['in'], { output: 'out', quiet: true }, dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/out\/index\.md: already exists and was not written by chatnotes batch; use --force/);
    expect(readFileSync(join(dir, 'out/index.md'), 'utf8')).toBe('mine\n');
    expect((await runBatchCli(['in'], { output: 'out', quiet: true, force: true }, dir)).code).toBe(0);
  });

  it('refuses an OUTDIR inside INPUT', async () => {
    const { dir } = folder();
    const r = await runBatchCli(['in'], { output: 'in/out' }, dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is inside INPUT/);
  });

  it('follows symbolic links only inside INPUT', async () => {
    const { dir, input } = folder();
    writeFileSync(join(dir, 'outside.txt'), readFileSync(join(input, 'exports/zoom/z3.txt')));
    symlink(join(dir, 'outside.txt'), join(input, 'escape.txt'));
    symlink(join(input, 'exports/zoom/z3.txt'), join(input, 'inside.txt'));
    const r = report(await runBatchCli(['in'], { output: 'out', json: true, quiet: true }, dir));
    expect(r.items.find((i) => i.path === 'escape.txt')).toMatchObject({ outcome: 'skipped', reason: 'symbolic link out of INPUT: not followed' });
    expect(r.items.find((i) => i.path === 'inside.txt')?.outcome).toBe('written');
  });

  it('splits the work into shards and merges their indexes', async () => {
    const { dir } = folder();
    const shards = await Promise.all([1, 2, 3].map((k) => runBatchCli(['in'], { output: `out/shard-${k}`, json: true, quiet: true, shard: `${k}/3` }, dir)));
    const paths = shards.flatMap((s) => report(s).items.map((i) => i.path)).sort();
    expect(paths).toEqual(Object.keys(good).sort());
    expect(shards.every((s) => report(s).items.length < paths.length)).toBe(true);
    const merged = await runBatchCli(['out/shard-1', 'out/shard-2', 'out/shard-3'], { output: 'out', mergeIndex: true }, dir);
    expect(merged.code).toBe(0);
    const index = readFileSync(join(dir, 'out/index.md'), 'utf8');
    expect(index).toContain(`${paths.length} meetings, 0 failed.`);
    expect(index).toMatch(/\]\(shard-\d\/2026-03-13-peer-space\.md\)/);
  });
});
