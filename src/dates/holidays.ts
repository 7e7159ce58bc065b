/**
 * UK bank holidays (public holidays only, substitute days included) from the date-holidays
 * package, loaded only when `--skip-holidays` is given.
 *
 * Years covered: 2013 to 2100. date-holidays computes its rules for any year, but before
 * 2013 it misses one-off changes (the 2011 royal wedding, the 2012 jubilee move of the
 * spring bank holiday), and a rule far in the future is a guess; so dates outside those
 * years are refused rather than silently treated as ordinary days. One-off holidays
 * announced after the installed date-holidays release are not known to it.
 */
import { UsageError } from '../errors.js';
import type { SkipReason } from './series.js';
import { isoDate } from './series.js';
import type { CivilDate } from './session-date.js';

/** The `--skip-holidays` regions and their date-holidays state codes (country GB). */
export const HOLIDAY_REGIONS = {
  // England and Wales share their bank holidays; ENG and WLS agree in date-holidays.
  'england-and-wales': 'ENG',
  scotland: 'SCT',
  'northern-ireland': 'NIR',
} as const;

export type HolidayRegion = keyof typeof HOLIDAY_REGIONS;

export const HOLIDAY_YEARS = { first: 2013, last: 2100 } as const;

export const isHolidayRegion = (name: string): name is HolidayRegion => Object.hasOwn(HOLIDAY_REGIONS, name);

/** A skip function naming the bank holiday on a date; throws for dates outside HOLIDAY_YEARS. */
export async function loadHolidays(region: HolidayRegion): Promise<SkipReason> {
  const { default: Holidays } = await import('date-holidays');
  const calendar = new Holidays('GB', HOLIDAY_REGIONS[region], { types: ['public'] });
  const byYear = new Map<number, Map<string, string>>();
  const yearOf = (year: number): Map<string, string> => {
    let days = byYear.get(year);
    if (!days) {
      days = new Map();
      for (const h of calendar.getHolidays(year)) {
        // `date` is the civil date as "YYYY-MM-DD 00:00:00", free of any time zone shift.
        if (h.type === 'public') days.set(h.date.slice(0, 10), h.name);
      }
      byYear.set(year, days);
    }
    return days;
  };
  return (date: CivilDate) => {
    if (date.year < HOLIDAY_YEARS.first || date.year > HOLIDAY_YEARS.last) {
      throw new UsageError(
        `--skip-holidays: bank holidays are known for ${HOLIDAY_YEARS.first}-${HOLIDAY_YEARS.last} only, and the series reaches ${isoDate(date)}`,
      );
    }
    return yearOf(date.year).get(isoDate(date));
  };
}

/** A skip function for `--skip` dates, given as ISO dates. */
export function explicitSkips(dates: CivilDate[]): SkipReason {
  const set = new Set(dates.map(isoDate));
  return (date) => (set.has(isoDate(date)) ? 'skipped with --skip' : undefined);
}

/** Combines skip functions; the first reason wins. */
export const anySkip = (...skips: (SkipReason | undefined)[]): SkipReason | undefined => {
  const present = skips.filter((s): s is SkipReason => s !== undefined);
  if (present.length === 0) return undefined;
  return (date) => {
    for (const skip of present) {
      const reason = skip(date);
      if (reason !== undefined) return reason;
    }
    return undefined;
  };
};
