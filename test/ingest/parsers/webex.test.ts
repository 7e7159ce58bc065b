import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectParser } from '../../../src/ingest/detect.js';
import { webex } from '../../../src/ingest/parsers/webex.js';
import { parseExport } from '../../../src/ingest/read-export.js';
import { summariseFixture } from '../../support/run-summarise.js';

const fixtures = join(import.meta.dirname, '../../../fixtures/exports/webex');
const parse = (root: unknown, file = 'chats.json') => webex.parse(JSON.stringify(root, null, 2), { file });
const sender = (displayName: string) => ({ email: `${displayName.split(' ')[0]!.toLowerCase()}@example.org`, displayName, personId: 'p', orgId: 'o' });
const chat = (text: string, chatTime: string, type = 'public', name = 'Robin Hart') => ({ id: text, chatTime, text, meetingId: 'm1', type, sender: sender(name), receivers: [] });

describe('webex', () => {
  it('reads the Meeting Chats API page: display names, time order, private and group chat as direct', () => {
    const out = parse({ items: [
      chat('second', '2026-03-13T14:05:00Z'),
      chat('first', '2026-03-13T14:01:00Z', 'public', 'Sam Okafor'),
      chat('just to you', '2026-03-13T14:02:00Z', 'private', 'Priya Nair'),
      chat('to the hosts', '2026-03-13T14:03:00Z', 'group', 'Jordan Lee'),
    ] });
    expect(out.format).toBe('webex');
    expect(out.platform).toBe('Webex');
    expect(out.messages.map((m) => [m.text, m.author, m.to, m.time])).toEqual([
      ['first', 'Sam Okafor', 'everyone', '2026-03-13T14:01:00Z'],
      ['just to you', 'Priya Nair', 'direct', '2026-03-13T14:02:00Z'],
      ['to the hosts', 'Jordan Lee', 'direct', '2026-03-13T14:03:00Z'],
      ['second', 'Robin Hart', 'everyone', '2026-03-13T14:05:00Z'],
    ]);
    expect(out.warnings).toEqual([]);
  });

  it('never keeps an e-mail address or a person id, even when a sender has no display name', () => {
    const nameless = { ...chat('hello there all', '2026-03-13T14:01:00Z'), sender: { email: 'robin@example.org', personId: 'p1', orgId: 'o1' } };
    const out = parse({ items: [nameless, chat('agenda', '2026-03-13T14:02:00Z')] });
    expect(out.messages[0]!.author).toBeUndefined();
    const json = JSON.stringify(out);
    expect(json).not.toMatch(/@example\.org|"p1"|personId|orgId/);
  });

  it('reads a recording archive report: its title, senderName, and target for a chat with no type', () => {
    const out = parse({
      archiveId: 'a1', title: ' Peer Space ', start: '2026-03-13T14:00:00Z', hostEmail: 'robin@example.org',
      chats: [
        { type: 'public', senderName: 'Robin Hart', chatTime: '2026-03-13T14:01:00Z', target: 'All Participants', text: 'welcome' },
        { senderName: 'Sam Okafor', chatTime: '2026-03-13T14:02:00Z', target: 'All Participants', text: 'public by target' },
        { senderName: 'Priya Nair', chatTime: '2026-03-13T14:03:00Z', target: 'Robin Hart', text: 'private by target' },
      ],
    }, 'archive.json');
    expect(out.title).toBe('Peer Space');
    expect(out.messages.map((m) => [m.author, m.to])).toEqual([['Robin Hart', 'everyone'], ['Sam Okafor', 'everyone'], ['Priya Nair', 'direct']]);
    expect(out.warnings.map((w) => [w.line, w.message])).toEqual([[20, 'chat with no type; kept out as private (--include-direct keeps it)']]);
    expect(JSON.stringify(out)).not.toContain('@example.org');
  });

  it('keeps a chat of a type it does not know out, and says so', () => {
    const out = parse({ items: [chat('breakout room note', '2026-03-13T14:01:00Z', 'breakout')] });
    expect(out.messages[0]!.to).toBe('direct');
    expect(out.warnings[0]!.message).toBe('chat with type "breakout"; kept out as private (--include-direct keeps it)');
  });

  it('skips a chat without text, and keeps a time it cannot read as written, with warnings naming their lines', () => {
    const out = parse({ items: [chat('', '2026-03-13T14:01:00Z'), chat('kept', 'yesterday')] });
    expect(out.messages.map((m) => [m.text, m.time])).toEqual([['kept', 'yesterday']]);
    expect(out.warnings.map((w) => [w.line, w.message])).toEqual([
      [3, 'chat without text; skipped'],
      [17, 'cannot read the chatTime "yesterday" as a time; kept as written'],
    ]);
  });

  it('reads pages saved one after another, and a bare array of chats', () => {
    const page = (text: string, t: string) => JSON.stringify({ items: [chat(text, t)] });
    const pages = webex.parse(`${page('later', '2026-03-13T14:09:00Z')}\n${page('earlier', '2026-03-13T14:01:00Z')}\n`, { file: 'pages.json' });
    expect(pages.messages.map((m) => m.text)).toEqual(['earlier', 'later']);
    const bare = JSON.stringify([chat('one', '2026-03-13T14:01:00Z'), chat('two', '2026-03-13T14:02:00Z')], null, 2);
    expect(detectParser(bare, 'chats.json').format).toBe('webex');
    expect(webex.parse(bare, { file: 'chats.json' }).messages.map((m) => m.text)).toEqual(['one', 'two']);
  });

  it('refuses JSON with no chats, naming what it looked for', () => {
    expect(() => parse({ items: [{ id: 'x', title: 'a meeting, not a chat' }] })).toThrow(/chats\.json: not a Webex meeting chat: no chats with "chatTime" in "items" or "chats"/);
  });

  it('is detected from both fixtures, ahead of JSON Lines and the other JSON formats', () => {
    for (const file of ['meeting-chats.json', 'recording-archive.json']) {
      const text = readFileSync(join(fixtures, file), 'utf8');
      expect(detectParser(text, file).format).toBe('webex');
    }
    expect(webex.detect('{"items": [{"id": "x", "created": "2026-03-13T14:01:00Z"}]}', 'x.json')).toBe(0);
  });

  it('leaves private and group chat out of the overview unless --include-direct', () => {
    const file = 'fixtures/exports/webex/meeting-chats.json';
    const plain = summariseFixture(file).markdown;
    expect(plain).not.toMatch(/ward handover|Host and presenters/);
    expect(plain).toMatch(/peer worker training starts on 20 April/);
    const chat = parseExport(readFileSync(file), { file });
    expect(chat.messages.filter((m) => m.to === 'direct').map((m) => m.author)).toEqual(['Priya Nair', 'Jordan Lee']);
  });
});
