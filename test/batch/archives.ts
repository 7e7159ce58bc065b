/** Test helpers: temp folders, zips and tar(.gz)s built from inline file trees, removed after the run. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { deflateRawSync, gzipSync } from 'node:zlib';
import tar from 'tar-stream';
import { crc32 } from '../../src/batch/crc32.js';

export interface ZipItem {
  name: string;
  data: string | Uint8Array;
  /** Store the bytes as they are instead of deflating them. */
  store?: boolean;
  /** Write a wrong CRC-32 (a corrupt entry). */
  badCrc?: boolean;
  symlink?: boolean;
}

export type Tree = Record<string, string | Uint8Array>;

const dirs: string[] = [];

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'chatnotes-batch-'));
  dirs.push(dir);
  return dir;
}

export const removeTempDirs = (): void => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
};

export function writeTree(root: string, tree: Tree): string {
  for (const [name, data] of Object.entries(tree)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), data);
  }
  return root;
}

export const symlink = (target: string, path: string): void => symlinkSync(target, path);

/** A minimal zip writer (no zip64): enough to make odd archives that real tools refuse to build. */
export function buildZip(items: readonly ZipItem[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const item of items) {
    const raw = Buffer.from(item.data);
    const body = item.store ? raw : deflateRawSync(raw);
    const name = Buffer.from(item.name, 'utf8');
    const crc = (crc32(raw) ^ (item.badCrc ? 0xdeadbeef : 0)) >>> 0;
    const method = item.store ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x031e, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(((item.symlink ? 0o120777 : 0o100644) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(items.length, 8);
  end.writeUInt16LE(items.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

export interface TarItem {
  name: string;
  data?: string | Uint8Array;
  type?: 'file' | 'symlink';
  linkname?: string;
}

/** A tar (gzipped when asked) built with tar-stream from inline items, in order. */
export async function buildTar(items: readonly TarItem[], gzip: boolean): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  pack.on('data', (c: unknown) => void chunks.push(c as Buffer));
  const ended = new Promise<void>((resolve) => pack.on('end', () => resolve()));
  for (const item of items) {
    if (item.type === 'symlink') pack.entry({ name: item.name, type: 'symlink', linkname: item.linkname ?? '/etc/passwd' });
    else pack.entry({ name: item.name }, Buffer.from(item.data ?? ''));
  }
  pack.finalize();
  await ended;
  const out = Buffer.concat(chunks);
  return gzip ? gzipSync(out) : out;
}
