import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { sessionsJson } from '../../src/dates/format.js';
import { generateSeries, parseEvery } from '../../src/dates/series.js';
import { checkTimes, checkZone, toSessions } from '../../src/dates/sessions.js';

const two = { h: 14, m: 0 };
const four = { h: 16, m: 0 };

describe('toSessions', () => {
  it('stays at 2pm local when the clocks go back (BST to GMT)', async () => {
    const { dates } = await generateSeries({ start: { year: 2026, month: 10, day: 16 }, recurrence: parseEvery('1w'), limit: { count: 3 } });
    const json = sessionsJson(toSessions(dates, two, four, 'Europe/London'));
    expect(json.map((s) => [s.start, s.end])).toEqual([
      ['2026-10-16T14:00:00+01:00', '2026-10-16T16:00:00+01:00'],
      ['2026-10-23T14:00:00+01:00', '2026-10-23T16:00:00+01:00'],
      ['2026-10-30T14:00:00+00:00', '2026-10-30T16:00:00+00:00'],
    ]);
    expect(json.map((s) => s.text)).toEqual(['Friday 16 October 2026, 2pm – 4pm', 'Friday 23 October 2026, 2pm – 4pm', 'Friday 30 October 2026, 2pm – 4pm']);
  });

  it('stays at 2pm local when the clocks go forward (GMT to BST), and the instants move by an hour', async () => {
    const { dates } = await generateSeries({ start: { year: 2027, month: 3, day: 21 }, recurrence: parseEvery('1w'), limit: { count: 2 } });
    const sessions = toSessions(dates, two, four, 'Europe/London');
    expect(sessions.map((s) => s.startAt.toUTC().toISO())).toEqual(['2027-03-21T14:00:00.000Z', '2027-03-28T13:00:00.000Z']);
  });

  it('uses the zone given, with its own change dates', async () => {
    const { dates } = await generateSeries({ start: { year: 2026, month: 10, day: 30 }, recurrence: parseEvery('1w'), limit: { count: 2 } });
    const json = sessionsJson(toSessions(dates, two, four, 'America/New_York'));
    expect(json.map((s) => s.start)).toEqual(['2026-10-30T14:00:00-04:00', '2026-11-06T14:00:00-05:00']);
  });

  it('warns about a time that the clocks skip', () => {
    const warnings: string[] = [];
    const [s] = toSessions([{ year: 2027, month: 3, day: 28 }], { h: 1, m: 30 }, { h: 3, m: 0 }, 'Europe/London', (m) => warnings.push(m));
    expect(s!.startAt.toFormat('HH:mm')).toBe('02:30');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/01:30 does not exist/);
  });
});

describe('checks', () => {
  it('rejects unknown zones and backwards times', () => {
    expect(checkZone('Europe/Paris')).toBe('Europe/Paris');
    expect(() => checkZone('Europe/Atlantis')).toThrow(UsageError);
    expect(() => checkTimes(four, two, '16:00-14:00')).toThrow(/end must be after the start/);
    expect(() => checkTimes(two, two, '14:00-14:00')).toThrow(UsageError);
  });
});
