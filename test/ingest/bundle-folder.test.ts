import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFolderEntries } from '../../src/io/read-folder.js';
import { runMain } from '../support/cli.js';

const root = mkdtempSync(join(tmpdir(), 'chatnotes-bundle-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const repo = join(import.meta.dirname, '../..');

describe('folder exports', () => {
  it('reads a folder into sorted entries, following links only when they stay inside it', async () => {
    const dir = join(root, 'export');
    mkdirSync(join(dir, 'general'), { recursive: true });
    writeFileSync(join(dir, 'users.json'), '[]');
    writeFileSync(join(dir, 'general', '2026-03-13.json'), '[]');
    writeFileSync(join(dir, 'general', 'photo.png'), 'x');
    writeFileSync(join(root, 'secret.txt'), 'outside');
    symlinkSync(join(root, 'secret.txt'), join(dir, 'leak.json'));
    symlinkSync(join(dir, 'users.json'), join(dir, 'alias.json'));
    const entries = await readFolderEntries(root, 'export');
    expect(entries.map((e) => e.path)).toEqual(['alias.json', 'general/2026-03-13.json', 'users.json']);
    await expect(readFolderEntries(root, 'export', { maxEntries: 1, maxEntryBytes: 100, maxTotalBytes: 100 })).rejects.toThrow('export: folder has more than 1 files');
  });

  it('summarises a Slack export folder from the command line, one channel with --channel', async () => {
    const all = await runMain(['summarise', 'fixtures/exports/slack/peer-space-folder'], repo);
    expect(all.exitCode).toBe(0);
    expect(all.stdout).toContain('Reminder: the peer supervision session moves to #peer-support');
    expect(all.stdout).toContain('Thanks! Could we add peer supervision to the agenda?');
    const one = await runMain(['summarise', 'fixtures/exports/slack/peer-space-folder', '--channel', 'general'], repo);
    expect(one.exitCode).toBe(0);
    expect(one.stdout).toContain('Reminder: the peer supervision session');
    expect(one.stdout).not.toContain('Could we add peer supervision');
    const none = await runMain(['summarise', 'fixtures/exports/slack/peer-space-folder', '--channel', 'random'], repo);
    expect(none).toMatchObject({ exitCode: 2, stderr: expect.stringContaining('no channel "random" in this Slack export; it has: general, peer-support') });
  });

  it('passes --date-order through to the WhatsApp parser', async () => {
    const file = join(root, 'chat.txt');
    writeFileSync(file, '02/04/2026, 18:00 - Robin Hart: We agreed to book the hall for the spring workshop\n');
    const dmy = await runMain(['summarise', file], root);
    const mdy = await runMain(['summarise', file, '--date-order', 'mdy'], root);
    expect(dmy.stdout).toContain('Thursday 2 April 2026');
    expect(mdy.stdout).toContain('Wednesday 4 February 2026');
    expect((await runMain(['summarise', file, '--date-order', 'myd'], root)).exitCode).toBe(2);
  });
});
