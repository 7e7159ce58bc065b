import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/io/write.js';

const fresh = (): string => mkdtempSync(join(tmpdir(), 'chatnotes-write-'));

describe('writeFileAtomic', () => {
  it('writes a new file, creating its folder, and leaves no temp file behind', async () => {
    const dir = fresh();
    await writeFileAtomic(join(dir, 'out', 'overview.md'), '# hi\n');
    expect(readFileSync(join(dir, 'out', 'overview.md'), 'utf8')).toBe('# hi\n');
    expect(readdirSync(join(dir, 'out'))).toEqual(['overview.md']);
  });

  it('refuses to replace a file without force, and replaces it with force', async () => {
    const dir = fresh();
    const path = join(dir, 'overview.md');
    writeFileSync(path, 'mine');
    await expect(writeFileAtomic(path, 'new', { displayName: 'overview.md' })).rejects.toThrow('overview.md: already exists; use --force to replace it');
    expect(readFileSync(path, 'utf8')).toBe('mine');
    await writeFileAtomic(path, 'new', { force: true });
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['overview.md']);
  });

  it('never replaces a folder, even with force, and says so in words', async () => {
    const dir = fresh();
    mkdirSync(join(dir, 'taken'));
    writeFileSync(join(dir, 'taken', 'keep.txt'), 'x');
    await expect(writeFileAtomic(join(dir, 'taken'), 'new', { force: true, displayName: 'taken' })).rejects.toThrow(/^taken: is a folder, expected a file path$/);
    expect(readdirSync(dir)).toEqual(['taken']);
    expect(readFileSync(join(dir, 'taken', 'keep.txt'), 'utf8')).toBe('x');
  });

  it('keeps what was there and removes its temp file when the write fails partway', async () => {
    const dir = fresh();
    const path = join(dir, 'overview.md');
    writeFileSync(path, 'mine');
    // Not a string or bytes: the temp file is open when writing it throws.
    await expect(writeFileAtomic(path, 42 as unknown as string, { force: true, displayName: 'overview.md' })).rejects.toThrow(/^overview\.md: cannot write: /);
    expect(readdirSync(dir)).toEqual(['overview.md']);
    expect(readFileSync(path, 'utf8')).toBe('mine');
  });

  it('gives concurrent writes of one path distinct temp files', async () => {
    const dir = fresh();
    const path = join(dir, 'index.md');
    await Promise.all(Array.from({ length: 20 }, (_, i) => writeFileAtomic(path, `v${i}`, { force: true })));
    expect(readFileSync(path, 'utf8')).toMatch(/^v\d+$/);
    expect(readdirSync(dir)).toEqual(['index.md']);
  });
});
