import { describe, expect, it } from 'vitest';
import { meetingTimes, wallClock } from '../../src/summarise/header.js';
import { summariseFixture } from '../support/run-summarise.js';
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

// CSV and JSON Lines exports take their date from the text; UTC text names the UTC day.
describe('an export written in UTC, read in another zone', () => {
  const utc = ['2026-06-25T23:50:00Z', '2026-06-26T00:05:00Z', '2026-06-26T00:20:00Z', '2026-06-26T00:40:00Z'];

  it('dates the meeting by the day it was where it met', () => {
    const c = chat('csv', utc, { date: '2026-06-26' });
    expect(meetingTimes(c, { timeZone: 'America/New_York' })).toEqual({ date: '2026-06-25', start: '19:50', end: '20:40' });
    expect(meetingTimes(c, { timeZone: 'Australia/Sydney' })).toEqual({ date: '2026-06-26', start: '09:50', end: '10:40' });
    // Naive text is already local: its date is the export's.
    expect(meetingTimes(chat('csv', ['2026-06-26T00:05:00'], { date: '2026-06-26' }), { timeZone: 'America/New_York' })).toEqual({ date: '2026-06-26', start: '00:05', end: '00:05' });
  });

  it('gives the same header from the CSV fixture as from the instants', () => {
    const file = 'fixtures/exports/csv/utc-evening-new-york.csv';
    const { overview, markdown } = summariseFixture(file, undefined, { timeZone: 'America/New_York' });
    expect(overview).toMatchObject({ date: '2026-06-25', start: '19:50', end: '20:40' });
    expect(markdown).toContain('Thursday 25 June 2026, 19:50 – 20:40');
    expect(overview.warnings).toEqual([]);
  });

  it('warns when --date names a day no message is from', () => {
    const seen: string[] = [];
    const times = meetingTimes(chat('csv', utc, { date: '2026-06-26' }), { timeZone: 'Europe/London', date: '2026-07-01' }, (m) => seen.push(m));
    expect(times).toEqual({ date: '2026-07-01' });
    expect(seen).toEqual(['--date 2026-07-01: no message is from that day (the first is from 2026-06-26), so the header has no times; --start and --end set them']);
    // A --date the messages agree with, or one with --start, says nothing.
    meetingTimes(chat('csv', utc, { date: '2026-06-26' }), { timeZone: 'Europe/London', date: '2026-06-26' }, (m) => seen.push(m));
    meetingTimes(chat('csv', utc, { date: '2026-06-26' }), { timeZone: 'Europe/London', date: '2026-07-01', start: '14:00' }, (m) => seen.push(m));
    expect(seen).toHaveLength(1);
  });
});
