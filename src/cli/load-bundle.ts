/**
 * Loads the bundled CLI (`dist/bundle/*.cjs`, written by scripts/bundle.mjs) with
 * V8's code cache. Node 20 has no compile cache of its own, and compiling the
 * bundle's functions on first call is a large part of a short run, so the build
 * runs the CLI once on bundled samples and saves the bytecode V8 made. The cache
 * is only ever a shortcut: a missing, stale or rejected one means a normal compile.
 */
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

export type CacheState = 'accepted' | 'rejected' | 'none';

interface Loaded {
  exports: unknown;
  script: Script;
  cacheFile: string;
  cache: CacheState;
}

// A short run allocates most of what it keeps early: letting the young generation grow
// 8x instead of 2x after each scavenge halves their number (measured: 10 -> 5 for a
// 1,000-message chat). Set before any bundle compiles, here and when the build makes
// the code cache, because V8 only accepts a cache made under the same flags.
setFlagsFromString('--semi-space-growth-factor=8');

const folder = fileURLToPath(new URL('../bundle/', import.meta.url));
const loaded = new Map<string, Loaded>();

/**
 * The cache belongs to one build of one bundle on one V8: its name carries all three,
 * since V8 itself checks the version and the source's length, not its content.
 */
export const cacheFileOf = (file: string): string => {
  const { size, mtimeMs } = statSync(file);
  return `${file}.${size}-${Math.trunc(mtimeMs)}-${process.versions.v8}-${process.arch}.cache`;
};

const readCache = (file: string): Buffer | undefined => {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
};

/** Runs one bundle (by name: `cli`, `summarise`, ...) once and returns its exports. */
export function loadBundle<T = Record<string, unknown>>(name: string, dir: string = folder): T {
  const file = join(dir, `${name}.cjs`);
  const known = loaded.get(file);
  if (known) return known.exports as T;
  const cacheFile = cacheFileOf(file);
  const cachedData = readCache(cacheFile);
  const source = readFileSync(file, 'utf8');
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  const module = { exports: {} as unknown };
  const entry: Loaded = { exports: undefined, script, cacheFile, cache: !cachedData ? 'none' : script.cachedDataRejected ? 'rejected' : 'accepted' };
  loaded.set(file, entry);
  // A bundle's require of a sibling bundle (`./lint.cjs`) goes through the cache too.
  const real = createRequire(file);
  const require = Object.assign((id: string) => (/^\.\/[\w-]+\.cjs$/.test(id) ? loadBundle(id.slice(2, -4), dir) : real(id)), real);
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, require, module, file, dirname(file));
  entry.exports = module.exports;
  return module.exports as T;
}

/** What happened to each bundle's cache in this process, for tests and `scripts/bundle.mjs`. */
export const cacheStates = (): Record<string, CacheState> =>
  Object.fromEntries([...loaded].map(([file, l]) => [basename(file), l.cache]));

/**
 * Saves the code cache of every bundle this process loaded, including the functions
 * it has compiled since; run by the build after a warm-up, never by the CLI.
 */
export function writeCodeCache(): string[] {
  return [...loaded.values()].map(({ script, cacheFile }) => {
    const temp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(temp, script.createCachedData());
    renameSync(temp, cacheFile);
    return cacheFile;
  });
}
