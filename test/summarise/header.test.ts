import { describe, expect, it } from 'vitest';
import { meetingTimes, wallClock } from '../../src/summarise/header.js';
import type { ChatExport, Message } from '../../src/types.js';

const at = (time: string, line: number): Message => ({ time, author: 'Robin Hart', text: 'hi', kind: 'message', file: 'x', line });
const chat = (format: string, times: string[], extra: Partial<ChatExport> = {}): ChatExport => ({ format, messages: times.map(at), warnings: [], ...extra });
const zone = { timeZone: 'Europe/London' };

// Parsers keep a time as the export wrote it when it already looks ISO: the header must not trust it.
describe('meeting header from message times', () => {
  it('reads naive, zoned and clock-only times', () => {
    expect(wallClock('2026-03-13T14:02:00', 'jsonl', 'Europe/London')).toEqual({ date: '2026-03-13', time: '14:02' });
    expect(wallClock('2026-06-13T13:02:00Z', 'slack', 'Europe/London')).toEqual({ date: '2026-06-13', time: '14:02' });
    expect(wallClock('9:05:00', 'zoom', 'Europe/London')).toEqual({ time: '09:05' });
  });

  it('gives nothing for a time that names no real day, a year before 1000 or no real clock', () => {
    expect(wallClock('2026-03-73T14:06:10', 'jsonl', 'Europe/London')).toEqual({});
    expect(wallClock('2026-02-31T14:06:10', 'jsonl', 'Europe/London')).toEqual({});
    expect(wallClock('0026-03-13T14:00:00.0000000+00:00', 'discord-csv', 'Europe/London')).toEqual({});
    expect(wallClock('2026-03-13T24:30:00', 'jsonl', 'Europe/London')).toEqual({});
    expect(wallClock('75:00:00', 'zoom', 'Europe/London')).toEqual({});
  });

  it('takes date, start and end from the real times around a broken one, without throwing', () => {
    expect(meetingTimes(chat('jsonl', ['2026-03-73T13:00:00', '2026-03-13T14:02:00', '2026-03-13T15:10:00', '2026-03-13T99:00:00']), zone)).toEqual({
      date: '2026-03-13',
      start: '14:02',
      end: '15:10',
    });
    expect(meetingTimes(chat('discord-csv', ['0026-03-13T14:00:00.0000000+00:00']), zone)).toEqual({});
  });
});
