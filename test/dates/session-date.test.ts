import { describe, expect, it } from 'vitest';
import { parseTimeRange } from '../../src/dates/clock.js';
import { findSessionDates, formatSessionDate, isValidDate, parseSessionDate, weekdayOf } from '../../src/dates/session-date.js';

describe('parseSessionDate', () => {
  it('reads the seed 000 style with a 12-hour range', () => {
    const line = '- Friday 26 June 2026, 2pm – 4pm';
    const m = parseSessionDate(line)!;
    expect(m).toEqual({
      weekday: 'Friday', weekdayText: 'Friday', date: { year: 2026, month: 6, day: 26 },
      start: { h: 14, m: 0 }, end: { h: 16, m: 0 }, index: 2, length: line.length - 2,
    });
  });

  it('reads the seed 001 header with a 24-hour range and stops before the platform', () => {
    const line = 'Thursday 23 October 2025, 10:00 – 12:00 | MS Teams';
    const m = parseSessionDate(line)!;
    expect(m.date).toEqual({ year: 2025, month: 10, day: 23 });
    expect([m.start, m.end]).toEqual([{ h: 10, m: 0 }, { h: 12, m: 0 }]);
    expect(line.slice(m.index, m.index + m.length)).toBe('Thursday 23 October 2025, 10:00 – 12:00');
  });

  it('finds a bare date inside a sentence', () => {
    const line = 'The next one is on 26 June 2026 in the usual room.';
    const m = parseSessionDate(line)!;
    expect(m.weekday).toBeUndefined();
    expect(m.start).toBeUndefined();
    expect(line.slice(m.index, m.index + m.length)).toBe('26 June 2026');
  });

  it('keeps the weekday as written even when it is wrong, for the lint rule to judge', () => {
    const m = parseSessionDate('Saturday 26 June 2026')!;
    expect(m.weekday).toBe('Saturday');
    expect(weekdayOf(m.date.year, m.date.month, m.date.day)).toBe('Friday');
  });

  it('reads abbreviations, ordinals, minutes and shared am/pm', () => {
    expect(parseSessionDate('Fri 5th Mar 2027 at 10am-12:30pm')).toMatchObject({
      weekday: 'Friday', weekdayText: 'Fri', date: { year: 2027, month: 3, day: 5 }, start: { h: 10, m: 0 }, end: { h: 12, m: 30 },
    });
    expect(parseSessionDate('26 June 2026, 2 – 4pm')).toMatchObject({ start: { h: 14, m: 0 }, end: { h: 16, m: 0 } });
    expect(parseSessionDate('26 June 2026, 10:30 – 12pm')).toMatchObject({ start: { h: 10, m: 30 }, end: { h: 12, m: 0 } });
  });

  it('reads "the 26th of June" phrasing', () => {
    expect(parseSessionDate('Friday, 26th of June 2026 from 14:00 to 16:00')).toMatchObject({
      weekday: 'Friday', date: { year: 2026, month: 6, day: 26 }, start: { h: 14, m: 0 }, end: { h: 16, m: 0 },
    });
  });

  it('returns an end before the start as written, for valid-time-range to report', () => {
    expect(parseSessionDate('Friday 26 June 2026, 4pm – 2pm')).toMatchObject({ start: { h: 16, m: 0 }, end: { h: 14, m: 0 } });
  });

  it('does not take a following count for a time', () => {
    const text = '26 June 2026, 3 people came';
    const m = parseSessionDate(text)!;
    expect(m.start).toBeUndefined();
    expect(m.length).toBe('26 June 2026'.length);
  });

  it('reports impossible dates as written', () => {
    const m = parseSessionDate('31 February 2026')!;
    expect(m.date).toEqual({ year: 2026, month: 2, day: 31 });
    expect(isValidDate(2026, 2, 31)).toBe(false);
  });

  it('ignores text that is not a date', () => {
    expect(parseSessionDate('We had 400 applicants in 5 days')).toBeUndefined();
    expect(parseSessionDate('Band 4 agreed in June')).toBeUndefined();
  });
});

describe('findSessionDates', () => {
  it('finds every date in order', () => {
    const found = findSessionDates('Moved from Friday 26 June 2026, 2pm – 4pm to Friday 3 July 2026, 2pm – 4pm.');
    expect(found.map((m) => m.date.day)).toEqual([26, 3]);
    expect(found[1]!.end).toEqual({ h: 16, m: 0 });
  });
});

describe('formatSessionDate', () => {
  it('writes the seed style, minutes only when not zero, noon as 12pm', () => {
    expect(formatSessionDate({ year: 2026, month: 6, day: 26 }, { h: 14, m: 0 }, { h: 16, m: 0 })).toBe('Friday 26 June 2026, 2pm – 4pm');
    expect(formatSessionDate({ year: 2026, month: 6, day: 26 }, { h: 10, m: 0 }, { h: 12, m: 30 })).toBe('Friday 26 June 2026, 10am – 12:30pm');
    expect(formatSessionDate({ year: 2026, month: 6, day: 26 }, { h: 0, m: 0 }, { h: 12, m: 0 })).toBe('Friday 26 June 2026, 12am – 12pm');
  });

  it('writes the 24-hour clock and a bare date', () => {
    expect(formatSessionDate({ year: 2025, month: 10, day: 23 }, { h: 10, m: 0 }, { h: 12, m: 0 }, { clock: 24 })).toBe('Thursday 23 October 2025, 10:00 – 12:00');
    expect(formatSessionDate({ year: 2028, month: 2, day: 29 })).toBe('Tuesday 29 February 2028');
  });

  it('round-trips through parseSessionDate', () => {
    const text = formatSessionDate({ year: 2027, month: 3, day: 5 }, { h: 9, m: 15 }, { h: 17, m: 45 });
    expect(parseSessionDate(text)).toMatchObject({ date: { year: 2027, month: 3, day: 5 }, start: { h: 9, m: 15 }, end: { h: 17, m: 45 }, length: text.length });
  });
});

describe('parseTimeRange', () => {
  it('reads --time values', () => {
    expect(parseTimeRange('14:00-16:00')).toEqual({ start: { h: 14, m: 0 }, end: { h: 16, m: 0 } });
    expect(parseTimeRange('2pm – 4pm')).toEqual({ start: { h: 14, m: 0 }, end: { h: 16, m: 0 } });
    expect(parseTimeRange('14:00')).toBeUndefined();
    expect(parseTimeRange('25:00-26:00')).toBeUndefined();
    expect(parseTimeRange('14:00-16:00 tomorrow')).toBeUndefined();
  });
});

describe('weekdayOf', () => {
  it('names weekdays, including leap days and early years', () => {
    expect(weekdayOf(2026, 6, 26)).toBe('Friday');
    expect(weekdayOf(2024, 2, 29)).toBe('Thursday');
    expect(weekdayOf(2000, 1, 1)).toBe('Saturday');
  });
});
