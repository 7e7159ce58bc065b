import { describe, expect, it } from 'vitest';
import { detectParser } from '../../../src/ingest/detect.js';
import { sbv } from '../../../src/ingest/parsers/sbv.js';

const parse = (text: string, file = 'chat.sbv') => sbv.parse(text, { file });

describe('sbv', () => {
  it('reads cues, splits the name on the first ": " and keeps continuation lines', () => {
    const out = parse('0:00:05.120,0:00:05.120\nRobin Hart: Agenda: item one: done\n\n0:01:12.400,0:01:12.400\nSam Okafor: Link: https://example.org/a\nsecond line\n');
    expect(out.messages.map((m) => [m.line, m.time, m.author, m.text])).toEqual([
      [2, '00:00:05', 'Robin Hart', 'Agenda: item one: done'],
      [5, '00:01:12', 'Sam Okafor', 'Link: https://example.org/a\nsecond line'],
    ]);
  });

  it('starts a new message for a second full name in one cue, but not for "Note:"', () => {
    const out = parse('0:02:30.000,0:02:30.000\nPriya Nair: first\nNote: still Priya\nJordan Lee: a new message\n');
    expect(out.messages.map((m) => [m.author, m.text])).toEqual([['Priya Nair', 'first\nNote: still Priya'], ['Jordan Lee', 'a new message']]);
  });

  it('gives offsets, not clock times, and no start/end unless the name has the recording start', () => {
    const plain = parse('1:02:03.000,1:02:03.000\nA B: hi\n');
    expect(plain.messages[0]!.time).toBe('01:02:03');
    expect(plain.start).toBeUndefined();
    const named = parse('0:00:30.500,0:00:30.500\nA B: hi\n', 'abc-defg-hij (2026-03-13 14:00 GMT+1) - Chat.sbv');
    expect(named.messages[0]!.time).toBe('2026-03-13T14:00:30+01:00');
  });

  it('is detected from its cue lines, not from the name', () => {
    expect(detectParser('0:00:05.120,0:00:05.120\nRobin Hart: hi\n\n0:00:09.000,0:00:09.000\nSam Okafor: yo\n', 'chat.txt').format).toBe('sbv');
  });
});
