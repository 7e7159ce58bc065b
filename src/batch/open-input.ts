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
  if (/\.zip$/i.test(path)) return zipReader(path, limits);
  if (/\.(?:tar\.gz|tgz)$/i.test(path)) return tarReader(path, true, limits);
  if (/\.tar$/i.test(path)) return tarReader(path, false, limits);
  throw new InputError(shown, 'expected a folder, a .zip, a .tar or a .tar.gz');
}
