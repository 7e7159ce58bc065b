import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, renderIcs } from '../../src/dates/ics.js';
import { generateSeries, parseEvery } from '../../src/dates/series.js';
import { toSessions } from '../../src/dates/sessions.js';

const sessionsAcrossClockChanges = async () => {
  const { dates } = await generateSeries({ start: { year: 2026, month: 10, day: 16 }, recurrence: parseEvery('12w'), limit: { count: 4 } });
  return toSessions(dates, { h: 14, m: 0 }, { h: 16, m: 0 }, 'Europe/London');
};

describe('renderIcs', () => {
  it('parses back with ical.js to the right instants across clock changes', async () => {
    const text = renderIcs(await sessionsAcrossClockChanges(), {
      seriesKey: 'k', now: new Date('2026-11-23T10:00:00Z'),
      title: 'Peer Support Space; quarterly, online', location: 'MS Teams', url: 'https://example.org/join?a=1,2',
    });
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.startDate.toJSDate().toISOString())).toEqual([
      '2026-10-16T13:00:00.000Z', // BST
      '2027-01-08T14:00:00.000Z', // GMT
      '2027-04-02T13:00:00.000Z', // BST again
      '2027-06-25T13:00:00.000Z',
    ]);
    expect(events.map((e) => e.endDate.toJSDate().getTime() - e.startDate.toJSDate().getTime())).toEqual([7.2e6, 7.2e6, 7.2e6, 7.2e6]);
    expect(events[0]!.summary).toBe('Peer Support Space; quarterly, online');
    expect(events[0]!.location).toBe('MS Teams');
    expect(events[0]!.component.getFirstPropertyValue('url')).toBe('https://example.org/join?a=1,2');
    expect(events[0]!.component.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-11-23T10:00:00Z');
  });

  it('uses CRLF, folds at 75 octets and keeps UIDs stable per series and date', async () => {
    const sessions = await sessionsAcrossClockChanges();
    const a = renderIcs(sessions, { seriesKey: 'series-a', now: new Date('2026-01-01T00:00:00Z'), title: 'x'.repeat(200) });
    const b = renderIcs(sessions, { seriesKey: 'series-a', now: new Date('2027-01-01T00:00:00Z') });
    const c = renderIcs(sessions, { seriesKey: 'series-b', now: new Date('2027-01-01T00:00:00Z') });
    expect(a.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(a.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of a.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const uids = (t: string) => [...t.matchAll(/^UID:(.*)$/gm)].map((m) => m[1]!.trim());
    expect(uids(a)).toEqual(uids(b));
    expect(new Set(uids(a)).size).toBe(4);
    expect(uids(a)[0]).toMatch(/^20261016-[0-9a-f]{16}@chatnotes$/);
    expect(uids(c)).not.toEqual(uids(a));
  });
});

describe('foldLine and escapeText', () => {
  it('never splits a UTF-8 character and unfolds to the original', () => {
    const line = `SUMMARY:${'Café – ü'.repeat(20)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('escapes TEXT specials', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });
});
