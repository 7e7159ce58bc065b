import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError } from '../errors.js';
import { errnoReason } from './errno.js';

/** Reads a user's file as bytes; failures become an InputError naming the file. */
export async function readInputFile(cwd: string, file: string): Promise<Buffer> {
  const path = resolve(cwd, file);
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
    return await readFile(path);
  } catch (error) {
    throw new InputError(file, `cannot read: ${errnoReason(error)}`, undefined, { cause: error });
  }
}
