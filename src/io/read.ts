import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError } from '../errors.js';

const reasons: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'is a folder, expected a file',
  ENOTDIR: 'no such file',
};

/** Reads a user's file as bytes; failures become an InputError naming the file. */
export async function readInputFile(cwd: string, file: string): Promise<Buffer> {
  const path = resolve(cwd, file);
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new InputError(file, `cannot read: ${reasons[code] ?? code ?? String(error)}`, undefined, { cause: error });
  }
}
