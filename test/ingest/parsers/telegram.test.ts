import { describe, expect, it } from 'vitest';
import { detectParser } from '../../../src/ingest/detect.js';
import { telegram, telegramText } from '../../../src/ingest/parsers/telegram.js';

const parse = (root: unknown) => telegram.parse(JSON.stringify(root, null, 1), { file: 'result.json' });
const chat = (...messages: unknown[]) => ({ name: 'Peer Space', type: 'private_supergroup', id: 1, messages });

describe('telegram', () => {
  it('joins array text: plain strings and entity objects, with text_link targets', () => {
    expect(telegramText(['Agenda: ', { type: 'link', text: 'https://example.org/a' }, ' ', { type: 'bold', text: 'today' }, ' and ', { type: 'text_link', text: 'the rota', href: 'https://example.org/r' }]))
      .toBe('Agenda: https://example.org/a today and the rota (https://example.org/r)');
    const out = parse(chat({ id: 1, type: 'message', date: '2026-03-13T14:02:11', date_unixtime: '1773410531', from: 'Robin Hart', text: ['a ', { type: 'italic', text: 'b' }] }));
    expect(out.messages[0]!.text).toBe('a b');
  });

  it('prefers date_unixtime (UTC) over the naive local date', () => {
    const out = parse(chat({ id: 1, type: 'message', date: '2026-06-13T15:02:11', date_unixtime: '1781359331', from: 'A', text: 'x' }));
    expect(out.messages[0]!.time).toBe('2026-06-13T14:02:11Z');
    expect(out.warnings).toEqual([]);
  });

  it('keeps the naive date when date_unixtime is past what a date can hold', () => {
    const out = parse(chat({ id: 1, type: 'message', date: '2026-06-13T15:02:11', date_unixtime: '1773999999910531', from: 'A', text: 'x' }));
    expect(out.messages[0]!.time).toBe('2026-06-13T15:02:11');
  });

  it('keeps the naive date when there is no date_unixtime, and warns', () => {
    const out = parse(chat({ id: 1, type: 'message', date: '2026-03-13T14:02:11', from: 'A', text: 'x' }));
    expect(out.messages[0]!.time).toBe('2026-03-13T14:02:11');
    expect(out.warnings[0]!.message).toMatch(/local time/);
  });

  it('makes service messages system records with a sentence, never dropping them', () => {
    const out = parse(chat({ id: 1, type: 'service', date_unixtime: '1773410400', actor: 'Robin Hart', action: 'invite_members', members: ['Sam Okafor', 'Priya Nair'], text: '' }));
    expect(out.messages[0]).toMatchObject({ kind: 'system', author: 'Robin Hart', text: 'Robin Hart added: Sam Okafor, Priya Nair' });
  });

  it('gives media-only messages a placeholder, and links replies and reactions', () => {
    const out = parse(chat(
      { id: 7, type: 'message', date_unixtime: '1773410531', from: 'A', text: 'parent', reactions: [{ type: 'emoji', count: 2, emoji: '👍' }] },
      { id: 8, type: 'message', date_unixtime: '1773410600', from: 'B', media_type: 'voice_message', text: '', reply_to_message_id: 7 },
    ));
    const [parent, reaction, voice] = out.messages;
    expect(reaction).toMatchObject({ kind: 'reaction', text: '👍 2', replyTo: parent!.id });
    expect(voice).toMatchObject({ text: '[voice message]', replyTo: parent!.id });
  });

  it('reads the biggest chat of a full export and says which', () => {
    const small = { name: 'Saved', type: 'saved_messages', id: 1, messages: [{ id: 1, type: 'message', date_unixtime: '1', from: 'Me', text: 'note' }] };
    const big = chat({ id: 1, type: 'message', date_unixtime: '1773410531', from: 'A', text: 'one' }, { id: 2, type: 'message', date_unixtime: '1773410532', from: 'B', text: 'two' });
    const out = parse({ personal_information: { first_name: 'Me' }, chats: { about: '', list: [small, big] } });
    expect(out.title).toBe('Peer Space');
    expect(out.messages.map((m) => m.text)).toEqual(['one', 'two']);
    expect(out.warnings[0]!.message).toMatch(/2 chats; read the biggest group or channel, "Peer Space"/);
  });

  it('never picks a private chat of a full export, however big', () => {
    const say = (n: number) => ({ id: n, type: 'message', date_unixtime: String(1773410531 + n), from: 'A', text: `private ${n}` });
    const personal = { name: 'Sam Okafor', type: 'personal_chat', id: 2, messages: [1, 2, 3, 4].map(say) };
    const bot = { name: 'Helper', type: 'bot_chat', id: 3, messages: [1, 2, 3].map(say) };
    const group = chat({ id: 1, type: 'message', date_unixtime: '1773410531', from: 'A', text: 'group point' });
    const out = parse({ chats: { list: [personal, bot, group] } });
    expect(out.messages.map((m) => m.text)).toEqual(['group point']);
    expect(() => parse({ chats: { list: [personal, bot] } })).toThrow(/^result\.json: the export holds 2 chats, all one-to-one, saved or bot chats; export the meeting's chat on its own/);
    // A one-to-one chat the user exported on its own is theirs to read.
    expect(parse({ ...personal }).messages).toHaveLength(4);
  });

  it('is detected from the head of a result.json', () => {
    const text = JSON.stringify(chat({ id: 1, type: 'message', date: '2026-03-13T14:02:11', date_unixtime: '1773410531', from: 'A', from_id: 'user1', text: 'x' }), null, 1);
    expect(detectParser(text, 'result.json').format).toBe('telegram');
  });
});
