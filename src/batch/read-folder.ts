/** A folder INPUT: walked in sorted order; symbolic links are read only when they stay inside it. */
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { errnoReason } from '../io/errno.js';
import { capProblem, tooMany, type Limits } from './limits.js';
import type { EntryInfo, InputReader, OnEntry } from './reader.js';

const inside = (root: string, path: string): boolean => {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel);
};

async function walk(root: string, realRoot: string, dir: string, out: EntryInfo[], limits: Limits): Promise<void> {
  const names = (await readdir(join(root, dir))).sort();
  for (const name of names) {
    if (out.length > limits.maxEntries) return;
    const path = dir ? `${dir}/${name}` : name;
    const full = join(root, path);
    const info = await lstat(full);
    if (info.isDirectory()) {
      await walk(root, realRoot, path, out, limits);
      continue;
    }
    if (out.length === limits.maxEntries) {
      out.push({ path, size: 0, problem: `${tooMany(limits)}; this and later entries were not read` });
      return;
    }
    if (info.isSymbolicLink()) {
      const target = await realpath(full).catch(() => undefined);
      const targetInfo = target === undefined ? undefined : await stat(target);
      if (target === undefined || !inside(realRoot, target)) out.push({ path, size: 0, problem: 'symbolic link out of INPUT: not followed' });
      else if (!targetInfo?.isFile()) out.push({ path, size: 0, problem: 'symbolic link to a folder: not followed' });
      else out.push({ path, size: targetInfo.size, ...withProblem(capProblem(targetInfo.size, undefined, limits)) });
      continue;
    }
    if (!info.isFile()) continue;
    out.push({ path, size: info.size, ...withProblem(capProblem(info.size, undefined, limits)) });
  }
}

const withProblem = (problem: string | undefined) => (problem ? { problem } : {});

export function folderReader(root: string, limits: Limits): InputReader {
  return {
    kind: 'folder',
    async list() {
      const out: EntryInfo[] = [];
      await walk(root, await realpath(root), '', out, limits);
      return out;
    },
    async read(wanted: ReadonlySet<string>, onEntry: OnEntry) {
      // Sorted so the order matches the listing: paths sort as the walk visits them only per folder.
      for (const path of [...wanted]) {
        try {
          await onEntry(path, { bytes: await readFile(join(root, path)) });
        } catch (error) {
          await onEntry(path, { error: `cannot read: ${errnoReason(error)}` });
        }
      }
    },
  };
}
