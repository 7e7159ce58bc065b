/** A folder export (an unpacked Slack zip) read into bundle entries: capped, and never outside the folder. */
import type { Dirent } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { InputError } from '../errors.js';
import { errnoReason } from './errno.js';
import { BUNDLE_LIMITS, skipBundlePath } from '../ingest/bundle-paths.js';
import type { BundleEntry } from '../types.js';

const MAX_DEPTH = 8;

/** True when the user's path names a folder (a missing path is left for the reader to report). */
export async function isFolder(cwd: string, path: string): Promise<boolean> {
  try {
    return (await stat(resolve(cwd, path))).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Every file under `folder` as `{path, bytes}` with `/` paths relative to it, sorted.
 * Hidden files and media are skipped like a zip's; a symbolic link is followed only
 * when it points at a file inside the folder.
 */
export async function readFolderEntries(cwd: string, folder: string, limits = BUNDLE_LIMITS): Promise<BundleEntry[]> {
  const root = await realpath(resolve(cwd, folder)).catch((error: unknown) => {
    throw new InputError(folder, 'cannot read: no such folder', undefined, { cause: error });
  });
  const out: BundleEntry[] = [];
  let total = 0;
  const inside = (p: string) => p === root || p.startsWith(root + sep);

  async function walk(dir: string, depth: number): Promise<void> {
    let items: Dirent[];
    try {
      items = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      throw new InputError(folder, `cannot read ${relative(root, dir) || '.'}: ${errnoReason(error)}`, undefined, { cause: error });
    }
    for (const item of items.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(dir, item.name);
      const path = relative(root, full).split(sep).join('/');
      if (skipBundlePath(path)) continue;
      if (item.isDirectory()) {
        if (depth < MAX_DEPTH) await walk(full, depth + 1);
        continue;
      }
      let target = full;
      if (item.isSymbolicLink()) {
        target = await realpath(full).catch(() => '');
        if (!target || !inside(target) || !(await stat(target)).isFile()) continue;
      } else if (!item.isFile()) continue;
      const size = (await stat(target)).size;
      total += size;
      if (out.length >= limits.maxEntries) throw new InputError(folder, `folder has more than ${limits.maxEntries} files; not read`);
      if (size > limits.maxEntryBytes) throw new InputError(folder, `${path} is too large to read (${size} bytes)`);
      if (total > limits.maxTotalBytes) throw new InputError(folder, `folder holds more than ${limits.maxTotalBytes} bytes; not read`);
      out.push({ path, bytes: new Uint8Array(await readFile(target)) });
    }
  }
  await walk(root, 0);
  return out;
}
