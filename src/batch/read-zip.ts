/** A .zip INPUT through yauzl: entries streamed one at a time, never unpacked to disk. */
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { InputError } from '../errors.js';
import { crc32 } from './crc32.js';
import { normaliseEntryPath, unsafePath } from './entry-path.js';
import { capProblem, tooLarge, tooMany, type Limits } from './limits.js';
import { archiveReason, collect, type EntryInfo, type InputReader, type OnEntry } from './reader.js';

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

// Names are decoded here, not by yauzl, so that one bad name fails its entry rather than the archive.
const nameOf = (e: Entry): string => yauzl.getFileNameLowLevel(e.generalPurposeBitFlag, e.fileName as unknown as Buffer, e.extraFields, false);

const problemOf = (e: Entry, raw: string, limits: Limits): string | undefined =>
  unsafePath(raw) ??
  (((e.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK ? 'symbolic link in the archive: not followed' : undefined) ??
  (e.isEncrypted() ? 'encrypted entry: not supported' : undefined) ??
  capProblem(e.uncompressedSize, e.compressedSize, limits);

// A zip that cannot be opened or walked is bad INPUT (one line, exit 2), worded as summarise words it.
const unreadable = (shown: string, error: unknown): InputError =>
  new InputError(shown, `cannot read the zip: ${archiveReason(error)}`, undefined, { cause: error });

const open = (file: string, shown: string): Promise<ZipFile> =>
  new Promise((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, decodeStrings: false, autoClose: true }, (err, zip) => (err ? reject(unreadable(shown, err)) : resolve(zip))),
  );

/** Visits every entry in order; `visit` resolves before the next entry is read. */
async function walk(file: string, shown: string, visit: (zip: ZipFile, entry: Entry, raw: string) => Promise<void> | void): Promise<void> {
  const zip = await open(file, shown);
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: Entry) => {
      Promise.resolve(visit(zip, entry, nameOf(entry))).then(() => zip.readEntry(), (e: unknown) => (zip.close(), reject(e)));
    });
    zip.on('end', () => resolve());
    // Only the archive's own errors are reworded; a failing `visit` rejects as it is.
    zip.on('error', (e: unknown) => reject(unreadable(shown, e)));
    zip.readEntry();
  });
}

function readEntry(zip: ZipFile, entry: Entry, limits: Limits): Promise<{ bytes: Buffer } | { error: string }> {
  return new Promise((resolve) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err) return resolve({ error: `corrupt entry: ${err.message}` });
      void collect(stream, limits.maxEntryBytes, (n) => tooLarge(n, limits)).then((r) => {
        if ('bytes' in r && crc32(r.bytes) !== entry.crc32) resolve({ error: 'corrupt entry: CRC-32 mismatch' });
        else resolve(r);
      });
    });
  });
}

/** `shown` is INPUT as the user gave it, for errors about the whole zip. */
export function zipReader(file: string, limits: Limits, shown: string = file): InputReader {
  return {
    kind: 'zip',
    async list() {
      const out: EntryInfo[] = [];
      const seen = new Set<string>();
      let count = 0;
      await walk(file, shown, (_zip, e, raw) => {
        if (raw.endsWith('/') || raw.endsWith('\\')) return;
        count += 1;
        const path = normaliseEntryPath(raw);
        if (count > limits.maxEntries) {
          if (count === limits.maxEntries + 1) out.push({ path, size: e.uncompressedSize, problem: `${tooMany(limits)}; this and later entries were not read` });
          return;
        }
        const problem = seen.has(path) ? 'duplicate entry: only the first is read' : problemOf(e, raw, limits);
        seen.add(path);
        out.push({ path: problem?.startsWith('unsafe path') ? raw : path, size: e.uncompressedSize, ...(problem ? { problem } : {}) });
      });
      return out;
    },
    async read(wanted: ReadonlySet<string>, onEntry: OnEntry) {
      const done = new Set<string>();
      await walk(file, shown, async (zip, e, raw) => {
        const path = normaliseEntryPath(raw);
        if (!wanted.has(path) || done.has(path) || raw.endsWith('/')) return;
        done.add(path);
        await onEntry(path, await readEntry(zip, e, limits));
      });
    },
  };
}
