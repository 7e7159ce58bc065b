import { existsSync, statSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
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

/** Writes a file atomically (temp file + rename) so a reader never sees half a file. */
export async function writeFileAtomic(path: string, content: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  const shown = options.displayName ?? path;
  // A folder is never replaced, --force or not: the rename below would fail on it anyway.
  if (existsSync(path) && statSync(path).isDirectory()) throw new OutputError(`${shown}: is a folder, expected a file path`);
  if (!options.force && existsSync(path)) {
    throw new OutputError(`${shown}: already exists; use --force to replace it`);
  }
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${tempSuffix()}.tmp`);
  let created = false;
  try {
    const handle = await open(temp, 'wx');
    created = true;
    try {
      await handle.writeFile(content);
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    // Only our own temp file is removed: on a name clash it belongs to someone else.
    if (created) await rm(temp, { force: true });
    throw new OutputError(`${shown}: cannot write: ${errnoReason(error)}`, { cause: error });
  }
}
