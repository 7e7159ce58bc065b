/** Picks the reader for INPUT: a folder, a .zip, a .tar or a .tar.gz / .tgz. */
import { stat } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { errnoReason } from '../io/errno.js';
import { type Limits } from './limits.js';
import { folderReader } from './read-folder.js';
import { tarReader } from './read-tar.js';
import { zipReader } from './read-zip.js';
import type { InputReader } from './reader.js';

export async function openInput(path: string, shown: string, limits: Limits): Promise<InputReader> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(shown, `cannot read: ${error.code === 'ENOENT' ? 'no such file or folder' : errnoReason(error)}`, undefined, { cause: error });
  });
  if (info.isDirectory()) return folderReader(path, limits);
  const kind = /\.zip$/i.test(path) ? 'zip' : /\.(?:tar\.gz|tgz)$/i.test(path) ? 'tar.gz' : /\.tar$/i.test(path) ? 'tar' : undefined;
  // Said plainly: the libraries would call a 0-byte archive truncated, or (tar) an empty archive.
  if (kind !== undefined && info.size === 0) throw new InputError(shown, `cannot read the ${kind}: the file is empty`);
  if (kind === 'zip') return zipReader(path, limits, shown);
  if (kind !== undefined) return tarReader(path, kind === 'tar.gz', limits, shown);
  throw new InputError(shown, 'expected a folder, a .zip, a .tar or a .tar.gz');
}
