import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
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

  it('keeps the mode of the file it replaces: a private overview stays private', async () => {
    const dir = fresh();
    const path = join(dir, 'overview.md');
    writeFileSync(path, 'mine');
    chmodSync(path, 0o600);
    await writeFileAtomic(path, 'new', { force: true });
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    chmodSync(path, 0o640);
    await writeFileAtomic(path, 'newer', { force: true });
    expect(statSync(path).mode & 0o777).toBe(0o640);
  });

  it('writes through a symbolic link to its target and leaves the link a link', async () => {
    const dir = fresh();
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real', 'overview.md'), 'mine');
    chmodSync(join(dir, 'real', 'overview.md'), 0o600);
    symlinkSync('real/overview.md', join(dir, 'link.md'));
    await writeFileAtomic(join(dir, 'link.md'), 'new', { force: true });
    expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.md'))).toBe('real/overview.md');
    expect(readFileSync(join(dir, 'real', 'overview.md'), 'utf8')).toBe('new');
    expect(statSync(join(dir, 'real', 'overview.md')).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir).sort()).toEqual(['link.md', 'real']);
    expect(readdirSync(join(dir, 'real'))).toEqual(['overview.md']);
  });

  it('creates the target of a dangling link, keeping the link', async () => {
    const dir = fresh();
    symlinkSync('later.md', join(dir, 'link.md'));
    await writeFileAtomic(join(dir, 'link.md'), 'new');
    expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'later.md'), 'utf8')).toBe('new');
  });

  it('refuses a file with no write permission, even with force', async () => {
    const dir = fresh();
    const path = join(dir, 'overview.md');
    writeFileSync(path, 'mine');
    chmodSync(path, 0o444);
    await expect(writeFileAtomic(path, 'new', { force: true, displayName: 'overview.md' })).rejects.toThrow(/^overview\.md: is read-only; cannot write$/);
    expect(readFileSync(path, 'utf8')).toBe('mine');
    expect(statSync(path).mode & 0o777).toBe(0o444);
    expect(readdirSync(dir)).toEqual(['overview.md']);
  });

  // access(W_OK) always succeeds for root, so this case needs an ordinary user.
  it.skipIf(process.getuid?.() === 0)('refuses a file the user may not write though others may (access W_OK)', async () => {
    const dir = fresh();
    const path = join(dir, 'overview.md');
    writeFileSync(path, 'mine');
    chmodSync(path, 0o466);
    await expect(writeFileAtomic(path, 'new', { force: true, displayName: 'overview.md' })).rejects.toThrow(/^overview\.md: is read-only; cannot write$/);
    expect(readFileSync(path, 'utf8')).toBe('mine');
  });

  it('says a file is in the way of the folder, in one line, and writes nothing', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'chat.txt'), 'chat');
    await expect(writeFileAtomic(join(dir, 'chat.txt', 'out.md'), 'new', { displayName: 'chat.txt/out.md' })).rejects.toThrow(/^chat\.txt\/out\.md: cannot write: chat\.txt is a file, not a folder$/);
    await expect(writeFileAtomic(join(dir, 'chat.txt', 'a', 'b', 'out.md'), 'new', { force: true, displayName: 'chat.txt/a/b/out.md' })).rejects.toThrow(/^chat\.txt\/a\/b\/out\.md: cannot write: chat\.txt is a file, not a folder$/);
    expect(readdirSync(dir)).toEqual(['chat.txt']);
    expect(readFileSync(join(dir, 'chat.txt'), 'utf8')).toBe('chat');
  });
});
