import { describe, expect, it } from 'vitest';
import { webvtt } from '../../src/ingest/parsers/webvtt.js';
import { zoomCloud } from '../../src/ingest/parsers/zoom-cloud.js';
import { zoom } from '../../src/ingest/parsers/zoom.js';
import { readTiming } from '../../src/ingest/vtt-cues.js';

// The hand-written header readers must give what the regexes they stand in front of give.
describe('zoom Z3 header by hand', () => {
  it('reads spacing and a one-digit hour as the regex does', () => {
    const out = zoom.parse('9:05:07 From  Sam Lee  to  Everyone :  \n\thi there\n14:75:00 From Jo Quinn to Everyone:\n\tlate', { file: 'chat.txt' });
    expect(out.messages.map((m) => [m.time, m.author, m.to, m.text])).toEqual([
      ['09:05:07', 'Sam Lee', 'everyone', 'hi there'],
      ['14:75:00', 'Jo Quinn', 'everyone', 'late'],
    ]);
  });

  it('leaves a line without the final colon to the body', () => {
    const out = zoom.parse('14:02:11 From Robin Hart to Everyone:\n\tfirst\n14:03:00 From nobody here\n', { file: 'chat.txt' });
    expect(out.messages).toHaveLength(1);
    expect(out.messages[0]!.text).toBe('first\n14:03:00 From nobody here');
  });
});

describe('zoom cloud header by hand', () => {
  it('pads the hour and cuts the name at the first colon and TAB', () => {
    const out = zoomCloud.parse('0:01:05\tRobin: Hart:\tHello:\tall\n00:02:00\tSam\t:\tnot a header', { file: 'GMT20260313-140005_x.txt' });
    expect(out.messages.map((m) => [m.time, m.author, m.text])).toEqual([['00:01:05', 'Robin: Hart', 'Hello:\tall\n00:02:00\tSam\t:\tnot a header']]);
  });
});

describe('webvtt by hand', () => {
  it('reads the usual timing and leaves others to the regex', () => {
    expect(readTiming('00:01:18.120 --> 00:01:19.480')).toBe(78120);
    expect(readTiming('01:00:00.00x --> 01:00:01.000')).toBe(readTiming('01:00:00.00x  --> 01:00:01.000'));
    expect(readTiming('00:0a:18.120 --> 00:01:19.480')).toBeUndefined();
    expect(readTiming('00:01:18.120 --> x')).toBeUndefined();
    expect(readTiming('1:2:3.5 --> 1:2:4')).toBe(((1 * 60 + 2) * 60 + 3) * 1000 + 500);
  });

  it('reads one voice span as the tag regex does', () => {
    const out = webvtt.parse('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v   @Robin Hart >Hi &amp; welcome</v>\n\n00:00:03.000 --> 00:00:04.000\n<v >no name</v>\n', { file: 'x.vtt' });
    expect(out.messages.map((m) => [m.author, m.text])).toEqual([
      ['Robin Hart', 'Hi & welcome'],
      [undefined, 'no name'],
    ]);
  });
});

describe('discord-csv read in one pass', () => {
  it('reads a newest-first export again and sorts it, reactions after their message', async () => {
    const { discordCsv } = await import('../../src/ingest/parsers/discord-csv.js');
    const csv = [
      'AuthorID,Author,Date,Content,Attachments,Reactions',
      '"1","Sam#0001","2026-03-13T14:05:00+00:00","second","","👍 (2)"',
      '"2","Robin","2026-03-13T14:01:00+00:00","first","",""',
    ].join('\n');
    const out = discordCsv.parse(csv, { file: 'x.csv' });
    expect(out.messages.map((m) => [m.line, m.author, m.text, m.kind, m.replyTo])).toEqual([
      [3, 'Robin', 'first', 'message', undefined],
      [2, 'Sam', 'second', 'message', undefined],
      [2, undefined, '👍 2', 'reaction', 'x.csv:2'],
    ]);
  });
});
