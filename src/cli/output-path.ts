/** Output flags as every command reads them: the same refusals with the same words. */
import { realpathSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';
import { isSameFile } from '../io/same-file.js';

/** An empty value would resolve to the current folder: it is a mistake, never a path. */
export function pathOption(flag: string, value: string | undefined, kind: 'file' | 'folder' = 'file'): string | undefined {
  if (value === '') throw new UsageError(`${flag} needs a ${kind} path`);
  return value;
}

/** A file the command reads, as the user named it: `what` is e.g. "the --rules file". */
export interface ReadFile {
  what: string;
  file: string;
}

/**
 * No output may be a file the command reads, --force or not: replacing the rules or
 * the overview being updated loses what the user gave.
 */
export function refuseReadFiles(flag: string, output: string, cwd: string, reads: readonly ReadFile[]): void {
  const target = resolve(cwd, output);
  for (const { what, file } of reads) {
    if (isSameFile(target, resolve(cwd, file))) throw new UsageError(`${flag} ${output}: is ${what} ${file}; chatnotes never writes over a file it reads`);
  }
}

const real = (path: string): string | undefined => {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
};

/** An existing file inside a folder export is one of the files read (a new file is not). */
export function refuseInsideFolder(flag: string, output: string, cwd: string, folder: string): void {
  const [file, root] = [real(resolve(cwd, output)), real(resolve(cwd, folder))];
  if (file && root && file.startsWith(`${root}${sep}`)) {
    throw new UsageError(`${flag} ${output}: is inside the input folder ${folder}; chatnotes never writes over a file it reads`);
  }
}
