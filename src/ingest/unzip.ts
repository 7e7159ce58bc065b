/** Zip bytes to bundle entries, in memory, with caps against zip bombs. */
import { createRequire } from 'node:module';
import { ratioProblem } from '../batch/limits.js';
import { InputError } from '../errors.js';
import type { BundleEntry } from '../types.js';
import { BUNDLE_LIMITS, normaliseBundlePath, skipBundlePath } from './bundle-paths.js';
import { UnknownFormatError } from './detect.js';

// fflate builds its inflate tables as it loads, a good part of summarise's start-up:
// most exports are plain text, so it is loaded on the first zip only.
let fflate: typeof import('fflate') | undefined;
const unzipSync: typeof import('fflate').unzipSync = (data, opts) =>
  (fflate ??= createRequire(import.meta.url)('fflate') as typeof import('fflate')).unzipSync(data, opts);

/** Starts with a zip local-file header (`PK\x03\x04`): a `.docx`, a WhatsApp iOS or a Slack export. */
export const isZipBytes = (bytes: Uint8Array): boolean =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** Starts with the end-of-central-directory record (`PK\x05\x06`): a zip with no entries at all. */
export const isEmptyZipBytes = (bytes: Uint8Array): boolean =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x05 && bytes[3] === 0x06;

/** A zip with no files in it: no format could read it, so no --format is suggested. */
export const emptyZip = (file: string): InputError => new UnknownFormatError(file, ': the zip is empty');

/** Named `.zip` but not one (a broken download, a renamed file): no format could read it. An empty file is left to say "it is empty". */
export const notAZip = (bytes: Uint8Array, file: string, forced: string | undefined): boolean =>
  forced === undefined && bytes.length > 0 && /\.zip$/i.test(file) && !isZipBytes(bytes) && !isEmptyZipBytes(bytes);

/**
 * Every file of a zip except folders, hidden files and media, paths normalised.
 * Sizes are judged from the central directory before anything is inflated.
 */
export function unzipEntries(bytes: Uint8Array, file: string, limits = BUNDLE_LIMITS): BundleEntry[] {
  let count = 0;
  let total = 0;
  let named = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (info) => {
        if (!info.name.endsWith('/')) named += 1;
        const path = normaliseBundlePath(info.name);
        if (info.name.endsWith('/') || path === undefined || skipBundlePath(path)) return false;
        count += 1;
        total += info.originalSize;
        if (count > limits.maxEntries) throw new InputError(file, `zip has more than ${limits.maxEntries} files; not read`);
        if (info.originalSize > limits.maxEntryBytes) throw new InputError(file, `${path} in the zip is too large to read (${info.originalSize} bytes)`);
        // Judged before inflating: a nested zip bomb must fail as one at the top of INPUT does.
        const ratio = ratioProblem(info.originalSize, info.size);
        if (ratio !== undefined) throw new InputError(file, `${path} in the zip: ${ratio}`);
        if (total > limits.maxTotalBytes) throw new InputError(file, `zip unpacks to more than ${limits.maxTotalBytes} bytes; not read`);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(file, `cannot read the zip: ${(error as Error).message}`, undefined, { cause: error });
  }
  // Folders alone are no files: said apart from a zip of photos, whose files were left out.
  if (named === 0) throw emptyZip(file);
  return Object.entries(files)
    .map(([name, data]) => ({ path: normaliseBundlePath(name)!, bytes: data }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
