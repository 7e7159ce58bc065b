import { accessSync, constants, statSync, type Stats } from 'node:fs';
import { mkdir, open, readlink, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, normalize, resolve } from 'node:path';
import { OutputError } from '../errors.js';
import { errnoReason } from './errno.js';

// A unique enough temp name without loading node:crypto at start-up; 'wx' below
// makes a clash fail instead of overwriting.
let serial = 0;
const tempSuffix = (): string => `${process.pid}-${(serial++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

export interface WriteOptions {
  /** Replace an existing file; without it an existing file is an error. */
  force?: boolean;
  /** Shown in messages instead of the absolute path. */
  displayName?: string;
}

/** stat that says undefined for a path that is not there (ENOTDIR too: a file in the way). */
const statOrNone = (path: string): Stats | undefined => {
  try {
    return statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw error;
  }
};

/**
 * Refuses a folder path with a file where a folder should be (`chat.txt/out.md`):
 * mkdir would fail on it with a bare EEXIST or ENOTDIR. The nearest existing
 * ancestor is named as the user spelled it (`shown` walks up alongside `dir`).
 */
export function checkFolderPath(dir: string, shown: string, shownTarget = shown): void {
  let shownDir = normalize(shown);
  for (let at = dir; ; at = dirname(at), shownDir = dirname(shownDir)) {
    let info: Stats | undefined;
    try {
      info = statOrNone(at);
    } catch {
      return; // Unreadable (EACCES): the write itself reports it in words.
    }
    if (info) {
      if (!info.isDirectory()) throw new OutputError(`${shownTarget}: cannot write: ${shownDir === '.' ? at : shownDir} is a file, not a folder`);
      return;
    }
    if (dirname(at) === at) return;
  }
}

/** No write permission, or no write bit at all (which root's access() would not see). */
const isReadOnly = (path: string, info: Stats): boolean => {
  if ((info.mode & 0o222) === 0) return true;
  try {
    accessSync(path, constants.W_OK);
    return false;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'EACCES' || code === 'EPERM';
  }
};

/**
 * Every refusal writeFileAtomic makes, without writing: commands call it up front
 * so a long run is not wasted on an output that will be refused at the end.
 */
export function checkOutputPath(path: string, options: WriteOptions = {}): void {
  const shown = options.displayName ?? path;
  checkFolderPath(dirname(path), dirname(shown), shown);
  let info: Stats | undefined;
  try {
    info = statOrNone(path);
  } catch (error) {
    throw new OutputError(`${shown}: cannot write: ${errnoReason(error)}`, { cause: error });
  }
  if (!info) return;
  // A folder is never replaced, --force or not: the rename below would fail on it anyway.
  if (info.isDirectory()) throw new OutputError(`${shown}: is a folder, expected a file path`);
  if (!options.force) throw new OutputError(`${shown}: already exists; use --force to replace it`);
  if (isReadOnly(path, info)) throw new OutputError(`${shown}: is read-only; cannot write`);
}

/**
 * Where a write to `path` lands: a symbolic link is followed to its target (a
 * dangling one too), so the rename replaces the target and the link stays a link.
 */
async function landingPath(path: string): Promise<string> {
  for (let hops = 0; hops < 40; hops++) {
    try {
      return await realpath(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const link = await readlink(path).catch(() => undefined);
    if (link === undefined) return join(await realpath(dirname(path)), basename(path));
    path = resolve(dirname(path), link);
  }
  throw Object.assign(new Error('too many symbolic links'), { code: 'ELOOP' });
}

/** The permission bits of the file being replaced (undefined for a new file). */
const modeOf = async (path: string): Promise<number | undefined> => {
  try {
    return (await stat(path)).mode & 0o777;
  } catch {
    return undefined;
  }
};

/**
 * Writes a file atomically (temp file + rename) so a reader never sees half a file.
 * A replaced file keeps its permissions (a 0600 overview stays private) and a link
 * keeps pointing at it; a read-only file is refused.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  const shown = options.displayName ?? path;
  checkOutputPath(path, options);
  let temp: string | undefined;
  try {
    await mkdir(dirname(path), { recursive: true });
    const target = await landingPath(path);
    const mode = await modeOf(target);
    const name = join(dirname(target), `.${basename(target)}.${tempSuffix()}.tmp`);
    const handle = await open(name, 'wx');
    temp = name;
    try {
      await handle.writeFile(content);
      // chmod, not open's mode: open's is cut by the umask.
      if (mode !== undefined) await handle.chmod(mode);
    } finally {
      await handle.close();
    }
    await rename(name, target);
  } catch (error) {
    // Only our own temp file is removed: on a name clash it belongs to someone else.
    if (temp !== undefined) await rm(temp, { force: true });
    throw new OutputError(`${shown}: cannot write: ${errnoReason(error)}`, { cause: error });
  }
}
