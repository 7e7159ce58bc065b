/** The bundled CLI and its V8 code cache (after `npm run build`, which `npm test` runs first). */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const loader = new URL('../../dist/cli/load-bundle.js', import.meta.url).href;
const bundle = new URL('../../dist/bundle/', import.meta.url).pathname;

/** Loads the cli bundle from `dir` in a fresh node, runs `--version`, and reports the cache's fate. */
function probe(dir: string, before = ''): { states: Record<string, string>; version: string } {
  const script = `
    import { cacheFileOf, cacheStates, loadBundle } from ${JSON.stringify(loader)};
    ${before}
    let out = '';
    const code = await loadBundle('cli', ${JSON.stringify(dir)}).main({ argv: ['--version'], stdout: { write: (s) => (out += s) } });
    console.log(JSON.stringify({ states: cacheStates(), version: out.trim(), code }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as { states: Record<string, string>; version: string };
}

/** The cli bundle alone in a package-shaped temp folder (it reads ../../package.json for --version). */
const copyOfCli = (): string => {
  const root = mkdtempSync(join(tmpdir(), 'chatnotes-bundle-'));
  const dir = join(root, 'dist', 'bundle');
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(bundle, '..', '..', 'package.json'), join(root, 'package.json'));
  copyFileSync(join(bundle, 'cli.cjs'), join(dir, 'cli.cjs'));
  return dir;
};

describe('the bundled CLI', () => {
  it('loads with the code cache the build wrote', () => {
    const r = probe(bundle);
    expect(r.states).toEqual({ 'cli.cjs': 'accepted' });
    expect(r.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('compiles as usual when there is no cache', () => {
    const r = probe(copyOfCli());
    expect(r.states).toEqual({ 'cli.cjs': 'none' });
    expect(r.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('ignores a cache V8 rejects', () => {
    const dir = copyOfCli();
    const r = probe(dir, `(await import('node:fs')).writeFileSync(cacheFileOf(${JSON.stringify(join(dir, 'cli.cjs'))}), Buffer.alloc(4096, 7));`);
    expect(r.states).toEqual({ 'cli.cjs': 'rejected' });
    expect(r.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('never uses a cache made for an earlier build of the file', () => {
    const dir = copyOfCli();
    // A cache for this exact file, then the file changes (same length, new time): the old cache must not apply.
    probe(dir, `const { writeCodeCache } = await import(${JSON.stringify(loader)}); process.on('beforeExit', () => writeCodeCache());`);
    writeFileSync(join(dir, 'cli.cjs'), `${'/* rebuilt */'}\n`, { flag: 'a' });
    utimesSync(join(dir, 'cli.cjs'), new Date(), new Date(Date.now() + 5000));
    expect(probe(dir).states).toEqual({ 'cli.cjs': 'none' });
  });
});

describe('bin/chatnotes.js', () => {
  it('says how to build when the CLI has not been built, and exits 2', () => {
    const root = mkdtempSync(join(tmpdir(), 'chatnotes-unbuilt-'));
    mkdirSync(join(root, 'bin'));
    copyFileSync(new URL('../../bin/chatnotes.js', import.meta.url), join(root, 'bin', 'chatnotes.js'));
    writeFileSync(join(root, 'package.json'), '{"type":"module"}');
    const r = spawnSync(process.execPath, [join(root, 'bin', 'chatnotes.js'), '--version'], { encoding: 'utf8' });
    expect(r.stderr).toBe('chatnotes: the CLI is not built yet; run `npm run build` (npm ci and npm install do it)\n');
    expect(r.status).toBe(2);
  });
});
