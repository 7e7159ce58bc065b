import { statSync } from 'node:fs';

/**
 * True when both paths are one existing file, however spelled: `./x`, `../d/x`, a
 * symbolic link or a hard link all have the same device and inode. A path that
 * does not exist is no file anyone reads.
 */
export function isSameFile(a: string, b: string): boolean {
  try {
    const [x, y] = [statSync(a), statSync(b)];
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}
