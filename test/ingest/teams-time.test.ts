import { describe, expect, it } from 'vitest';
import { inferDayFirst, readStamp, timeResolver } from '../../src/ingest/teams-time.js';
import type { Diagnostic } from '../../src/types.js';

describe('readStamp', () => {
  it('reads whole date/time lines in the shapes Teams uses', () => {
    expect(readStamp('13/03/2026 14:02')).toEqual({ clock: '14:02:00', numeric: { a: 13, b: 3, y: 2026 } });
    expect(readStamp('13/03/2026, 2:02 p.m.')?.clock).toBe('14:02:00');
    expect(readStamp('12:15 am')?.clock).toBe('00:15:00');
    expect(readStamp('Yesterday 16:40')).toEqual({ clock: '16:40:00', word: 'yesterday' });
    expect(readStamp('3/14 10:02 AM')).toEqual({ clock: '10:02:00', numeric: { a: 3, b: 14 } });
    expect(readStamp('2026-03-13 09:05')).toEqual({ clock: '09:05:00', iso: '2026-03-13' });
  });

  it('rejects a line that only starts with a time, and impossible times', () => {
    expect(readStamp('14:30 works for me')).toBeUndefined();
    expect(readStamp('Meeting at 14:30')).toBeUndefined();
    expect(readStamp('25:10')).toBeUndefined();
    expect(readStamp('13:10 pm')).toBeUndefined();
  });
});

describe('inferDayFirst', () => {
  it('is day-first by default and month-first only when a second part exceeds 12', () => {
    expect(inferDayFirst([readStamp('03/04/2026 10:00')])).toBe(true);
    expect(inferDayFirst([readStamp('03/04/2026 10:00'), readStamp('3/14/2026 10:00')])).toBe(false);
    expect(inferDayFirst([readStamp('14/03/2026 10:00'), readStamp('3/4/2026 10:00')])).toBe(true);
  });
});

describe('timeResolver', () => {
  it('carries the last date to time-only stamps when asked, and resolves weekdays backwards', () => {
    const warnings: Diagnostic[] = [];
    const resolve = timeResolver({ date: '2026-03-13', dayFirst: true, carry: true, file: 'f', warnings });
    expect(resolve(readStamp('10/03/2026 09:00')!, 1)).toBe('2026-03-10T09:00:00');
    expect(resolve(readStamp('09:30')!, 2)).toBe('2026-03-10T09:30:00');
    expect(resolve(readStamp('Monday 10:00')!, 3)).toBe('2026-03-09T10:00:00');
    expect(resolve(readStamp('Friday 10:00')!, 4)).toBe('2026-03-13T10:00:00');
    expect(warnings.map((w) => w.line)).toEqual([3, 4]);
  });
});
