import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { isBundleExport } from '../../src/ingest/bundle.js';
import { parseExport } from '../../src/ingest/read-export.js';
import { isZipBytes, unzipEntries } from '../../src/ingest/unzip.js';

const zoomChat = '10:01:05\t From  Robin Hart : Welcome\n10:02:12\t From  Sam Okafor : Morning\n';

describe('zip bundles', () => {
  it('checks the zip magic before decoding, and leaves media, hidden files and escaping paths out', () => {
    const zip = zipSync({ 'a/chat.txt': strToU8('hi'), 'a/photo.JPG': new Uint8Array([1]), '__MACOSX/a/._chat.txt': strToU8('x'), '.DS_Store': strToU8('x') });
    expect(isZipBytes(zip)).toBe(true);
    expect(isZipBytes(strToU8('PK but text'))).toBe(false);
    expect(unzipEntries(zip, 'x.zip').map((e) => e.path)).toEqual(['a/chat.txt']);
  });

  it('stops at the entry and size caps with an error naming the zip', () => {
    const zip = zipSync({ 'a.txt': strToU8('a'), 'b.txt': strToU8('b'), 'c.txt': strToU8('x'.repeat(5000)) });
    expect(() => unzipEntries(zip, 'x.zip', { maxEntries: 2, maxEntryBytes: 1e6, maxTotalBytes: 1e6 })).toThrow('x.zip: zip has more than 2 files; not read');
    expect(() => unzipEntries(zip, 'x.zip', { maxEntries: 9, maxEntryBytes: 1000, maxTotalBytes: 1e6 })).toThrow('c.txt in the zip is too large');
  });

  it('reads a zip holding one chat file of another format through ordinary detection', () => {
    const out = parseExport(zipSync({ 'meeting_saved_chat.txt': strToU8(zoomChat) }), { file: 'chat.zip' });
    expect(out.format).toBe('zoom');
    expect(out.messages[0]!.file).toBe('chat.zip/meeting_saved_chat.txt');
  });

  it('refuses a zip it cannot place, and a broken one, with one line naming the file', () => {
    const two = zipSync({ 'a.txt': strToU8('hello'), 'b.txt': strToU8('world') });
    expect(() => parseExport(two, { file: 'two.zip' })).toThrow('cannot tell the format of two.zip; try --format (no known export layout among its 2 files: a.txt, b.txt)');
    const many = zipSync(Object.fromEntries(['a', 'b', 'c', 'd'].map((n) => [`notes/${n}.md`, strToU8(n)])));
    expect(() => parseExport(many, { file: 'many.zip' })).toThrow('cannot tell the format of many.zip; try --format (no known export layout among its 4 files: notes/a.md, notes/b.md, notes/c.md, …)');
    // Photos and hidden files are never unpacked, so a zip of only those holds nothing to read.
    const media = zipSync({ 'IMG-0001.jpg': new Uint8Array([1]), '.DS_Store': strToU8('x') });
    expect(() => parseExport(media, { file: 'media.zip' })).toThrow('cannot tell the format of media.zip: it holds no text files (photos, recordings and hidden files are not read)');
    expect(() => parseExport([], { file: 'empty-folder' })).toThrow('cannot tell the format of empty-folder: it holds no text files');
    const broken = zipSync({ 'a.txt': strToU8('hello') }).slice(0, 20);
    expect(() => parseExport(broken, { file: 'broken.zip' })).toThrow(InputError);
    // Named .zip but no zip at all: a broken zip, not a format --format could name.
    expect(() => parseExport(strToU8('not a zip\n'), { file: 'renamed.zip' })).toThrow('renamed.zip: cannot read the zip: not a zip file (no zip signature at its start)');
  });

  it('reads a zip holding one SubRip file (.srt) as that file', () => {
    const out = parseExport(zipSync({ 'captions.srt': strToU8('1\n00:00:01,000 --> 00:00:02,000\nRobin Hart: hi all\n') }), { file: 'captions.zip' });
    expect(out.format).toBe('webvtt');
    expect(out.messages[0]!).toMatchObject({ author: 'Robin Hart', text: 'hi all', file: 'captions.zip/captions.srt' });
  });

  it('takes --format for a zip: a text format reads its single text file', () => {
    const out = parseExport(zipSync({ 'chat.txt': strToU8(zoomChat) }), { file: 'c.zip', format: 'zoom' });
    expect(out.messages).toHaveLength(2);
  });
});

describe('isBundleExport', () => {
  it('is true for the Slack layout at the top or under one folder, false otherwise', () => {
    expect(isBundleExport(['channels.json', 'users.json', 'general/2026-03-13.json'])).toBe(true);
    expect(isBundleExport(['export/channels.json', 'export/org_users.json'])).toBe(true);
    expect(isBundleExport(['a/channels.json', 'b/users.json'])).toBe(false);
    expect(isBundleExport(['_chat.txt', 'photo.jpg'])).toBe(false);
  });
});
