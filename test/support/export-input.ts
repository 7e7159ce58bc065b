import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { BundleEntry } from '../../src/types.js';

/** A fixture export as `parseExport` takes it: a file's bytes, or a folder's files as entries (Slack). */
export function readExportInput(path: string): Uint8Array | BundleEntry[] {
  if (!statSync(path).isDirectory()) return readFileSync(path);
  return (readdirSync(path, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name))
    .sort()
    .map((full) => ({ path: relative(path, full).split(sep).join('/'), bytes: readFileSync(full) }));
}

/** Export fixtures in a format folder: files and folders, but not expectations or the scripts that build zips. */
export const isExportFixture = (name: string): boolean => !/\.(expected|overview)\.(json|md)$/.test(name) && !name.endsWith('.mjs');
