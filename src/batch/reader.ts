/** What every INPUT reader (folder, zip, tar) offers: a cheap listing, then a streamed read of chosen entries. */

export interface EntryInfo {
  /** Normalised path inside INPUT, `/`-separated. */
  path: string;
  /** Uncompressed size in bytes, as the archive declares it. */
  size: number;
  /** Why this entry will not be read (unsafe path, link, cap), if so. */
  problem?: string;
}

export type EntryResult = { bytes: Buffer } | { error: string };

/** Called once per wanted entry, in archive order; the next entry waits for the returned promise. */
export type OnEntry = (path: string, result: EntryResult) => Promise<void> | void;

export interface InputReader {
  kind: 'folder' | 'zip' | 'tar' | 'tar.gz';
  list(): Promise<EntryInfo[]>;
  read(wanted: ReadonlySet<string>, onEntry: OnEntry): Promise<void>;
}

/**
 * A library's message for a broken archive as one short clause: first line, no closing
 * full stop, sentences joined ("End of central directory … not found. Either …" reads as one reason).
 */
export function archiveReason(error: unknown): string {
  const first = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim().replace(/\.$/, '');
  const joined = first.replace(/\. (\w)/g, (_, c: string) => `; ${c.toLowerCase()}`);
  return joined.charAt(0).toLowerCase() + joined.slice(1);
}

/** Gathers a stream into one buffer, failing as soon as it passes `cap` bytes (headers can lie). */
export function collect(stream: NodeJS.ReadableStream, cap: number, tooBig: (n: number) => string): Promise<EntryResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let settled = false;
    const finish = (r: EntryResult) => {
      if (!settled) (settled = true), resolve(r);
    };
    stream.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > cap) {
        finish({ error: tooBig(total) });
        (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
        return;
      }
      chunks.push(chunk);
    });
    stream.on('error', (e: Error) => finish({ error: `corrupt entry: ${e.message}` }));
    stream.on('end', () => finish({ bytes: Buffer.concat(chunks, total) }));
    stream.on('close', () => finish({ error: 'corrupt entry: the stream ended early' }));
  });
}
