/** A .tar or .tar.gz INPUT through tar-stream (+ zlib): one sequential pass per call, never unpacked to disk. */
import { createReadStream, statSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import tar from 'tar-stream';
import { InputError } from '../errors.js';
import { normaliseEntryPath, unsafePath } from './entry-path.js';
import { ratioProblem, tooLarge, tooMany, type Limits } from './limits.js';
import { archiveReason, collect, type EntryInfo, type InputReader, type OnEntry } from './reader.js';

interface Visit {
  path: string;
  raw: string;
  size: number;
  problem?: string;
  stream: NodeJS.ReadableStream;
}

/** Walks every file-like entry; `visit` must consume or resume the stream. */
async function walk(file: string, gzip: boolean, shown: string, limits: Limits, visit: (v: Visit) => Promise<void>): Promise<void> {
  // A failing `visit` is passed on as it is; any other error is the archive's own: bad INPUT.
  let visitError: unknown;
  const fileSize = Math.max(1, statSync(file).size);
  const extract = tar.extract();
  let count = 0;
  let unpacked = 0;
  extract.on('entry', (header, stream, next) => {
    const type: string = header.type ?? 'file';
    if (type === 'directory' || /header|gnu-long/.test(type)) {
      stream.resume();
      stream.on('end', next);
      return;
    }
    count += 1;
    const size = header.size ?? 0;
    unpacked += size;
    const raw = header.name;
    // A tar.gz has no per-entry compressed size, so the ratio is judged over the archive so far.
    const problem =
      count > limits.maxEntries ? tooMany(limits)
      : unsafePath(raw) ??
        (type === 'symlink' || type === 'link' ? 'link in the archive: not followed' : type !== 'file' && type !== 'contiguous-file' ? `${type} entry: not a file` : undefined) ??
        (size > limits.maxEntryBytes ? tooLarge(size, limits) : undefined) ??
        (gzip ? ratioProblem(unpacked, fileSize, limits.maxRatio) : undefined);
    visit({ path: normaliseEntryPath(raw), raw, size, ...(problem ? { problem } : {}), stream: stream as unknown as NodeJS.ReadableStream }).then(
      () => next(),
      (e: unknown) => ((visitError = e), extract.destroy(e as Error)),
    );
  });
  const source = createReadStream(file);
  try {
    await (gzip ? pipeline(source, createGunzip(), extract) : pipeline(source, extract));
  } catch (error) {
    if (visitError !== undefined) throw visitError;
    throw new InputError(shown, `cannot read the ${gzip ? 'tar.gz' : 'tar'}: ${archiveReason(error)}`, undefined, { cause: error });
  }
}

const drain = (stream: NodeJS.ReadableStream): Promise<void> =>
  new Promise((resolve) => {
    stream.on('end', resolve);
    stream.on('error', () => resolve());
    stream.resume();
  });

/** `shown` is INPUT as the user gave it, for errors about the whole archive. */
export function tarReader(file: string, gzip: boolean, limits: Limits, shown: string = file): InputReader {
  return {
    kind: gzip ? 'tar.gz' : 'tar',
    async list() {
      const out: EntryInfo[] = [];
      const seen = new Set<string>();
      let overflow = false;
      await walk(file, gzip, shown, limits, async (v) => {
        if (v.problem?.startsWith('too many') ? overflow : false) return drain(v.stream);
        if (v.problem?.startsWith('too many')) overflow = true;
        const problem = v.problem ?? (seen.has(v.path) ? 'duplicate entry: only the first is read' : undefined);
        seen.add(v.path);
        out.push({ path: v.problem?.startsWith('unsafe path') ? v.raw : v.path, size: v.size, ...(problem ? { problem: overflow ? `${problem}; this and later entries were not read` : problem } : {}) });
        await drain(v.stream);
      });
      return out;
    },
    async read(wanted: ReadonlySet<string>, onEntry: OnEntry) {
      const done = new Set<string>();
      await walk(file, gzip, shown, limits, async (v) => {
        if (v.problem || !wanted.has(v.path) || done.has(v.path)) return drain(v.stream);
        done.add(v.path);
        const result = await collect(v.stream, limits.maxEntryBytes, (n) => tooLarge(n, limits));
        if ('error' in result) await drain(v.stream);
        await onEntry(v.path, result);
      });
    },
  };
}
