import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { slack } from '../../../src/ingest/parsers/slack.js';
import { detectParser } from '../../../src/ingest/detect.js';
import { parseExport } from '../../../src/ingest/read-export.js';
import type { BundleEntry } from '../../../src/types.js';

const ts = (iso: string, n: number) => `${Date.parse(iso) / 1000}.${String(n).padStart(6, '0')}`;
const parent = ts('2026-03-13T23:50:00Z', 1);

const tree: Record<string, unknown> = {
  'users.json': [
    { id: 'U1', name: 'robin', profile: { display_name: 'Robin Hart', email: 'robin@example.org', phone: '+44 7700 900111' } },
    { id: 'U2', name: 'sam', real_name: 'Sam Okafor', profile: { display_name: '', email: 'sam@example.org' } },
  ],
  'channels.json': [{ id: 'C1', name: 'peer-support' }, { id: 'C2', name: 'general' }],
  'peer-support/2026-03-13.json': [
    { type: 'message', user: 'U1', ts: parent, text: 'Agenda <@U2>?', thread_ts: parent, reply_count: 1 },
    { type: 'message', subtype: 'channel_join', user: 'U2', ts: ts('2026-03-13T23:40:00Z', 2), text: '<@U2> has joined the channel' },
  ],
  // The reply was posted after midnight, so Slack filed it under the next day.
  'peer-support/2026-03-14.json': [
    { type: 'message', user: 'U2', ts: ts('2026-03-14T00:10:00Z', 3), thread_ts: parent, parent_user_id: 'U1', text: 'Add supervision' },
    { type: 'message', subtype: 'bot_message', username: 'Polly', ts: ts('2026-03-14T09:00:00Z', 4), text: '', attachments: [{ fallback: 'Poll: next topic?' }] },
    { type: 'message', user: 'U2', ts: ts('2026-03-14T09:05:00Z', 5), text: '', files: [{ name: 'slides.pdf', mode: 'hidden_by_limit' }] },
  ],
  'general/2026-03-14.json': [{ type: 'message', user: 'U1', ts: ts('2026-03-14T09:02:00Z', 6), text: 'General news' }],
};
const entries = (t = tree, prefix = ''): BundleEntry[] =>
  Object.entries(t).map(([path, data]) => ({ path: `${prefix}${path}`, bytes: strToU8(JSON.stringify(data, null, 1)) }));
const parse = (channel?: string, list = entries()) => slack.parseBundle!(list, channel ? { file: 'export', channel } : { file: 'export' });

describe('slack parser', () => {
  it('links a thread reply filed in the next day file to its parent, and merges channels in ts order', () => {
    const out = parse();
    expect(out.messages.map((m) => [m.id, m.time, m.replyTo])).toEqual([
      ['slack:peer-support:1773445200.000002', '2026-03-13T23:40:00Z', undefined],
      [`slack:peer-support:${parent}`, '2026-03-13T23:50:00Z', undefined],
      ['slack:peer-support:1773447000.000003', '2026-03-14T00:10:00Z', `slack:peer-support:${parent}`],
      ['slack:peer-support:1773478800.000004', '2026-03-14T09:00:00Z', undefined],
      ['slack:general:1773478920.000006', '2026-03-14T09:02:00Z', undefined],
      ['slack:peer-support:1773479100.000005', '2026-03-14T09:05:00Z', undefined],
    ]);
    expect(out.messages[2]!).toMatchObject({ file: 'export/peer-support/2026-03-14.json', line: 2 });
  });

  it('orders messages by ts, ties in file order, however the day files are ordered inside', () => {
    // Seeded: day files out of order inside, equal ts within and across files, a reply filed days later.
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    const base = Date.parse('2026-03-10T00:00:00Z') / 1000;
    const days: Record<string, unknown> = { 'users.json': [{ id: 'U1', name: 'robin' }], 'channels.json': [{ id: 'C1', name: 'peer' }] };
    const written: { key: number; text: string }[] = [];
    for (let d = 0; d < 6; d++) {
      const rows = Array.from({ length: 40 }, (_, i) => {
        // Mostly within the day, sometimes a step back into an earlier day (a late thread reply's ts is its own, but a clock can be).
        const sec = base + d * 86400 + next(3) * 3600 - (next(10) === 0 ? 2 * 86400 : 0);
        const micro = next(3);
        const text = `day ${d} row ${i}`;
        written.push({ key: sec * 1e6 + micro, text });
        return { type: 'message', user: 'U1', ts: `${sec}.${String(micro).padStart(6, '0')}`, text };
      });
      days[`peer/2026-03-${10 + d}.json`] = rows;
    }
    const keyOf = (t: string) => Number(t.split('.')[0]) * 1e6 + Number(t.split('.')[1]);
    const expected = written.map((w, i) => ({ ...w, i })).sort((a, b) => a.key - b.key || a.i - b.i).map((w) => w.text);
    expect(slack.parseBundle!(entries(days), { file: 'export' }).messages.map((m) => m.text)).toEqual(expected);
    // And with every day in ts order already, nothing moves.
    const tidy = Object.fromEntries(Object.entries(days).map(([k, v]) => [k, Array.isArray(v) && k.includes('/') ? [...(v as { ts: string }[])].sort((a, b) => keyOf(a.ts) - keyOf(b.ts)) : v]));
    const texts = slack.parseBundle!(entries(tidy), { file: 'export' }).messages.map((m) => m.text);
    expect(texts).toEqual(expected);
  });

  it('names people from users.json (display name, then real name) and never carries e-mails or phones', () => {
    const out = parse();
    expect(out.messages.map((m) => [m.author, m.kind, m.text])).toEqual([
      ['Sam Okafor', 'system', '@Sam Okafor has joined the channel'],
      ['Robin Hart', 'message', 'Agenda @Sam Okafor?'],
      ['Sam Okafor', 'message', 'Add supervision'],
      ['Polly', 'system', 'Poll: next topic?'],
      ['Robin Hart', 'message', 'General news'],
      ['Sam Okafor', 'system', 'slides.pdf'],
    ]);
    expect(JSON.stringify(out)).not.toMatch(/example\.org|7700/);
  });

  it('skips, with a warning, a record whose ts is no Unix time or past what a date can hold', () => {
    const odd = { ...tree, 'general/2026-03-14.json': [
      { type: 'message', user: 'U1', ts: '17734105x1.000200', text: 'typo' },
      { type: 'message', user: 'U1', ts: '999999999999999.000001', text: 'far future' },
      { type: 'message', user: 'U1', ts: ts('2026-03-14T09:02:00Z', 6), text: 'General news' },
    ] };
    const out = parse(undefined, entries(odd));
    expect(out.messages.map((m) => m.text)).not.toContain('typo');
    expect(out.messages.find((m) => m.text === 'General news')?.time).toBe('2026-03-14T09:02:00Z');
    expect(out.warnings.map((w) => [w.file, w.line, w.message])).toEqual([
      ['export/general/2026-03-14.json', 2, 'record whose ts "17734105x1.000200" is no Unix time; skipped'],
      ['export/general/2026-03-14.json', 8, 'record whose ts "999999999999999.000001" is no Unix time; skipped'],
    ]);
  });

  it('reads one channel with --channel, and names the channels when the one asked for is missing', () => {
    const out = parse('#general');
    expect(out.messages.map((m) => m.text)).toEqual(['General news']);
    expect(out.title).toBe('#general');
    expect(() => parse('random')).toThrow('export: no channel "random" in this Slack export; it has: peer-support, general');
  });

  it('is picked for a zip, also when its files sit under one top folder, and refuses a lone file', () => {
    const zip = zipSync(Object.fromEntries(entries(tree, 'Peer Space export/').map((e) => [e.path, e.bytes])));
    const out = parseExport(zip, { file: 'slack.zip' });
    expect(out.format).toBe('slack');
    expect(out.messages).toHaveLength(6);
    expect(out.messages[0]!.file).toBe('slack.zip/Peer Space export/peer-support/2026-03-13.json');
    expect(() => slack.parse('[]', { file: 'users.json' })).toThrow(InputError);
  });

  it('marks DMs and group DMs as direct, by their lists or, without them, by their folder names', () => {
    const withDms = {
      ...tree,
      'dms.json': [{ id: 'D0123ABCD', members: ['U1', 'U2'] }],
      'mpims.json': [{ id: 'G1', name: 'mpdm-robin--sam-1', members: ['U1', 'U2'] }],
      // A private channel is a channel: its messages are not direct.
      'groups.json': [{ id: 'G2', name: 'facilitators' }],
      'D0123ABCD/2026-03-14.json': [{ type: 'message', user: 'U2', ts: ts('2026-03-14T09:10:00Z', 7), text: 'Can we talk privately?' }],
      'mpdm-robin--sam-1/2026-03-14.json': [{ type: 'message', user: 'U1', ts: ts('2026-03-14T09:11:00Z', 8), text: 'Just us two' }],
      'facilitators/2026-03-14.json': [{ type: 'message', user: 'U1', ts: ts('2026-03-14T09:12:00Z', 9), text: 'Facilitators only' }],
    };
    const direct = (t: Record<string, unknown>) => parse(undefined, entries(t)).messages.filter((m) => m.to === 'direct').map((m) => [m.channel, m.text]);
    expect(direct(withDms)).toEqual([['D0123ABCD', 'Can we talk privately?'], ['mpdm-robin--sam-1', 'Just us two']]);
    // An export whose lists are missing still has Slack's folder names.
    const { 'dms.json': _d, 'mpims.json': _m, ...bare } = withDms;
    expect(direct(bare)).toEqual(direct(withDms));
    expect(parse(undefined, entries(withDms)).messages.find((m) => m.text === 'Facilitators only')).not.toHaveProperty('to');
  });

  describe('one channel without the rest of the export', () => {
    const day = JSON.stringify(tree['peer-support/2026-03-14.json'], null, 4);
    const named = { type: 'message', user: 'U9', ts: ts('2026-03-14T09:40:00Z', 8), text: 'Named here', user_profile: { display_name: 'Dev Patel' } };
    const unzipped = (t: Record<string, unknown>): BundleEntry[] => Object.entries(t).map(([path, data]) => ({ path, bytes: strToU8(JSON.stringify(data)) }));

    it('detects a day file given alone over JSON Lines, takes its channel from its folder, and names people by embedded profile or Slack id', () => {
      expect(detectParser(day, 'export/peer-support/2026-03-14.json').format).toBe('slack');
      expect(detectParser(day, 'saved.json').format).toBe('slack');
      const text = JSON.stringify([...(tree['peer-support/2026-03-14.json'] as unknown[]), named]);
      const out = parseExport(strToU8(text), { file: 'export/peer-support/2026-03-14.json' });
      expect(out.title).toBe('#peer-support');
      expect(out.messages.map((m) => [m.author, m.channel, m.kind])).toEqual([
        ['U2', 'peer-support', 'message'],
        ['Polly', 'peer-support', 'system'],
        ['U2', 'peer-support', 'system'],
        ['Dev Patel', 'peer-support', 'message'],
      ]);
      // The thread reply still names its parent, which sits in a day file not given.
      expect(out.messages[0]!.replyTo).toBe(`slack:peer-support:${parent}`);
      expect(out.warnings.map((w) => w.message)).toEqual([
        '1 person is shown by Slack id (U2): their names are in the users.json of the whole export; give its zip or folder instead',
      ]);
    });

    it('counts a mention shown by id as unnamed too, and gives no title or channel to a day file of no known channel', () => {
      const out = slack.parse(JSON.stringify([{ type: 'message', ts: ts('2026-03-14T09:00:00Z', 1), text: 'Ask <@U7>', user_profile: { real_name: 'Lan Lee' } }]), { file: 'saved.json' });
      expect(out.messages).toMatchObject([{ author: 'Lan Lee', text: 'Ask @U7' }]);
      expect(out.messages[0]!.channel).toBeUndefined();
      expect(out.title).toBeUndefined();
      expect(out.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/^1 person is shown by Slack id \(U7\)/)]);
      // Names everyone knows: no warning.
      expect(slack.parse(JSON.stringify([named]), { file: 'saved.json' }).warnings).toEqual([]);
    });

    it('reads a channel folder, or a zip of it, as that channel, linking a thread across its days', () => {
      const days = { '2026-03-13.json': tree['peer-support/2026-03-13.json'], '2026-03-14.json': tree['peer-support/2026-03-14.json'] };
      const folder = parseExport(unzipped(days), { file: 'exports/peer-support' });
      expect(folder.format).toBe('slack');
      expect(folder.title).toBe('#peer-support');
      expect(folder.messages.map((m) => m.id)).toEqual([
        'slack:peer-support:1773445200.000002',
        `slack:peer-support:${parent}`,
        'slack:peer-support:1773447000.000003',
        'slack:peer-support:1773478800.000004',
        'slack:peer-support:1773479100.000005',
      ]);
      expect(folder.messages[2]!).toMatchObject({ replyTo: `slack:peer-support:${parent}`, file: 'exports/peer-support/2026-03-14.json' });
      const zip = zipSync(Object.fromEntries(unzipped(days).map((e) => [`peer-support/${e.path}`, e.bytes])));
      const zipped = parseExport(zip, { file: 'download.zip' });
      expect(zipped.title).toBe('#peer-support');
      expect(zipped.messages.map((m) => m.id)).toEqual(folder.messages.map((m) => m.id));
      // Zipped without its folder: the zip's name stands for the channel.
      expect(parseExport(zipSync(Object.fromEntries(unzipped(days).map((e) => [e.path, e.bytes]))), { file: 'general.zip' }).title).toBe('#general');
    });

    it('keeps a DM folder direct, and claims no folder with other JSON in it', () => {
      const dm = parseExport(unzipped({ '2026-03-14.json': [{ type: 'message', user: 'U2', ts: ts('2026-03-14T09:10:00Z', 7), text: 'Can we talk privately?' }] }), { file: 'D0123ABCD' });
      expect(dm.messages).toMatchObject([{ to: 'direct', channel: 'D0123ABCD' }]);
      expect(() => parseExport(unzipped({ '2026-03-14.json': [], 'notes.json': {} }), { file: 'misc' })).toThrow(/cannot tell the format of misc/);
      expect(() => parseExport(unzipped({ 'a/2026-03-14.json': [], 'b/2026-03-14.json': [] }), { file: 'two' })).toThrow(/cannot tell the format of two/);
    });

    it('refuses --channel for another channel, a day file that is no JSON array, and a list file given alone', () => {
      expect(() => slack.parse(day, { file: 'x/general/2026-03-14.json', channel: '#random' })).toThrow('x/general/2026-03-14.json: no channel "random" here: this is Slack channel #general');
      expect(slack.parse(day, { file: 'x/general/2026-03-14.json', channel: 'general' }).messages).toHaveLength(3);
      expect(() => slack.parse('{"ts": "1.2"}', { file: 'day.json' })).toThrow('day.json: not a Slack day file: not one JSON array of messages');
      // Broken JSON in a file given alone: the error names its line, as for any JSON export.
      expect(() => slack.parse('[\n {"type": "message", "ts": "1.2",}\n]', { file: 'day.json' })).toThrow(/^day\.json:2: /);
      // Nothing in it: no messages, and no word of "chosen channels" (summarise says the overview is empty).
      expect(slack.parse('[]', { file: 'day.json' })).toMatchObject({ messages: [], warnings: [] });
      expect(() => detectParser('[{"id": "U1", "name": "robin"}]', 'export/users.json')).toThrow(
        "cannot tell the format of export/users.json: users.json is one file of a Slack export, with no messages in it; give the export's zip or folder (channels.json, users.json, one folder per channel)",
      );
      expect(() => slack.parse('[]', { file: 'channels.json' })).toThrow(/channels\.json is one file of a Slack export/);
    });
  });
});
