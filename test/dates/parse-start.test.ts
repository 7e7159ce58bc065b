import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { civilDateIn, parseDateOption, parseIsoDate, parseSkipDates } from '../../src/dates/parse-start.js';

const monday = { year: 2026, month: 11, day: 23 };

describe('parseDateOption', () => {
  it('reads ISO dates and refuses impossible ones', async () => {
    expect(await parseDateOption('2026-06-26', monday, '--start')).toEqual({ year: 2026, month: 6, day: 26 });
    expect(await parseDateOption('2028-02-29', monday, '--start')).toEqual({ year: 2028, month: 2, day: 29 });
    await expect(parseDateOption('2027-02-29', monday, '--start')).rejects.toThrow('--start 2027-02-29: there is no such day');
    expect(parseIsoDate('26 June 2026', '--start')).toBeUndefined();
  });

  it('reads en-GB words day first', async () => {
    expect(await parseDateOption('26 June 2026', monday, '--start')).toEqual({ year: 2026, month: 6, day: 26 });
    expect(await parseDateOption('03/04/2027', monday, '--start')).toEqual({ year: 2027, month: 4, day: 3 });
    expect(await parseDateOption('Friday 5 March 2027', monday, '--start')).toEqual({ year: 2027, month: 3, day: 5 });
  });

  it('reads relative words forwards from the reference day', async () => {
    expect(await parseDateOption('tomorrow', monday, '--start')).toEqual({ year: 2026, month: 11, day: 24 });
    expect(await parseDateOption('Friday', monday, '--start')).toEqual({ year: 2026, month: 11, day: 27 });
    // chrono reads "next Friday" as the Friday of next week.
    expect(await parseDateOption('next Friday', monday, '--start')).toEqual({ year: 2026, month: 12, day: 4 });
    expect(await parseDateOption('26 June', monday, '--start')).toEqual({ year: 2027, month: 6, day: 26 });
  });

  it('refuses what it cannot read whole', async () => {
    await expect(parseDateOption('soon', monday, '--start')).rejects.toThrow(UsageError);
    await expect(parseDateOption('Friday or Saturday', monday, '--start')).rejects.toThrow(/expected a date/);
    await expect(parseDateOption('30 February 2027', monday, '--until')).rejects.toThrow('--until "30 February 2027": there is no such day');
  });
});

describe('civilDateIn', () => {
  it('gives today in the meeting zone, not in UTC', () => {
    expect(civilDateIn(new Date('2026-06-25T23:30:00Z'), 'Europe/London')).toEqual({ year: 2026, month: 6, day: 26 });
    expect(civilDateIn(new Date('2026-06-25T23:30:00Z'), 'UTC')).toEqual({ year: 2026, month: 6, day: 25 });
  });
});

describe('parseSkipDates', () => {
  it('splits commas across repeated values', () => {
    expect(parseSkipDates(['2026-12-25,2027-01-01', ' 2027-04-02 '])).toEqual([
      { year: 2026, month: 12, day: 25 }, { year: 2027, month: 1, day: 1 }, { year: 2027, month: 4, day: 2 },
    ]);
    expect(() => parseSkipDates(['Christmas'])).toThrow(/--skip Christmas/);
    expect(() => parseSkipDates(['2026-02-31'])).toThrow(/no such day/);
  });
});
