import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { addMonths, generateSeries, isoDate, parseEvery } from '../../src/dates/series.js';

const d = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
};
const isos = (dates: { year: number; month: number; day: number }[]) => dates.map(isoDate);

describe('generateSeries with --every', () => {
  it('steps in weeks', async () => {
    const s = await generateSeries({ start: d('2026-06-26'), recurrence: parseEvery('12w'), limit: { count: 4 } });
    expect(isos(s.dates)).toEqual(['2026-06-26', '2026-09-18', '2026-12-11', '2027-03-05']);
  });

  it('keeps the day of month, clamped at month end, counted from the start (31 January monthly)', async () => {
    const s = await generateSeries({ start: d('2027-01-31'), recurrence: parseEvery('1m'), limit: { count: 6 } });
    expect(isos(s.dates)).toEqual(['2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30', '2027-05-31', '2027-06-30']);
  });

  it('lands on 29 February in a leap year and 28 February otherwise', async () => {
    const s = await generateSeries({ start: d('2027-11-30'), recurrence: parseEvery('3m'), limit: { until: d('2029-03-01') } });
    expect(isos(s.dates)).toEqual(['2027-11-30', '2028-02-29', '2028-05-30', '2028-08-30', '2028-11-30', '2029-02-28']);
  });

  it('crosses 29 February in day steps', async () => {
    const s = await generateSeries({ start: d('2028-02-27'), recurrence: parseEvery('1d'), limit: { count: 4 } });
    expect(isos(s.dates)).toEqual(['2028-02-27', '2028-02-28', '2028-02-29', '2028-03-01']);
  });

  it('stops at --until, inclusive', async () => {
    const s = await generateSeries({ start: d('2026-01-01'), recurrence: parseEvery('2w'), limit: { until: d('2026-01-29') } });
    expect(isos(s.dates)).toEqual(['2026-01-01', '2026-01-15', '2026-01-29']);
  });

  it('replaces skipped dates so that the count still holds', async () => {
    const skip = (x: { day: number; month: number }) => (x.month === 12 && x.day === 25 ? 'Christmas' : undefined);
    const s = await generateSeries({ start: d('2026-12-11'), recurrence: parseEvery('2w'), limit: { count: 3 }, skip });
    expect(isos(s.dates)).toEqual(['2026-12-11', '2027-01-08', '2027-01-22']);
    expect(s.skipped).toEqual([{ date: d('2026-12-25'), reason: 'Christmas' }]);
  });

  it('refuses endless series', async () => {
    await expect(generateSeries({ start: d('2026-01-01'), recurrence: parseEvery('1d'), limit: { count: 5000 } })).rejects.toThrow(UsageError);
  });
});

describe('generateSeries with --rrule', () => {
  it('finds the first Tuesday of each month from the start', async () => {
    const s = await generateSeries({ start: d('2026-06-01'), recurrence: { kind: 'rrule', rule: 'FREQ=MONTHLY;BYDAY=1TU' }, limit: { count: 4 } });
    expect(isos(s.dates)).toEqual(['2026-06-02', '2026-07-07', '2026-08-04', '2026-09-01']);
  });

  it('accepts the RRULE: prefix and an until date', async () => {
    const s = await generateSeries({ start: d('2026-01-01'), recurrence: { kind: 'rrule', rule: 'RRULE:FREQ=MONTHLY;BYDAY=-1FR' }, limit: { until: d('2026-03-31') } });
    expect(isos(s.dates)).toEqual(['2026-01-30', '2026-02-27', '2026-03-27']);
  });

  it('rejects COUNT inside the rule and nonsense', async () => {
    await expect(generateSeries({ start: d('2026-01-01'), recurrence: { kind: 'rrule', rule: 'FREQ=WEEKLY;COUNT=3' }, limit: { count: 3 } })).rejects.toThrow(/COUNT/);
    await expect(generateSeries({ start: d('2026-01-01'), recurrence: { kind: 'rrule', rule: 'BYDAY=MO' }, limit: { count: 3 } })).rejects.toThrow(UsageError);
    await expect(generateSeries({ start: d('2026-01-01'), recurrence: { kind: 'rrule', rule: 'FREQ=HOURLY' }, limit: { count: 3 } })).rejects.toThrow(UsageError);
  });
});

describe('parseEvery and addMonths', () => {
  it('reads units and rejects others', () => {
    expect(parseEvery('12w')).toEqual({ kind: 'every', n: 12, unit: 'w' });
    expect(parseEvery('1M')).toEqual({ kind: 'every', n: 1, unit: 'm' });
    for (const bad of ['0w', '12', 'w', '3y', '-1d']) expect(() => parseEvery(bad)).toThrow(UsageError);
  });

  it('crosses year ends', () => {
    expect(addMonths(d('2026-11-30'), 3)).toEqual(d('2027-02-28'));
    expect(addMonths(d('2027-01-31'), -2)).toEqual(d('2026-11-30'));
  });
});
