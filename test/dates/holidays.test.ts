import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { anySkip, explicitSkips, loadHolidays } from '../../src/dates/holidays.js';
import { generateSeries, isoDate, parseEvery } from '../../src/dates/series.js';

const d = (year: number, month: number, day: number) => ({ year, month, day });

describe('loadHolidays', () => {
  it('knows Christmas 2027 on a Saturday and both substitute days (England and Wales)', async () => {
    const holiday = await loadHolidays('england-and-wales');
    expect(holiday(d(2027, 12, 25))).toBe('Christmas Day');
    expect(holiday(d(2027, 12, 26))).toBe('Boxing Day');
    expect(holiday(d(2027, 12, 27))).toBe('Christmas Day (substitute day)');
    expect(holiday(d(2027, 12, 28))).toBe('Boxing Day (substitute day)');
    expect(holiday(d(2027, 12, 29))).toBeUndefined();
  });

  it('knows New Year 2028 on a Saturday moves to Monday 3 January', async () => {
    const holiday = await loadHolidays('england-and-wales');
    expect(holiday(d(2028, 1, 3))).toBe("New Year's Day (substitute day)");
  });

  it('uses public holidays only (no Mother\'s Day) and the region\'s own days', async () => {
    const england = await loadHolidays('england-and-wales');
    const scotland = await loadHolidays('scotland');
    const ni = await loadHolidays('northern-ireland');
    expect(england(d(2026, 3, 15))).toBeUndefined();
    expect(scotland(d(2027, 1, 4))).toBe('January 2nd (substitute day)');
    expect(england(d(2027, 1, 4))).toBeUndefined();
    expect(scotland(d(2027, 3, 29))).toBeUndefined(); // no Easter Monday in Scotland
    expect(ni(d(2027, 3, 17))).toMatch(/Patrick/);
    expect(ni(d(2027, 7, 12))).toMatch(/Boyne/);
  });

  it('refuses dates outside the covered years', async () => {
    const holiday = await loadHolidays('england-and-wales');
    expect(() => holiday(d(2101, 1, 3))).toThrow(UsageError);
    expect(() => holiday(d(2101, 1, 3))).toThrow(/2013-2100/);
    expect(() => holiday(d(2012, 6, 4))).toThrow(UsageError);
  });

  it('replaces Christmas sessions in a weekly series', async () => {
    const skip = anySkip(await loadHolidays('england-and-wales'), explicitSkips([d(2028, 1, 4)]));
    const s = await generateSeries({ start: d(2027, 12, 21), recurrence: parseEvery('1d'), limit: { count: 5 }, skip });
    expect(s.dates.map(isoDate)).toEqual(['2027-12-21', '2027-12-22', '2027-12-23', '2027-12-24', '2027-12-29']);
    expect(s.skipped.map((x) => `${isoDate(x.date)} ${x.reason}`)).toEqual([
      '2027-12-25 Christmas Day',
      '2027-12-26 Boxing Day',
      '2027-12-27 Christmas Day (substitute day)',
      '2027-12-28 Boxing Day (substitute day)',
    ]);
  });
});
