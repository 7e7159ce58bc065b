import { describe, expect, it } from 'vitest';
import { defaultNoise, defaultRules } from '../../src/config/defaults.js';
import { parseExport } from '../../src/ingest/read-export.js';
import { summarise } from '../../src/summarise/summarise.js';
import type { ChatExport, Message } from '../../src/types.js';
import { readExportInput } from '../support/export-input.js';
import { totalOf } from '../support/run-summarise.js';

const options = { rules: defaultRules(), noise: defaultNoise(), timeZone: 'Europe/London' };
const say = (channel: string | undefined, line: number, text: string, author = 'Robin Hart'): Message => ({
  time: `2026-03-13T14:${String(line).padStart(2, '0')}:00Z`, author, text, kind: 'message', ...(channel ? { channel } : {}), file: 'x', line,
});
const chatOf = (messages: Message[]): ChatExport => ({ format: 'slack', platform: 'Slack', messages, warnings: [] });
const outline = (o: ReturnType<typeof summarise>) => o.sections.map((s) => [s.title, s.channel, s.points.map((p) => p.text)]);

describe('--by-channel', () => {
  const chat = chatOf([
    say('peer-support', 1, 'Could we add peer supervision to the agenda?'),
    say('general', 2, 'Could we add peer supervision to the agenda?', 'Sam Okafor'),
    say('peer-support', 3, 'Could we add peer supervision to the agenda?', 'Priya Nair'),
    say('general', 4, 'thanks'),
    say('general', 5, 'The rota for nights is on the wiki https://example.org/rota'),
  ]);

  it('gives each channel its own sections, named for it, in order of its first message', () => {
    expect(outline(summarise(chat, { ...options, byChannel: true }))).toEqual([
      ['#peer-support: Ideas & Suggestions', 'peer-support', ['Could we add peer supervision to the agenda?']],
      ['#general: Ideas & Suggestions', 'general', ['Could we add peer supervision to the agenda?']],
      ['#general: Other Points', 'general', ['The rota for nights is on the wiki https://example.org/rota']],
    ]);
  });

  it('merges repeats within a channel only, and accounts for every record', () => {
    const o = summarise(chat, { ...options, byChannel: true });
    const [peer, general] = o.sections;
    expect([peer!.points[0]!.repeats, general!.points[0]!.repeats]).toEqual([2, 1]);
    expect(o.accounting).toMatchObject({ records: 5, summarised: 3, merged: 1, dropped: { noise: 1 } });
    expect(totalOf(o.accounting)).toBe(o.accounting.records);
    expect(o.links.map((l) => l.url)).toEqual(['https://example.org/rota']);
  });

  it('merges the channels without the flag, and changes nothing for a chat of one channel', () => {
    const merged = summarise(chat, options);
    expect(merged.sections.map((s) => s.title)).toEqual(['Ideas & Suggestions', 'Other Points']);
    expect(merged.sections[0]!.points[0]!.repeats).toBe(3);
    expect(merged.sections.some((s) => 'channel' in s)).toBe(false);
    const one = chatOf([say('general', 1, 'Could we add peer supervision to the agenda?'), say('general', 2, 'The rota is on the wiki')]);
    expect(summarise(one, { ...options, byChannel: true })).toEqual(summarise(one, options));
    const none = chatOf([say(undefined, 1, 'Could we add peer supervision to the agenda?')]);
    expect(summarise(none, { ...options, byChannel: true })).toEqual(summarise(none, options));
  });

  it('reads the channel of every Slack message, from the zip and the folder alike', () => {
    for (const file of ['fixtures/exports/slack/peer-space.zip', 'fixtures/exports/slack/peer-space-folder']) {
      const export_ = parseExport(readExportInput(file), { file });
      expect(new Set(export_.messages.map((m) => m.channel))).toEqual(new Set(['peer-support', 'general', 'D01ROBSAM', 'mpdm-robin--sam.okafor--priya-1']));
      const titles = summarise(export_, { ...options, byChannel: true }).sections.map((s) => s.title);
      expect(titles).toEqual(['#peer-support: Ideas & Suggestions', '#peer-support: Resources & Training', '#peer-support: Other Points', '#general: Other Points']);
    }
  });
});

describe('--by-channel output', () => {
  it('is a fixpoint of remark and lints clean, channel names with Markdown in them included', async () => {
    const { renderMarkdown } = await import('../../src/render/markdown.js');
    const { readBundled } = await import('../../src/io/bundled.js');
    const { STRINGIFY_OPTIONS } = await import('../../src/render/escape.js');
    const { unified } = await import('unified');
    const { default: remarkParse } = await import('remark-parse');
    const { default: remarkStringify } = await import('remark-stringify');
    const { lintText } = await import('../../src/lint/lint.js');
    const chat = chatOf([say('peer_support_team', 1, 'Could we add peer supervision to the agenda?'), say('general*', 2, 'The rota for nights is on the wiki')]);
    const overview = summarise(chat, { ...options, byChannel: true, date: '2026-03-13' });
    const markdown = renderMarkdown(overview, readBundled('overview.md'));
    // Escaped as remark would: an underscore inside a word stays, a star does not.
    expect(markdown).toMatch(/^### #peer_support_team: Ideas & Suggestions$/m);
    expect(markdown).toMatch(/^### #general\\\*: Other Points$/m);
    expect(unified().use(remarkParse).use(remarkStringify, STRINGIFY_OPTIONS).processSync(markdown).toString()).toBe(markdown);
    expect(lintText(markdown, { file: 'overview.md' })).toEqual([]);
  });
});

describe('Slack direct messages', () => {
  it('stay out of the overview unless --include-direct, also per channel', () => {
    const file = 'fixtures/exports/slack/peer-space.zip';
    const export_ = parseExport(readExportInput(file), { file });
    const texts = (o: ReturnType<typeof summarise>) => o.sections.flatMap((s) => s.points.map((p) => p.text)).join('\n');
    for (const byChannel of [false, true]) {
      const shut = summarise(export_, { ...options, byChannel });
      expect(texts(shut)).not.toMatch(/struggling|swap our supervision/);
      expect(shut.accounting.dropped.direct).toBe(2);
      const open = summarise(export_, { ...options, byChannel, includeDirect: true });
      expect(texts(open)).toMatch(/struggling with the night rota[\s\S]*swap our supervision slots|swap our supervision slots[\s\S]*struggling with the night rota/);
    }
  });
});
