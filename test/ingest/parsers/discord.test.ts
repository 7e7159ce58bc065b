import { describe, expect, it } from 'vitest';
import { detectParser, scoreParsers } from '../../../src/ingest/detect.js';
import { discordCsv, readCsvRows } from '../../../src/ingest/parsers/discord-csv.js';
import { discordJson } from '../../../src/ingest/parsers/discord-json.js';

const author = (name: string, nickname: string | null) => ({ id: '1', name, discriminator: '0000', nickname, isBot: false, roles: [] });
const msg = (id: string, timestamp: string, content: string, extra: Record<string, unknown> = {}) => ({
  id, type: 'Default', timestamp, timestampEdited: null, isPinned: false, content, author: author('robin.hart', 'Robin'),
  attachments: [], embeds: [], stickers: [], reactions: [], mentions: [], inlineEmojis: [], ...extra,
});
const dce = (...messages: unknown[]) =>
  JSON.stringify({ guild: { id: 'g', name: 'Peer Support Network' }, channel: { id: 'c', type: 'GuildTextChat', name: 'meeting-chat' }, messages, messageCount: messages.length }, null, 2);
const parseJson = (text: string) => discordJson.parse(text, { file: 'chat.json' });
const CSV_HEADER = '"AuthorID","Author","Date","Content","Attachments","Reactions"\n';

describe('discord-json', () => {
  it('makes GuildMemberJoin and other notification kinds system records', () => {
    const out = parseJson(dce(msg('1', '2026-03-13T14:00:00+00:00', 'Joined the server.', { type: 'GuildMemberJoin' }), msg('2', '2026-03-13T14:01:00+00:00', 'hi')));
    expect(out.messages.map((m) => [m.kind, m.text])).toEqual([['system', 'Joined the server.'], ['message', 'hi']]);
  });

  it('sorts a reversed export by timestamp and keeps the exporter offset', () => {
    const out = parseJson(dce(msg('2', '2026-03-13T15:05:00+01:00', 'second'), msg('1', '2026-03-13T14:01:00+00:00', 'first')));
    expect(out.messages.map((m) => [m.text, m.time])).toEqual([['first', '2026-03-13T14:01:00+00:00'], ['second', '2026-03-13T15:05:00+01:00']]);
  });

  it('prefers the server nickname, flattens Markdown pairs and lists attachments', () => {
    const out = parseJson(dce(msg('1', '2026-03-13T14:01:00+00:00', '**bold** __under__ ~~gone~~ ||secret|| snake_case *star*', { attachments: [{ id: 'a', url: 'https://cdn.example/x.pdf', fileName: 'x.pdf' }] })));
    expect(out.messages[0]).toMatchObject({ author: 'Robin', text: 'bold under gone secret snake_case *star*\n[attachment: x.pdf]' });
  });

  it('points a reply at its parent and counts reactions as reaction records', () => {
    const out = parseJson(dce(
      msg('1', '2026-03-13T14:01:00+00:00', 'parent', { reactions: [{ emoji: { id: null, name: '👍' }, count: 3, users: [] }] }),
      msg('2', '2026-03-13T14:02:00+00:00', 'child', { type: 'Reply', reference: { messageId: '1' } }),
    ));
    const [parent, reaction, child] = out.messages;
    expect(reaction).toMatchObject({ kind: 'reaction', text: '👍 3', replyTo: parent!.id });
    expect(child).toMatchObject({ kind: 'message', replyTo: parent!.id });
  });
});

describe('discord-csv', () => {
  it('reads quoted fields with doubled quotes and raw newlines, keeping later rows on their lines', () => {
    const text = `${CSV_HEADER}"1","sam.o","2026-03-13T14:04:00.0000000+00:00","Thanks!\nCan we add ""supervision""?","",""\n"2","robin.hart#0000","2026-03-13T14:05:00.0000000+00:00","Yes","",""\n`;
    const out = discordCsv.parse(text, { file: 'c.csv' });
    expect(out.messages.map((m) => [m.line, m.author, m.text])).toEqual([
      [2, 'sam.o', 'Thanks!\nCan we add "supervision"?'],
      [4, 'robin.hart', 'Yes'],
    ]);
  });

  it('splits attachments and reactions, and marks DCE notification texts as system', () => {
    const text = `${CSV_HEADER}"1","casey.q","2026-03-13T14:00:00+00:00","Joined the server.","",""\n"2","a","2026-03-13T14:02:00+00:00","","https://cdn.example/a%20b.pdf,https://cdn.example/c.png","👍 (2),❤️ (1)"\n`;
    const out = discordCsv.parse(text, { file: 'c.csv' });
    expect(out.messages.map((m) => [m.kind, m.text])).toEqual([
      ['system', 'Joined the server.'],
      ['message', '[attachment: a b.pdf]\n[attachment: c.png]'],
      ['reaction', '👍 2'],
      ['reaction', '❤️'],
    ]);
  });

  it('wins detection over the generic CSV parser by a clear margin', () => {
    const text = `${CSV_HEADER}"1","a","2026-03-13T14:00:00+00:00","hi","",""\n`;
    expect(detectParser(text, 'chat.csv').format).toBe('discord-csv');
    const [best, second] = scoreParsers(text, 'chat.csv');
    expect(best!.score - second!.score).toBeGreaterThanOrEqual(0.1);
  });

  it('reads unquoted fields too and reports an unclosed quote', () => {
    expect(readCsvRows('a,b\n1,"x"\n').map((r) => r.fields)).toEqual([['a', 'b'], ['1', 'x']]);
    expect(() => discordCsv.parse(`${CSV_HEADER}"1","a","d","unclosed\n`, { file: 'c.csv' })).toThrow(/unclosed quote in the row starting on line 2/);
  });
});
