/**
 * `summarise` on a zip or folder that is not one export: several exports point to
 * `batch` (whose command line must then work), an empty zip says so, and a Slack
 * export of many files is still one export. Zips are built by the tests' zip writer.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildZip, removeTempDirs, tempDir, type ZipItem } from '../batch/archives.js';
import { slackFolder } from '../batch/fixtures.js';
import { runBin, runMain, type CliResult } from '../support/cli.js';

afterAll(removeTempDirs);

const repo = resolve(import.meta.dirname, '../..');
const exportFile = (path: string): Buffer => readFileSync(join(repo, 'fixtures/exports', path));
const whatsapp = exportFile('whatsapp/android-en-gb.txt');
const whatsapp2 = exportFile('whatsapp/edited-deleted-media.txt');
const zoom = exportFile('zoom/z1.txt');
const slackItems = (prefix: string): ZipItem[] => Object.entries(slackFolder(prefix)).map(([name, data]) => ({ name, data }));

const work = tempDir();
const zip = (name: string, items: readonly ZipItem[]): string => {
  writeFileSync(join(work, name), buildZip(items));
  return name;
};
zip('two-chats.zip', [{ name: 'a.txt', data: whatsapp }, { name: 'b.txt', data: whatsapp2 }]);
zip('chat and call.zip', [{ name: 'WhatsApp Chat.txt', data: whatsapp }, { name: 'meeting_saved_chat.txt', data: zoom }]);
zip('four.zip', [
  { name: 'x/a.txt', data: whatsapp },
  { name: 'x/b.txt', data: zoom },
  { name: 'x/c.txt', data: exportFile('zoom/z2.txt') },
  { name: 'x/d.txt', data: exportFile('zoom/z3.txt') },
]);
// One chat beside a note is no second export: the old message stands.
zip('chat-and-note.zip', [{ name: 'a.txt', data: whatsapp }, { name: 'notes.txt', data: 'Remember the milk.\n' }]);
zip('empty.zip', []);
zip('folders-only.zip', [{ name: 'chats/', data: '', store: true }]);
zip('slack.zip', slackItems('export'));
zip('two-slacks.zip', [...slackItems('one'), ...slackItems('two')]);
mkdirSync(join(work, 'chats'));
writeFileSync(join(work, 'chats/a.txt'), whatsapp);
writeFileSync(join(work, 'chats/b.txt'), zoom);

const both = async (args: string[]): Promise<CliResult[]> => [await runMain(args, work), runBin(args, work)];

/** Exit code 2 and exactly one line on stderr, through main() and the built binary alike. */
async function refused(args: string[], line: string): Promise<void> {
  for (const r of await both(args)) {
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`chatnotes: ${line}\n`);
  }
}

describe('summarise: a zip of several exports', () => {
  it('two WhatsApp chats: names both and gives the batch command', () =>
    refused(['summarise', 'two-chats.zip'], 'two-chats.zip: it holds 2 chat exports (a.txt, b.txt), and summarise reads one; run chatnotes batch two-chats.zip -o OUTDIR for an overview of each'));

  it('a WhatsApp chat and a Zoom chat, in a zip whose name needs quoting', () =>
    refused(
      ['summarise', 'chat and call.zip'],
      "chat and call.zip: it holds 2 chat exports (WhatsApp Chat.txt, meeting_saved_chat.txt), and summarise reads one; run chatnotes batch 'chat and call.zip' -o OUTDIR for an overview of each",
    ));

  it('four exports: three are named, the rest counted', () =>
    refused(['summarise', 'four.zip'], 'four.zip: it holds 4 chat exports (x/a.txt, x/b.txt, x/c.txt, …), and summarise reads one; run chatnotes batch four.zip -o OUTDIR for an overview of each'));

  it('a folder of two chats says the same', () =>
    refused(['summarise', 'chats'], 'chats: it holds 2 chat exports (a.txt, b.txt), and summarise reads one; run chatnotes batch chats -o OUTDIR for an overview of each'));

  it('two Slack exports: both named, not the first read and the second dropped', () =>
    refused(['summarise', 'two-slacks.zip'], 'two-slacks.zip: it holds 2 chat exports (one/, two/), and summarise reads one; run chatnotes batch two-slacks.zip -o OUTDIR for an overview of each'));

  it('one chat beside a note is not several exports', async () => {
    for (const r of await both(['summarise', 'chat-and-note.zip'])) {
      expect(r.exitCode).toBe(2);
      expect(r.stderr).toMatch(/no known export layout among its 2 files: a\.txt, notes\.txt\)\n$/);
    }
  });

  it('the suggested batch command summarises each export', async () => {
    const out = tempDir();
    const r = runBin(['batch', 'chat and call.zip', '-o', join(out, 'o'), '--quiet'], work);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^2 summarised, 0 unchanged, 0 failed, 0 skipped;/);
    expect(readdirSync(join(out, 'o')).filter((f) => f.endsWith('.md') && f !== 'index.md')).toHaveLength(2);
  });
});

describe('summarise: an empty zip', () => {
  it('says the zip is empty', () => refused(['summarise', 'empty.zip'], 'cannot tell the format of empty.zip: the zip is empty'));
  it('a zip of folders alone is empty too', () => refused(['summarise', 'folders-only.zip'], 'cannot tell the format of folders-only.zip: the zip is empty'));
  it('also with --format, which cannot help', () => refused(['summarise', 'empty.zip', '--format', 'zoom'], 'cannot tell the format of empty.zip: the zip is empty'));
});

describe('summarise: a Slack export zip is still one export', () => {
  it('reads its day files, users.json and channels.json together', async () => {
    for (const r of await both(['summarise', 'slack.zip'])) {
      expect(r.stderr).toBe('');
      expect(r.exitCode).toBe(0);
      expect(r.stdout).toMatch(/^## Meeting Chat Overview\n\n.*\| Slack\n/);
    }
  });
});

describe('batch: a zip of several exports inside INPUT', () => {
  it('is listed as skipped, pointing to batch, not counted as failed', async () => {
    const input = tempDir();
    writeFileSync(join(input, 'z1.txt'), zoom);
    writeFileSync(join(input, 'inner.zip'), buildZip([{ name: 'a.txt', data: whatsapp }, { name: 'b.txt', data: zoom }]));
    writeFileSync(join(input, 'empty.zip'), buildZip([]));
    const r = runBin(['batch', input, '-o', join(tempDir(), 'out'), '--json'], work);
    expect(r.exitCode).toBe(0);
    const items = (JSON.parse(r.stdout) as { items: Array<{ path: string; outcome: string; reason?: string }> }).items;
    expect(items.find((i) => i.path === 'inner.zip')).toEqual({
      path: 'inner.zip',
      outcome: 'skipped',
      reason: 'holds 2 chat exports (a.txt, b.txt), and a zip inside INPUT is read as one export; run chatnotes batch on it',
    });
    expect(items.find((i) => i.path === 'empty.zip')).toMatchObject({ outcome: 'skipped', reason: expect.stringMatching(/the zip is empty$/) });
  });
});

describe('errors name the file once', () => {
  const once = (text: string, file: string) => expect(text.split(file).length - 1, text).toBe(1);

  it('summarise: every kind of "cannot tell the format of" and a --format that reads one file', async () => {
    writeFileSync(join(work, 'minutes.txt'), 'Dear all,\nthe minutes are attached.\n');
    writeFileSync(join(work, 'blank.txt'), '\n\n');
    writeFileSync(join(work, 'broken.json'), '{"a": 1,\n');
    const cases: Array<[string[], string | RegExp]> = [
      [['summarise', 'minutes.txt'], 'chatnotes: cannot tell the format of minutes.txt; try --format (see "chatnotes formats" for the list)\n'],
      [['summarise', 'blank.txt'], 'chatnotes: cannot tell the format of blank.txt: it is only blank lines\n'],
      [['summarise', 'broken.json'], /^chatnotes: cannot tell the format of broken\.json: read as JSON, it is not valid JSON \(.* at line 2\)\n$/],
      [['summarise', 'chat-and-note.zip'], 'chatnotes: cannot tell the format of chat-and-note.zip; try --format (no known export layout among its 2 files: a.txt, notes.txt)\n'],
      [['summarise', 'two-chats.zip', '--format', 'zoom'], 'chatnotes: two-chats.zip: format "zoom" reads one text file, and it holds 2 files\n'],
    ];
    for (const [args, want] of cases) {
      for (const r of await both(args)) {
        expect(r.exitCode).toBe(2);
        if (typeof want === 'string') expect(r.stderr).toBe(want);
        else expect(r.stderr).toMatch(want);
        once(r.stderr, args[1]!);
      }
    }
  });

  it('batch: a skipped entry is named by the report line only, a file inside a zip still by its own name', async () => {
    const input = tempDir();
    writeFileSync(join(input, 'z1.txt'), zoom);
    writeFileSync(join(input, 'minutes.txt'), 'Dear all,\nthe minutes are attached.\n');
    writeFileSync(join(input, 'notes.zip'), buildZip([{ name: 'minutes.txt', data: 'Dear all,\nthe minutes are attached.\n' }]));
    const r = runBin(['batch', input, '-o', join(tempDir(), 'out')], work);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('skipped  minutes.txt: not a chat export; try --format (see "chatnotes formats" for the list)\n');
    expect(r.stdout).toContain('skipped  notes.zip: not a chat export: cannot tell the format of notes.zip/minutes.txt; try --format (see "chatnotes formats" for the list)\n');
  });
});
