import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { OutputError } from '../errors.js';

export interface WriteOptions {
  /** Replace an existing file; without it an existing file is an error. */
  force?: boolean;
  /** Shown in messages instead of the absolute path. */
  displayName?: string;
}

/** Writes a file atomically (temp file + rename) so a reader never sees half a file. */
export async function writeFileAtomic(path: string, content: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  const shown = options.displayName ?? path;
  if (!options.force && existsSync(path)) {
    throw new OutputError(`${shown}: already exists; use --force to replace it`);
  }
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, content);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw new OutputError(`${shown}: cannot write: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { cause: error });
  }
}
